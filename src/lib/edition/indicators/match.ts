/**
 * Which indicator a figure states, from its subject, kind and unit. A subject names an
 * indicator when, with the words that only frame it set aside, it is one of the indicator's
 * aliases, whole: 中央财政赤字 is not 财政赤字, and 居民人均可支配收入 is no kind of 收入 here.
 */
import type { Figure } from '../../figures/types';
import type { IndicatorDefinition } from './types';
import { convert } from './units';

// Words before the noun that say where, when or how the clause goes on, not what is measured:
// 全国, 今年, 但赤字率, 把居民消费价格涨幅(控制在), 并, 其中.
const FRAMING_START =
  /^(?:全国|全省|全市|全区|全州|全县|我国|我省|我市|我区|今年|去年|全年|其中|但|而|并|且|把|将|使|让)+/;
// Words after it that only lead into the number: 粮食产量要(稳定在), 经济增长预期.
const FRAMING_END = /(?:要|将|拟|预期|力争|预计|计划|继续|仍)+$/;

/** A subject with its framing words set aside: 但赤字率 → 赤字率, 粮食产量要 → 粮食产量. */
export function coreSubject(subject: string): string {
  return subject.replace(FRAMING_START, '').replace(FRAMING_END, '');
}

/** The indicators whose aliases hold a subject whole, once its framing words are set aside. */
export function indicatorsNamed(
  subject: string,
  definitions: readonly IndicatorDefinition[],
): IndicatorDefinition[] {
  const core = coreSubject(subject);
  return core === '' ? [] : definitions.filter((d) => d.aliases.includes(core));
}

/** The indicator a figure states and its value in the indicator's unit, or null. */
export function indicatorOf(
  figure: Pick<Figure, 'subject' | 'kind' | 'unit' | 'value'>,
  definitions: readonly IndicatorDefinition[],
): IndicatorDefinition | null {
  return (
    indicatorsNamed(figure.subject, definitions).find(
      (d) =>
        (d.kinds === undefined || d.kinds.includes(figure.kind)) &&
        convert(figure.value, figure.unit, d.unit) !== null,
    ) ?? null
  );
}
