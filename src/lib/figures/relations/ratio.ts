/**
 * 整改率: a rate that follows the count it is of, with no subject of its own (排查出问题890个，
 * 整改率达60.45%). Only rates of disposing of the things just counted (整改, 办结, 合格 …)
 * qualify: a 覆盖率 or 失业率 beside a count is a rate of something else. The check asks whether
 * a whole number of items gives the stated rate; with a large base any rate does, and says so.
 */
import { fmt } from '../format';
import { conclusion, rounding } from './arithmetic';
import { between, draft, wordAfter } from './common';
import type { Draft, FindInput, RelationKind } from './kind';
import { likeStated, shown } from './working';

const DISPOSAL =
  '整改|办结|完成|合格|通过|结案|化解|兑现|到位|落实|销号|达标|处置|解决|回复|办理|签约|履约|开工|竣工';
const GAP = new RegExp(`^[，,、]((?:${DISPOSAL})率)(?:达到?|为|超过?)?$`);

function find({ view, figures }: FindInput): Draft[] {
  return figures.flatMap((rate, i) => {
    const base = figures[i - 1];
    if (rate.unit !== '%' || base === undefined || base.kind !== 'count') return [];
    // 建议4249件、提案3542件，办结率100%: the rate is of the whole list, not its last count.
    const previous = figures[i - 2];
    if (previous?.kind === 'count' && /、/.test(between(view, previous, base))) return [];
    const m = GAP.exec(between(view, base, rate));
    if (m === null) return [];
    return [
      draft(
        'ratio',
        [
          ['base', base],
          ['rate', rate],
        ],
        wordAfter(view, m[1]!, base.end),
      ),
    ];
  });
}

export const ratio: RelationKind = {
  type: 'ratio',
  cues: DISPOSAL.split('|').map((v) => `${v}率`),
  find,
  check(_relation, m) {
    const base = m.one('base');
    const rate = m.one('rate');
    if (base === undefined || rate === undefined) return null;
    const value = (base.value * rate.value) / 100;
    const low = (base.value * (rate.value - rounding(rate))) / 100;
    const high = (base.value * (rate.value + rounding(rate))) / 100;
    const whole = Math.ceil(low - 1e-9);
    const common = {
      title: `比率推算件数：${rate.subject}`,
      assumptions: [`${rate.display}以${base.display}为基数。`],
      stated: rate.value,
      computed: { value, low, high },
      tolerance: rounding(rate),
    };
    const first = `${shown(base)} × ${fmt(rate.value, 4)}% = ${fmt(value, 3)}${base.unit}（四舍五入范围${fmt(low, 3)}至${fmt(high, 3)}）。`;
    if (base.qualifier !== null || rate.qualifier !== null || high - low >= 1)
      return {
        ...common,
        verdict: 'uncheckable',
        working: [
          first,
          conclusion(
            'uncheckable',
            base.qualifier !== null || rate.qualifier !== null
              ? '文中的数是约数或下限，件数无从推定。'
              : '基数较大，范围内总有整数件数，这个比率怎样都能成立，无从核对。',
          ),
        ],
      };
    const fits = whole <= high + 1e-9;
    const verdict = fits ? 'consistent' : 'inconsistent';
    return {
      ...common,
      verdict,
      working: [
        first,
        conclusion(
          verdict,
          fits
            ? `${whole} ÷ ${fmt(base.value, 0)} × 100% ≈ ${fmt((whole / base.value) * 100, 4)}%，保留到文中的位数为${likeStated((whole / base.value) * 100, rate)}%，文中为${rate.display}。`
            : '范围内没有整数，件数与比率对不上。',
        ),
      ],
    };
  },
};
