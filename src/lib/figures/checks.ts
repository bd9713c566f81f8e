import { fmt, withUnit } from './format';
import { periodOf } from './periods';
import type { Check, Figure, Relation, Verdict } from './types';
import { rankTotalsOf, type RankContext } from './rank-context';

/**
 * What each relation implies, worked out step by step in plain Chinese. A verdict is
 * `consistent` when the stated value lies within what rounding of the written figures allows,
 * `inconsistent` when it does not, and `uncheckable` when the text gives nothing to compare with.
 */

type Lookup = (role: string) => Figure | undefined;
type Partial = Omit<Check, 'id' | 'relation'>;

const EPSILON = 1e-9;

function rounding(f: Figure): number {
  return f.rounding ?? 0;
}

function within(stated: number, low: number, high: number, tolerance: number): Verdict {
  return stated >= low - tolerance - EPSILON && stated <= high + tolerance + EPSILON
    ? 'consistent'
    : 'inconsistent';
}

function roundingNote(figures: Figure[]): string[] {
  return figures
    .filter((f) => rounding(f) > 0)
    .map(
      (f) =>
        `${f.text}按四舍五入理解，可在${withUnit(f.value - rounding(f), f.unit, 4)}至${withUnit(f.value + rounding(f), f.unit, 4)}之间。`,
    );
}

function partWhole(get: Lookup, all: (role: string) => Figure[]): Partial | null {
  const whole = get('whole');
  const parts = all('part');
  if (whole === undefined || parts.length === 0) return null;
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const slack = parts.reduce((s, p) => s + rounding(p), 0);
  const tolerance = rounding(whole);
  return {
    title: `分项之和与总数：${whole.subject}`,
    verdict: within(whole.value, sum - slack, sum + slack, tolerance),
    working: [
      `分项相加：${parts.map((p) => withUnit(p.value, p.unit)).join(' + ')} = ${withUnit(sum, whole.unit)}。`,
      `文中总数：${withUnit(whole.value, whole.unit)}。`,
      `差额：${withUnit(whole.value - sum, whole.unit)}。`,
    ],
    assumptions: [
      `“其中”之后所列各项（单位同为${whole.unit || '无单位'}）是总数的组成部分。`,
      ...roundingNote([whole, ...parts]),
    ],
    stated: whole.value,
    computed: { value: sum, low: sum - slack, high: sum + slack },
    tolerance,
  };
}

/** A share with no whole stated: show the whole it implies, and the range rounding allows. */
function impliedTotal(s: Figure, part: Figure): Partial | null {
  const r = rounding(s);
  // A share no larger than its own rounding (0%) bounds nothing.
  if (s.value <= r) return null;
  const value = part.value / (s.value / 100);
  const low = part.value / ((s.value + r) / 100);
  const high = part.value / ((s.value - r) / 100);
  return {
    title: `占比推算总数：${part.subject}`,
    verdict: 'uncheckable',
    working: [
      `${withUnit(part.value, part.unit)} ÷ ${s.value}% ≈ ${withUnit(value, part.unit, 0)}。`,
      `${s.value}%按四舍五入可在${fmt(s.value - r, 4)}%至${fmt(s.value + r, 4)}%之间，推算总数约在${withUnit(low, part.unit, 0)}至${withUnit(high, part.unit, 0)}之间。`,
      '文中没有给出总数，无从比对。',
    ],
    assumptions: [`${s.text}是${part.text}占全部的比例。`],
    stated: s.value,
    computed: { value, low, high },
    tolerance: r,
  };
}

