import { isExcluded } from './exclusions';
import {
  ARABIC,
  CHINESE,
  MULTIPLIER,
  MULTIPLIERS,
  isLoneChineseDigit,
  parseNumber,
  scale,
} from './numbers';
import {
  LOWER_BOUND_NUMERAL,
  qualifierAfterNumber,
  qualifierAfterUnit,
  qualifierBefore,
} from './qualifiers';
import { isPercentUnit, matchUnit } from './units';
import { GLUE } from './view';
import type { FigureKind, Qualifier } from './types';

/** A figure as the scanners find it, before subject, scope and id. */
export interface Candidate {
  start: number;
  end: number;
  value: number;
  valueHigh?: number;
  unit: string;
  kind: FigureKind;
  qualifier: Qualifier | null;
  /** Half the last written digit's place, scaled: 22.66万 → 50; 0 for exact integers. */
  rounding: number;
  /** Rank counted from the bottom (倒数第一). */
  fromEnd?: boolean;
  /** For rank counts (9个第二): the place counted. */
  countedRank?: number;
}

const ORDINAL = String.raw`(\d+|[一二三四五六七八九十]+)`;
const RANK_COUNT = new RegExp(
  String.raw`${ORDINAL}个(?:全国|全省|全市|全州|全县|全区)?第${ORDINAL}(?![位名批次个])`,
  'g',
);
const RANK = new RegExp(String.raw`(倒数)?第${ORDINAL}(位|名)?`, 'g');
const RANK_CUE = /(?:排|居|列|位居|位列|排名|名列)[^,，;；。、\d]{0,6}$/;
const CORE = new RegExp(`(百分之)?(${ARABIC}|${CHINESE})`, 'g');
const AFTER_MULTIPLIER = new RegExp(`^(${MULTIPLIER})`);
const NUMBER_AT_START = new RegExp(`^(${ARABIC}|${CHINESE})`);
const RANGE_SEPARATOR = /^[至到—\-–~～]/;
const GROWTH_CUE = /(?:增长|增速|上涨|提高|下降|回落|增加|降低|下滑)(?:了)?$/;
const CHANGE_CUE = /(?:幅度|降幅|增幅)(?:达到|达|为)?$/;
const RATE_CUE = /(?:平均)?每(?:天|日|年|月|周|人|户|小时)[\u4e00-\u9fa5]{0,2}$/;
const NOT_A_LABEL = /^[强A-Za-z+＋]/;
// 成 is a tenth only as a classifier, not in words like 成为, 成效.
const CHENG = /^成(?![为立功本果绩熟长效员])/;

function ordinalValue(written: string): number | null {
  return parseNumber(written)?.value ?? null;
}

/** Rank counts (7个全省第一、9个第二): how many indicators hold each place. */
export function findRankCounts(
  view: string,
  from: number,
  to: number,
  taken: Uint8Array,
): Candidate[] {
  const found: Candidate[] = [];
  for (const m of view.slice(from, to).matchAll(RANK_COUNT)) {
    const start = from + m.index;
    const count = ordinalValue(m[1]!);
    const place = ordinalValue(m[2]!);
    if (count === null || place === null || isExcluded(taken, start, start + m[0].length)) continue;
    const end = start + m[0].length;
    taken.fill(1, start, end);
    found.push({
      start,
      end,
      value: count,
      unit: '个',
      kind: 'rank-count',
      qualifier: null,
      rounding: 0,
      countedRank: place,
    });
  }
  return found;
}

/** Ranks that place the subject among others: 排第3位, 排全省第四位, 居全省倒数第一. */
export function findRanks(view: string, from: number, to: number, taken: Uint8Array): Candidate[] {
  const found: Candidate[] = [];
  for (const m of view.slice(from, to).matchAll(RANK)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const value = ordinalValue(m[2]!);
    if (value === null || isExcluded(taken, start, end)) continue;
    if (!RANK_CUE.test(view.slice(Math.max(from, start - 10), start))) continue;
    taken.fill(1, start, end);
    found.push({
      start,
      end,
      value,
      unit: m[3] ?? '位',
      kind: 'rank',
      qualifier: null,
      rounding: 0,
      ...(m[1] ? { fromEnd: true } : {}),
    });
  }
  return found;
}

interface Quantity {
  end: number;
  value: number;
  rounding: number;
  qualifier: Qualifier | null;
  chinese: boolean;
  lone: boolean;
}

/** A number with its 多/余 and multiplier, starting at `at` (GLUE characters read through). */
function readQuantity(view: string, at: number): Quantity | null {
  const m = NUMBER_AT_START.exec(view.slice(at, at + 40));
  if (m === null) return null;
  const written = m[1]!;
  const parsed = parseNumber(written);
  if (parsed === null || !Number.isFinite(parsed.value)) return null;
  let end = skipGlue(view, at + written.length);
  let qualifier: Qualifier | null = parsed.lowerBound ? LOWER_BOUND_NUMERAL : null;
  const more = qualifierAfterNumber(view.slice(end, end + 2));
  if (more !== null) {
    qualifier = more;
    end = skipGlue(view, end + more.word.length);
  }
  let factor = 1;
  const mult = AFTER_MULTIPLIER.exec(view.slice(end, end + 2));
  if (mult !== null) {
    factor = MULTIPLIERS[mult[1]!]!;
    end = skipGlue(view, end + mult[1]!.length);
    const after = qualifier === null ? qualifierAfterNumber(view.slice(end, end + 2)) : null;
    if (after !== null) {
      qualifier = after;
      end = skipGlue(view, end + after.word.length);
    }
  }
  // Half a unit of the last written digit: 22.66万 → ±50; an integer count is taken as exact.
  const place = parsed.decimals > 0 ? 10 ** -parsed.decimals : factor > 1 ? 1 : 0;
  return {
    end,
    value: scale(parsed.value, factor, parsed.decimals),
    rounding: scale(place / 2, factor, parsed.decimals + 1),
    qualifier,
    chinese: !/^\d/.test(written),
    lone: isLoneChineseDigit(written) && factor === 1,
  };
}

