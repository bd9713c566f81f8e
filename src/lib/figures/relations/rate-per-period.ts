/**
 * 平均每天: a rate per period of a total stated just before it (新增市场主体22.66万户，平均每天
 * 新增193户), checked by dividing the total by the days of its period. A per-person standard
 * (每人每月2375元) is not a rate of a total.
 */
import { fmt } from '../format';
import { periodOf } from '../periods';
import type { Figure } from '../types';
import { cannot, conclusion, roundingNote, rounding, within } from './arithmetic';
import { draft } from './common';
import type { CheckDraft, Draft, FindInput, RelationKind } from './kind';
import { cn, shown } from './working';

const CUE = /(?:平均每[天日]|日均)[\u4e00-\u9fa5]{0,3}$/;
/** Between the total and the rate: only its own growth (同比增长34.67%) and the cue's clause. */
const GAP =
  /^(?:[，,、](?:同比|比上年)?(?:增长|增加)#)*[，,、](?:平均每[天日]|日均)[\u4e00-\u9fa5]{0,3}$/;

/** A stated average per day is itself rounded to a whole unit when nothing else is known. */
export const PER_DAY_TOLERANCE = 0.5;

function find({ view, figures }: FindInput): Draft[] {
  return figures.flatMap((rate, i) => {
    if (rate.kind !== 'rate' && !CUE.test(view.slice(rate.sentence.start, rate.start))) return [];
    const total = figures
      .slice(0, i)
      .reverse()
      .find((f) => f.unit === rate.unit && f.kind !== 'rate' && f.kind !== 'growth');
    if (total === undefined) return [];
    let gap = view.slice(total.end, rate.start);
    for (const f of figures.slice(figures.indexOf(total) + 1, i))
      gap = f.kind === 'growth' ? gap.replace(view.slice(f.start, f.end), '#') : gap;
    if (!GAP.test(gap)) return [];
    const cue = CUE.exec(view.slice(rate.sentence.start, rate.start))!;
    return [
      draft(
        'rate-per-period',
        [
          ['total', total],
          ['rate', rate],
        ],
        { text: cue[0], start: rate.start - cue[0].length, end: rate.start },
      ),
    ];
  });
}

export function checkPerDay(total: Figure, rate: Figure): CheckDraft {
  const period = periodOf(total.scope.time);
  const tolerance = rounding(rate) || PER_DAY_TOLERANCE;
  const title = `日均数核对：${total.subject}`;
  if (period === null)
    return {
      ...cannot(
        title,
        `文中时段（${total.scope.time.join('、') || '未写明'}）无法确定天数，无从核对。`,
      ),
      stated: rate.value,
      tolerance,
    };

  const value = total.value / period.value;
  const low = (total.value - rounding(total)) / period.high;
  const high = (total.value + rounding(total)) / period.low;
  const impliedDays = total.value / rate.value;
  const ok = within(rate.value, low, high, tolerance);
  const verdict = ok
    ? rate.qualifier || total.qualifier
      ? 'uncheckable'
      : 'consistent'
    : 'inconsistent';
  return {
    title,
    verdict,
    working: [
      `${shown(total)} ÷ ${period.value}天 ≈ ${cn(value, total.unit, 1)}/天（按天数与四舍五入，在${fmt(low, 1)}至${fmt(high, 1)}之间）；文中为平均每天${shown(rate)}。`,
      `反过来，按每天${shown(rate)}计，${shown(total)}需要约${fmt(impliedDays, 0)}天（约${fmt(impliedDays / 365, 1)}年）。`,
      conclusion(
        verdict,
        verdict === 'consistent'
          ? '日均数在四舍五入范围内一致。'
          : verdict === 'inconsistent'
            ? `文中的日均数超出算得的范围（允许误差${fmt(tolerance, 2)}${rate.unit}）。`
            : '文中的数是约数或下限，只能粗略比对。',
      ),
    ],
    assumptions: [period.assumption, ...roundingNote([total])],
    stated: rate.value,
    computed: { value, low, high },
    tolerance,
  };
}

export const ratePerPeriod: RelationKind = {
  type: 'rate-per-period',
  cues: ['平均每天', '日均'],
  find,
  check(_relation, m) {
    const total = m.one('total');
    const rate = m.one('rate');
    return total === undefined || rate === undefined ? null : checkPerDay(total, rate);
  },
};