function shareWithWhole(s: Figure, part: Figure, whole: Figure): Partial {
  const value = (part.value / whole.value) * 100;
  const low = ((part.value - rounding(part)) / (whole.value + rounding(whole))) * 100;
  const high = ((part.value + rounding(part)) / (whole.value - rounding(whole))) * 100;
  return {
    title: `占比核对：${part.text}占${whole.text}`,
    verdict: within(s.value, low, high, rounding(s)),
    working: [
      `${withUnit(part.value, part.unit)} ÷ ${withUnit(whole.value, whole.unit)} × 100% = ${fmt(value, 4)}%。`,
      `保留${decimals(s)}位小数为${fmt(value, decimals(s))}%；文中为${s.value}%。`,
    ],
    assumptions: [
      `${s.text}是${part.text}占${whole.text}的比例。`,
      ...roundingNote([s, part, whole]),
    ],
    stated: s.value,
    computed: { value, low, high },
    tolerance: rounding(s),
  };
}

function decimals(f: Figure): number {
  const m = /\.(\d+)/.exec(f.text);
  return m === null ? 0 : m[1]!.length;
}

function direction(cue: string): 1 | -1 | 0 {
  if (/增|提高|上升|扩大|提升/.test(cue)) return 1;
  if (/减|降|缩短|压缩/.test(cue)) return -1;
  return 0;
}

function beforeAfter(get: Lookup, cue: string): Partial | null {
  const before = get('before');
  const after = get('after');
  if (before === undefined || after === undefined) return null;
  const change = after.value - before.value;
  const multiple = after.value / before.value;
  const low = (after.value - rounding(after)) / (before.value + rounding(before));
  const high = (after.value + rounding(after)) / Math.max(EPSILON, before.value - rounding(before));
  const expected = direction(cue);
  const consistent = expected === 0 || Math.sign(change) === expected;
  return {
    title: `前后变化：${after.subject}`,
    verdict: consistent ? 'consistent' : 'inconsistent',
    working: [
      `变化量：${withUnit(after.value, after.unit)} − ${withUnit(before.value, before.unit)} = ${withUnit(change, after.unit)}。`,
      `倍数：${fmt(after.value)} ÷ ${fmt(before.value)} ≈ ${fmt(multiple, 2)}倍（按四舍五入范围为${fmt(low, 2)}至${fmt(high, 2)}倍）。`,
      `变化幅度：${fmt((change / before.value) * 100, 2)}%。`,
      expected === 0
        ? '文中未说明增减方向。'
        : `文中说“${cue}”，数值${change * expected > 0 ? '确实' : '并未'}${expected > 0 ? '增加' : '减少'}。`,
    ],
    assumptions: roundingNote([before, after]),
    computed: { value: multiple, low, high },
  };
}

function statedChange(get: Lookup): Partial | null {
  const before = get('before');
  const after = get('after');
  const stated = get('change');
  if (before === undefined || after === undefined || stated === undefined) return null;
  const rate = (v0: number, v1: number) => (Math.abs(v1 - v0) / v0) * 100;
  const value = rate(before.value, after.value);
  const ends = [
    rate(before.value - rounding(before), after.value + rounding(after)),
    rate(before.value + rounding(before), after.value - rounding(after)),
  ];
  const low = Math.min(value, ...ends);
  const high = Math.max(value, ...ends);
  return {
    title: `变化幅度核对：${before.subject}`,
    verdict: within(stated.value, low, high, rounding(stated)),
    working: [
      `（${fmt(before.value)} − ${fmt(after.value)}）的绝对值 ÷ ${fmt(before.value)} × 100% = ${fmt(Math.abs(before.value - after.value))} ÷ ${fmt(before.value)} × 100% ≈ ${fmt(value, 3)}%。`,
      `保留${decimals(stated)}位小数为${fmt(value, decimals(stated))}%；文中为${stated.value}%。`,
    ],
    assumptions: ['变化幅度以变化前的数值为基数。', ...roundingNote([before, after, stated])],
    stated: stated.value,
    computed: { value, low, high },
    tolerance: rounding(stated),
  };
}

