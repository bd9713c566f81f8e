/**
 * 增长: a growth rate and what it grew from. Two shapes: 年均增长 right after a before-after pair
 * (从54万亿元增加到82.7万亿元，年均增长7.1%), checked by compounding over the years stated; and
 * 同比/比上年增长 right after an amount (56.9万亿元，比上年增长7.7%), which implies the base. A
 * rate of a rate (参保率从91%提高到95%) is never compounded as if it were a level.
 */
import { fmt } from '../format';
import { periodOf } from '../periods';
import type { Figure } from '../types';
import { ROUGH, conclusion, judge, qualifierNote, rounding, roundingNote } from './arithmetic';
import {
  MEASURED,
  between,
  changeAmount,
  clauseBefore,
  draft,
  pairLookup,
  wordAfter,
} from './common';
import type { Draft, FindInput, RelationKind } from './kind';
import { cn, shown, span } from './working';

const ANNUAL = /^[，,、]?((?:年均|平均每年|每年平均)(?:增长|提高|增加|上升))(?:了|达)?$/;
const YEARLY =
  /^[，,、]?((?:比上年|比去年|同比|较上年|比上年同期|较去年|年均)?(?:增长|增加|提高|上升))(?:了|达|超过?)?$/;
const YEARLY_BEFORE = /((?:比上年|同比|年均)?增长)(?:了|超过?)?$/;
const REACHED = /^[，,、](?:达到|达|突破|至)$/;

/** A growth rate: in per cent, or in 倍 (增长12倍). */
const isRate = (f: Figure): boolean =>
  f.kind === 'growth' || (f.unit === '倍' && f.kind === 'ratio');
const isLevel = (view: string, f: Figure): boolean =>
  MEASURED.has(f.kind) && !changeAmount(view, f);
const YEARS = /(\d{4})年[^，,。；;]*?(\d{4})年/;

function find({ view, figures, found }: FindInput): Draft[] {
  const drafts: Draft[] = [];
  const taken = new Set<string>();
  const lookup = pairLookup(figures);
  for (const pair of found.filter((d) => d.type === 'before-after')) {
    const { before, after, next } = lookup(pair);
    if (!before || !after || !next || next.kind !== 'growth' || next.unit !== '%') continue;
    const m = ANNUAL.exec(between(view, after, next));
    if (m === null) continue;
    const years = YEARS.exec(view.slice(pair.evidence.start, after.end));
    const words = years ? `${years[1]}年…${years[2]}年…${m[1]}` : m[1]!;
    taken.add(next.id);
    drafts.push(
      draft(
        'growth',
        [
          ['before', before],
          ['after', after],
          ['growth', next],
        ],
        { text: words, start: pair.evidence.start, end: next.start },
      ),
    );
  }
  figures.forEach((growth, i) => {
    if (!isRate(growth) || taken.has(growth.id)) return;
    const amount = figures[i - 1];
    const m = amount && YEARLY.exec(between(view, amount, growth));
    if (amount && m && isLevel(view, amount)) {
      drafts.push(
        draft(
          'growth',
          [
            ['amount', amount],
            ['growth', growth],
          ],
          wordAfter(view, m[1]!, amount.end),
        ),
      );
      return;
    }
    // 资产总额增长116.2%、达到23.2万亿元: the growth first, then the level it reached.
    const reached = figures[i + 1];
    const verb = YEARLY_BEFORE.exec(clauseBefore(view, growth));
    if (reached && verb && REACHED.test(between(view, growth, reached)) && isLevel(view, reached))
      drafts.push(
        draft(
          'growth',
          [
            ['amount', reached],
            ['growth', growth],
          ],
          { text: verb[1]!, start: growth.start - verb[0].length, end: growth.start },
        ),
      );
  });
  return drafts;
}

function yearsOf(cue: string, growth: Figure): { years: number; assumption: string } | null {
  const m = /(\d{4})年…(\d{4})年/.exec(cue);
  if (m !== null) {
    const years = Number(m[2]) - Number(m[1]);
    return years > 0 ? { years, assumption: `${m[1]}年至${m[2]}年，共${years}年。` } : null;
  }
  const period = periodOf(growth.scope.time);
  return period === null ? null : { years: period.years, assumption: period.assumption };
}