function skipGlue(view: string, at: number): number {
  let i = at;
  while (view[i] === GLUE) i++;
  return i;
}

function kindFor(unitKind: FigureKind, percent: boolean, before: string): FigureKind {
  if (RATE_CUE.test(before)) return 'rate';
  if (!percent) return unitKind;
  if (CHANGE_CUE.test(before)) return 'change';
  if (GROWTH_CUE.test(before)) return 'growth';
  return 'percent';
}

/** Every quantity in view[from, to) not excluded and not already taken by a rank. */
export function findQuantities(
  view: string,
  from: number,
  to: number,
  excluded: Uint8Array,
  taken: Uint8Array,
): Candidate[] {
  const found: Candidate[] = [];
  CORE.lastIndex = 0;
  const slice = view.slice(from, to);
  for (const m of slice.matchAll(CORE)) {
    const start = from + m.index;
    const percentPrefix = m[1] !== undefined;
    const numberAt = start + (m[1]?.length ?? 0);
    if (isExcluded(excluded, numberAt, numberAt + 1) || isExcluded(taken, start, numberAt + 1))
      continue;
    const previous = view[start - 1] ?? '';
    if (/[A-Za-z@.#/_\d第]/.test(previous)) continue;
    const first = readQuantity(view, numberAt);
    if (first === null || first.end > to) continue;
    const candidate = completeQuantity(view, start, first, percentPrefix, to);
    if (candidate === null) continue;
    if (isExcluded(taken, candidate.start, candidate.end)) continue;
    taken.fill(1, candidate.start, candidate.end);
    found.push(candidate);
  }
  return found;
}

function completeQuantity(
  view: string,
  start: number,
  first: Quantity,
  percentPrefix: boolean,
  to: number,
): Candidate | null {
  let end = skipGlue(view, first.end);
  const rest = () => view.slice(end, Math.min(to, end + 8));
  if (NOT_A_LABEL.test(rest())) return null;
  let value = first.value;
  let rounding = first.rounding;
  let unit = '';
  let unitKind: FigureKind = 'other';
  let percent = percentPrefix;
  if (percentPrefix) {
    unit = '%';
    unitKind = 'percent';
  } else if (first.chinese && first.value === 1 && rest().startsWith('半')) {
    value = 50;
    unit = '%';
    unitKind = 'percent';
    percent = true;
    end += 1;
  } else if (CHENG.test(rest())) {
    value = first.value * 10;
    rounding = first.rounding * 10 || 5;
    unit = '%';
    unitKind = 'percent';
    percent = true;
    end += 1;
  }
  let valueHigh: number | undefined;
  if (unit === '') {
    const range = readRange(view, end, to);
    if (range !== null) {
      valueHigh = range.value;
      end = range.end;
    }
    const info = matchUnit(rest());
    if (info !== null) {
      unit = info.unit;
      unitKind = info.kind;
      percent = isPercentUnit(info.unit);
      end += info.unit.length;
      if (percent && valueHigh === undefined) {
        const high = readRange(view, end, to);
        if (high !== null && isPercentUnit(view.slice(high.end, high.end + 1))) {
          valueHigh = high.value;
          end = high.end + 1;
        }
      }
    }
  }
  // Percentages are rounded even when written as integers (增长7% is 6.5–7.5).
  if (percent && rounding === 0) rounding = 0.5;
  const loneAllowed = unit === '%' || unit === '倍' || unit === '个百分点' || percentPrefix;
  if (first.lone && !loneAllowed) return null;
  if (first.chinese && unit === '') return null;
  const post = qualifierAfterUnit(rest());
  if (post !== null) end += post.word.length;
  const before = view.slice(Math.max(0, start - 12), start);
  const pre = qualifierBefore(before);
  const qualifier = pre ?? first.qualifier ?? post;
  const textStart = pre === null ? start : start - pre.word.length;
  return {
    start: textStart,
    end,
    value,
    ...(valueHigh === undefined ? {} : { valueHigh }),
    unit,
    kind: kindFor(unitKind, percent, view.slice(Math.max(0, textStart - 12), textStart)),
    qualifier,
    rounding,
  };
}

function readRange(view: string, at: number, to: number): { value: number; end: number } | null {
  if (!RANGE_SEPARATOR.test(view.slice(at, at + 1))) return null;
  const second = readQuantity(view, at + 1);
  if (second === null || second.end > to) return null;
  return { value: second.value, end: second.end };
}