function ratePerPeriod(get: Lookup): Partial | null {
  const total = get('total');
  const rate = get('rate');
  if (total === undefined || rate === undefined) return null;
  const period = periodOf(total.scope.time);
  // A stated average per day is itself rounded to a whole unit.
  const tolerance = rounding(rate) || 0.5;
  if (period === null) {
    return {
      title: `日均数核对：${total.subject}`,
      verdict: 'uncheckable',
      working: [`文中时段（${total.scope.time.join('、') || '未写明'}）无法确定天数，无从核对。`],
      assumptions: [],
      stated: rate.value,
      tolerance,
    };
  }
  const value = total.value / period.value;
  const low = (total.value - rounding(total)) / period.high;
  const high = (total.value + rounding(total)) / period.low;
  const impliedDays = total.value / rate.value;
  return {
    title: `日均数核对：${total.subject}`,
    verdict: within(rate.value, low, high, tolerance),
    working: [
      `${withUnit(total.value, total.unit)} ÷ ${period.value}天 ≈ ${withUnit(value, total.unit, 1)}/天（按天数与四舍五入范围为${fmt(low, 1)}至${fmt(high, 1)}）。`,
      `文中为平均每天${withUnit(rate.value, rate.unit)}。`,
      `反过来，按每天${withUnit(rate.value, rate.unit)}计，${withUnit(total.value, total.unit)}需要约${fmt(impliedDays, 0)}天（约${fmt(impliedDays / 365, 1)}年）。`,
    ],
    assumptions: [period.assumption, ...roundingNote([total])],
    stated: rate.value,
    computed: { value, low, high },
    tolerance,
  };
}

function compoundGrowth(get: Lookup, cue: string): Partial | null {
  const before = get('before');
  const after = get('after');
  const growth = get('growth');
  if (before === undefined || after === undefined || growth === undefined) return null;
  const period = periodOf(growth.scope.time);
  const years = period?.years ?? 5;
  const projected = before.value * (1 + growth.value / 100) ** years;
  const implied = ((after.value / before.value) ** (1 / years) - 1) * 100;
  const lowRate =
    (((after.value - rounding(after)) / (before.value + rounding(before))) ** (1 / years) - 1) *
    100;
  const highRate =
    (((after.value + rounding(after)) / (before.value - rounding(before))) ** (1 / years) - 1) *
    100;
  const money = /元$/.test(before.unit);
  const arithmetic = within(growth.value, lowRate, highRate, rounding(growth));
  return {
    title: `年均增速核对：${before.subject}`,
    verdict: money && arithmetic === 'inconsistent' ? 'uncheckable' : arithmetic,
    working: [
      `${withUnit(before.value, before.unit, 0)} × (1 + ${growth.value}%)^${years} ≈ ${withUnit(projected, before.unit, 0)}；文中终值为${withUnit(after.value, after.unit, 0)}。`,
      `由首尾两数反推：(${fmt(after.value, 0)} ÷ ${fmt(before.value, 0)})^(1/${years}) − 1 ≈ ${fmt(implied, 2)}%；文中为${growth.value}%。`,
      arithmetic === 'consistent'
        ? '两者在四舍五入范围内一致。'
        : `两者相差约${fmt(Math.abs(implied - growth.value), 2)}个百分点。`,
    ],
    assumptions: [
      period === null ? `文中“${cue}”未写明年数，按${years}年计。` : period.assumption,
      ...(money
        ? [
            '增速若按可比价格（实际增长）计算，而总量按当年价格（名义），两者本不必相合；文中未说明，故不下结论。',
          ]
        : []),
      ...roundingNote([before, after, growth]),
    ],
    stated: growth.value,
    computed: { value: implied, low: lowRate, high: highRate },
    tolerance: rounding(growth),
  };
}