function compound(before: Figure, after: Figure, growth: Figure, cue: string) {
  const title = `年均增速核对：${before.subject}`;
  const assumptions = [
    ...roundingNote([before, after, growth]),
    ...qualifierNote([before, after, growth]),
  ];
  const base = { title, stated: growth.value, tolerance: rounding(growth) };
  if (before.unit === '%')
    return {
      ...base,
      verdict: 'uncheckable' as const,
      working: [
        `${shown(before)}、${shown(after)}本身是比率；“${cue}”${shown(growth)}可能指相对增速，也可能指每年提高的百分点。`,
        conclusion('uncheckable', '文中没有说明是哪一种，不作复利推算。'),
      ],
      assumptions,
    };
  const g = growth.value / 100;
  const period = yearsOf(cue, growth);
  if (period === null) {
    const implied = Math.log(after.value / before.value) / Math.log(1 + g);
    return {
      ...base,
      verdict: 'uncheckable' as const,
      working: [
        `按每年增长${shown(growth)}复利计算，从${shown(before)}到${shown(after)}约需${fmt(implied, 1)}年。`,
        conclusion('uncheckable', '文中没有写明年数，无从比对。'),
      ],
      assumptions,
      computed: { value: implied, low: implied, high: implied },
    };
  }
  const { years } = period;
  const rate = (a: number, b: number) => ((b / a) ** (1 / years) - 1) * 100;
  const implied = rate(before.value, after.value);
  const low = rate(before.value + rounding(before), after.value - rounding(after));
  const high = rate(before.value - rounding(before), after.value + rounding(after));
  const arithmetic = judge(growth, low, high, [before, after]);
  const money = /元$/.test(before.unit);
  const verdict = money && arithmetic === 'inconsistent' ? 'uncheckable' : arithmetic;
  const projected = before.value * (1 + g) ** years;
  return {
    ...base,
    verdict,
    working: [
      `${shown(before)} × (1 + ${fmt(growth.value, 4)}%)^${years} ≈ ${cn(projected, before.unit)}；文中终值为${shown(after)}。`,
      `由首尾两数反推：(${shown(after)} ÷ ${shown(before)})^(1/${years}) − 1 ≈ ${fmt(implied, 2)}%（四舍五入范围${span(low, high, '%')}）；文中为${growth.display}。`,
      conclusion(
        verdict,
        verdict === 'consistent'
          ? '反推的年均增速在四舍五入范围内与文中一致。'
          : verdict === 'inconsistent'
            ? `反推的年均增速与文中相差约${fmt(Math.abs(implied - growth.value), 2)}个百分点。`
            : money
              ? '增速若按可比价格（实际增长）计算，而总量按当年价格（名义），两者本不必相合；文中未说明，故不下结论。'
              : ROUGH,
      ),
    ],
    assumptions: [period.assumption, ...assumptions],
    computed: { value: implied, low, high },
  };
}

/** How many times over a rate multiplies: 增长7.7% → 1.077, 增长12倍 → 13. */
const factor = (growth: Figure, value = growth.value): number =>
  1 + (growth.unit === '倍' ? value : value / 100);

function yearOnYear(amount: Figure, growth: Figure, cue: string) {
  if (/年均/.test(cue))
    return {
      title: `年均增速：${amount.subject}`,
      verdict: 'uncheckable' as const,
      working: [
        conclusion('uncheckable', '文中只给出终值和年均增速，没有给出起点的数值，无从比对。'),
      ],
      assumptions: [],
      stated: growth.value,
    };
  const base = amount.value / factor(growth);
  const low = (amount.value - rounding(amount)) / factor(growth, growth.value + rounding(growth));
  const high = (amount.value + rounding(amount)) / factor(growth, growth.value - rounding(growth));
  return {
    title: `增速推算基数：${amount.subject}`,
    verdict: 'uncheckable' as const,
    working: [
      `${shown(amount)} ÷ ${fmt(factor(growth), 4)} ≈ ${cn(base, amount.unit)}，即比较期的数值（增长${growth.display}，即为比较期的${fmt(factor(growth), 4)}倍）。`,
      conclusion('uncheckable', '比较期的数值文中没有给出，无从比对。'),
    ],
    assumptions: [
      `“${cue}”以比较期（上年、上年同期或文中所说时段的起点）为基数。`,
      ...roundingNote([amount, growth]),
    ],
    stated: growth.value,
    computed: { value: base, low, high },
  };
}

export const growth: RelationKind = {
  type: 'growth',
  cues: ['年均增长', '比上年增长', '同比增长'],
  find,
  check(relation, m) {
    const g = m.one('growth');
    const before = m.one('before');
    const after = m.one('after');
    const amount = m.one('amount');
    if (g === undefined) return null;
    if (before && after) return compound(before, after, g, relation.cue);
    return amount ? yearOnYear(amount, g, relation.cue) : null;
  },
};