function yearOnYear(get: Lookup, cue: string): Partial | null {
  const amount = get('amount');
  const growth = get('growth');
  if (amount === undefined || growth === undefined) return null;
  const base = amount.value / (1 + growth.value / 100);
  const low = (amount.value - rounding(amount)) / (1 + (growth.value + rounding(growth)) / 100);
  const high = (amount.value + rounding(amount)) / (1 + (growth.value - rounding(growth)) / 100);
  return {
    title: `增速推算基数：${amount.subject}`,
    verdict: 'uncheckable',
    working: [
      `${withUnit(amount.value, amount.unit)} ÷ (1 + ${growth.value}%) ≈ ${withUnit(base, amount.unit, 0)}（范围${fmt(low, 0)}至${fmt(high, 0)}）。`,
      '这是比较期的数值；文中没有给出，无从比对。',
    ],
    assumptions: [`“${cue}”以上年同期为基数。`, ...roundingNote([amount, growth])],
    stated: growth.value,
    computed: { value: base, low, high },
  };
}

function rankDistribution(figures: Figure[]): Partial | null {
  if (figures.length === 0) return null;
  const sum = figures.reduce((s, f) => s + f.value, 0);
  const places = figures.map((f) => f.countedRank ?? 0);
  return {
    title: `名次分布：${figures[0]!.subject}`,
    verdict: 'uncheckable',
    working: [
      `${figures.map((f) => f.value).join(' + ')} = ${sum}项指标排在全省第${places[0]}至第${places[places.length - 1]}名。`,
      '文中没有给出指标总数，无法算出占比，也无从比对。',
    ],
    assumptions: ['每项指标只计一个名次。'],
    computed: { value: sum, low: sum, high: sum },
  };
}

function ratio(get: Lookup): Partial | null {
  const base = get('base');
  const rate = get('rate');
  if (base === undefined || rate === undefined) return null;
  const value = (base.value * rate.value) / 100;
  const low = (base.value * (rate.value - rounding(rate))) / 100;
  const high = (base.value * (rate.value + rounding(rate))) / 100;
  const whole = Math.ceil(low - EPSILON);
  const fits = whole <= high + EPSILON;
  return {
    title: `比率推算件数：${rate.subject}`,
    verdict: fits ? 'consistent' : 'inconsistent',
    working: [
      `${withUnit(base.value, base.unit)} × ${rate.value}% = ${fmt(value, 3)}${base.unit}（范围${fmt(low, 3)}至${fmt(high, 3)}）。`,
      fits
        ? `范围内有整数${whole}：${whole} ÷ ${base.value} × 100% ≈ ${fmt((whole / base.value) * 100, 4)}%，四舍五入为${fmt((whole / base.value) * 100, decimals(rate))}%，与文中一致。`
        : '范围内没有整数，件数与比率对不上。',
    ],
    assumptions: [`${rate.text}以${base.text}为基数。`],
    stated: rate.value,
    computed: { value, low, high },
    tolerance: rounding(rate),
  };
}

function forecast(get: Lookup): Partial | null {
  const planned = get('forecast');
  if (planned === undefined) return null;
  const history = get('history');
  const soFar = get('so-far');
  const working: string[] = [];
  if (history !== undefined) {
    const years = periodOf(history.scope.time)?.years ?? 5;
    working.push(
      `${history.scope.time.join('')}共${withUnit(history.value, history.unit)}，按${years}年平均每年约${withUnit(history.value / years, history.unit, 0)}；全年预计${planned.text}约为这个平均数的${fmt(planned.value / (history.value / years), 2)}倍。`,
    );
  }
  if (soFar !== undefined) {
    working.push(
      `今年已完成${withUnit(soFar.value, soFar.unit)}，占全年预计的${fmt((soFar.value / planned.value) * 100, 1)}%，余下约${withUnit(planned.value - soFar.value, planned.unit, 0)}。`,
    );
  }
  working.push('预计数无从核对，仅列出推算。');
  return {
    title: `全年预计：${planned.subject}`,
    verdict: 'uncheckable',
    working,
    assumptions: ['“五年来”的累计数是否包含今年的数，文中未说明。'],
    computed: { value: planned.value, low: planned.value, high: planned.value },
  };
}

/** Checks for every relation whose figures imply something that can be computed. */
export function runChecks(
  figures: readonly Figure[],
  relations: readonly Relation[],
  context?: RankContext,
): Check[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const checks: Check[] = [];
  for (const relation of relations) {
    const all = (role: string) =>
      relation.members
        .filter((m) => m.role === role)
        .map((m) => byId.get(m.figure))
        .filter((f): f is Figure => f !== undefined);
    const get: Lookup = (role) => all(role)[0];
    const partial = checkFor(relation, get, all, context);
    if (partial !== null)
      checks.push({ id: `chk-${relation.id}`, relation: relation.id, ...partial });
  }
  return checks;
}

function checkFor(
  relation: Relation,
  get: Lookup,
  all: (role: string) => Figure[],
  context: RankContext | undefined,
): Partial | null {
  switch (relation.type) {
    case 'part-whole':
      return partWhole(get, all);
    case 'share': {
      const s = get('share');
      const part = get('part');
      const whole = get('whole');
      if (s === undefined || part === undefined) return null;
      return whole === undefined ? impliedTotal(s, part) : shareWithWhole(s, part, whole);
    }
    case 'before-after':
      return beforeAfter(get, relation.cue);
    case 'stated-change':
      return statedChange(get);
    case 'rate-per-period':
      return ratePerPeriod(get);
    case 'growth':
      return get('before') !== undefined
        ? compoundGrowth(get, relation.cue)
        : yearOnYear(get, relation.cue);
    case 'rank-distribution':
      return rankDistribution(relation.members.flatMap((m) => all(m.role).slice(0, 1)));
    case 'ratio':
      return ratio(get);
    case 'forecast':
      return forecast(get);
    case 'rank':
      return ranks(all('rank'), get('ranked'), context);
    default:
      return null;
  }
}

/**
 * Ranks placed among the places ranked, when editors' context says how many there are: each
 * must lie between first and last; two ranks of the same thing give the movement between them.
 */
function ranks(
  figures: Figure[],
  ranked: Figure | undefined,
  context: RankContext | undefined,
): Partial | null {
  if (figures.length === 0) return null;
  const title = `名次核对：${(ranked ?? figures[0]!).subject}`;
  const facts = figures.map((f) => rankTotalsOf(f, context)[0]);
  const known = facts.filter((t) => t !== undefined);
  if (known.length < figures.length)
    return {
      title,
      verdict: 'uncheckable',
      working: [
        `文中没有说明${figures.map((f) => f.text).join('、')}是在多少个单位中排名，背景资料也没有给出。`,
      ],
      assumptions: [],
    };
  const fact = known[0]!;
  const place = (f: Figure, n: number) => (f.fromEnd ? n - f.value + 1 : f.value);
  const places = figures.map((f, i) => place(f, facts[i]!.total));
  const working = [
    `共${fact.total}个单位参与排名（背景资料：${fact.what}）。`,
    ...figures.map(
      (f, i) =>
        `${f.scope.time.length ? `${f.scope.time.join('、')}` : ''}${f.text}${f.fromEnd ? `即第${places[i]}位` : ''}，在第1至第${facts[i]!.total}位之间${places[i]! >= 1 && places[i]! <= facts[i]!.total ? '' : '之外'}。`,
    ),
  ];
  if (figures.length === 2) {
    const [then, now] = figures[1]!.scope.time.length
      ? [figures[1]!, figures[0]!]
      : [figures[0]!, figures[1]!];
    const a = places[figures.indexOf(then)]!;
    const b = places[figures.indexOf(now)]!;
    working.push(
      `从${then.scope.time.join('、') || '先前'}的第${a}位到${now.scope.time.join('、') || '现在'}的第${b}位，${a > b ? `上升${a - b}位` : a < b ? `下降${b - a}位` : '名次未变'}。`,
    );
  }
  const inside = places.every((p, i) => p >= 1 && p <= facts[i]!.total);
  return {
    title,
    verdict: inside ? 'consistent' : 'inconsistent',
    working,
    assumptions: [`参与排名的单位数来自编辑补充的背景资料，不出自讲话：${fact.source}`],
  };
}
