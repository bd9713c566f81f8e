/**
 * Quantities: a number with its sign, qualifiers, unit or classifier, as one candidate figure.
 * Forms read here beyond the number itself: percentages written 百分之三十, 千分之2.4 (0.24%),
 * 万分之三; fractions 三分之一 (read as a percentage, 33.33%, with half a part of tolerance);
 * tenths 九成 / 三成半; ranges 6%-7%, 6至7倍, 3000-5000元 (value and valueHigh); per-period
 * units 元/月, 人次/日.
 */
import type { Candidate } from './candidates';
import { isExcluded } from './exclusions';
import { NUMBER_RUN, isLoneChineseDigit, parseNumber, scale } from './numbers';
import {
  LOWER_BOUND_NUMERAL,
  qualifierAfterNumber,
  qualifierAfterUnit,
  qualifierBefore,
} from './qualifiers';
import { isPercentUnit, matchUnit, perPeriod } from './units';
import { GLUE } from './view';
import type { FigureKind, Qualifier } from './types';

interface Quantity {
  end: number;
  value: number;
  /** Decimal places written; rounding tolerance follows from them. */
  decimals: number;
  rounding: number;
  qualifier: Qualifier | null;
  chinese: boolean;
  lone: boolean;
  /** Ends in 万 or 亿 (13亿, 3200万). */
  multiplied: boolean;
}

/** 百分之 / 千分之 / 万分之 before a number: the factor to a percentage. */
const PREFIX_FACTOR: Readonly<Record<string, number>> = { 百分之: 1, 千分之: 0.1, 万分之: 0.01 };
const CORE = new RegExp(`(百分之|千分之|万分之)?(${NUMBER_RUN})`, 'g');
const RUN_AT = new RegExp(NUMBER_RUN, 'y');
// After a denominator: 三分之一; 一百分之二 and 五百分之2333 (the run stops before 百分之).
const FRACTION = /^([百千万]?)分之/;
const SLASH_FRACTION = /^[/／](\d+)(?![\d./])/;
const FRACTION_PLACE: Readonly<Record<string, number>> = { '': 1, 百: 100, 千: 1000, 万: 10000 };
const RANGE_SEPARATOR = /^[至到—\-–~～－−]/;
const GROWTH_CUE = /(?:增长|增速|上涨|提高|下降|回落|增加|降低|下滑)(?:了)?$/;
const CHANGE_CUE = /(?:幅度|降幅|增幅)(?:达到|达|为)?$/;
const RATE_CUE = /(?:平均)?每(?:天|日|年|月|周|人|户|小时)[\u4e00-\u9fa5]{0,2}$/;
// Labels, not quantities: 500强, 5G, 10+N (a Latin unit such as 4000P or 5GWh is read first).
const NOT_A_LABEL = /^[强A-Za-z+＋]/;
// (和/与/及/至 join a list or range, whose unit comes later: 分别高4.2和0.7个百分点.)
const BARE_LABEL = /^(?:[\u4e00-\u9fff](?<![和与及或至到])|[.．][^\d])/;
// A ratio to one, written with a colon: 城乡居民收入比由2.9∶1缩小至2.52∶1.
const TO_ONE = /^[:∶]1(?![\d.])/;
const CLAUSE_BREAK = /[，,。；;：:！？]/;
const PER_PERIOD_CUE = /每(?:人|户|位)?每?(月|年|日|天)/;
const AGE_GROUP = /^[\u4e00-\u9fff]/;
// 成 is a tenth only as a classifier, not in words like 成为, 成效.
const CHENG = /^成(?![为立功本果绩熟长效员])/;
// A hyphen after a digit or % joins a range (6%-7%); elsewhere it is a minus sign (增长-6.8%).
const HYPHEN_AFTER = /[\d%]/;
const MINUS = /[-−－]/;

/** A number with its 多/余, starting at `at` (GLUE characters read through), or null. */
function readQuantity(view: string, at: number): Quantity | null {
  RUN_AT.lastIndex = at;
  const m = RUN_AT.exec(view);
  if (m === null) return null;
  const written = m[0];
  const parsed = parseNumber(written);
  if (parsed === null) return null;
  let end = skipGlue(view, at + written.length);
  let qualifier: Qualifier | null =
    parsed.more !== null
      ? { word: parsed.more, bound: 'moreThan' }
      : parsed.lowerBound
        ? LOWER_BOUND_NUMERAL
        : null;
  const more = qualifier === null ? qualifierAfterNumber(view.slice(end, end + 2)) : null;
  if (more !== null) {
    qualifier = more;
    end = skipGlue(view, end + more.word.length);
  }
  // Half a unit of the last written digit (22.66万 → ±50, 3万 → ±5000); an integer count is exact.
  const stated = parsed.decimals > 0 || parsed.endsInMultiplier;
  const digits = written.replace(/^(?:[-−－]|负)/, '');
  return {
    end,
    value: parsed.value,
    decimals: parsed.decimals,
    rounding: stated ? scale(parsed.place / 2, 1, parsed.decimals + 1) : 0,
    qualifier,
    chinese: !/^\d/.test(digits),
    lone: isLoneChineseDigit(digits),
    multiplied: parsed.endsInMultiplier,
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
  for (const m of view.slice(from, to).matchAll(CORE)) {
    let start = from + m.index;
    const prefix = m[1] ?? null;
    let numberAt = start + (prefix?.length ?? 0);
    if (
      prefix === null &&
      MINUS.test(view[start] ?? '') &&
      HYPHEN_AFTER.test(view[start - 1] ?? '')
    ) {
      start += 1;
      numberAt += 1;
    }
    if (isExcluded(excluded, numberAt, numberAt + 1) || isExcluded(taken, start, numberAt + 1))
      continue;
    if (/[A-Za-zＡ-Ｚａ-ｚ@.#/_\d第]/.test(view[start - 1] ?? '')) continue;
    const first = readQuantity(view, numberAt);
    if (first === null || first.end > to) continue;
    const candidate = completeQuantity(view, start, first, prefix, to);
    if (candidate === null || isExcluded(taken, candidate.start, candidate.end)) continue;
    taken.fill(1, candidate.start, candidate.end);
    found.push(candidate);
  }
  return shareListUnits(view, found);
}

const LIST_JOIN = /^(?:、|和|与|及|以及)$/;
// Kinds a cue before the list gives all its items: 分别增长5%、6%, 每人每月209元、280元.
const CUED_KINDS: readonly FigureKind[] = ['growth', 'change', 'rate'];

/**
 * In a list the unit is written once, after the last item, and the cue once, before the first:
 * 分别为209、280元 makes 209元; 分别下降23%、15% makes both falls. Only figures joined by 、/和
 * share them.
 */
function shareListUnits(view: string, found: Candidate[]): Candidate[] {
  const joined = (i: number) => LIST_JOIN.test(view.slice(found[i]!.end, found[i + 1]!.start));
  for (let i = found.length - 2; i >= 0; i--) {
    const item = found[i]!;
    const next = found[i + 1]!;
    if (item.unit !== '' || next.unit === '' || item.valueHigh !== undefined || !joined(i))
      continue;
    const percent = isPercentUnit(next.unit);
    found[i] = {
      ...item,
      unit: next.unit,
      kind: next.kind,
      rounding: percent && item.rounding === 0 ? 0.5 : item.rounding,
    };
  }
  for (let i = 0; i < found.length - 1; i++) {
    const item = found[i]!;
    const next = found[i + 1]!;
    if (!CUED_KINDS.includes(item.kind) || next.unit !== item.unit || !joined(i)) continue;
    if (!CUED_KINDS.includes(next.kind)) found[i + 1] = { ...next, kind: item.kind };
  }
  return found;
}
interface Reading {
  end: number;
  value: number;
  rounding: number;
  qualifier: Qualifier | null;
}

/** 百分之30, 千分之2.4, 三分之一, 一百分之二 as a percentage; null when it is none of them. */
function readPercentForm(
  view: string,
  first: Quantity,
  prefix: string | null,
  to: number,
): Reading | null {
  if (prefix !== null) {
    const factor = PREFIX_FACTOR[prefix]!;
    const place = first.decimals > 0 ? 10 ** -first.decimals : 1;
    return {
      end: first.end,
      value: scale(first.value, factor, first.decimals),
      rounding: scale(place / 2, factor, first.decimals + 1),
      qualifier: first.qualifier,
    };
  }
  if (first.qualifier !== null) return null;
  const slash = SLASH_FRACTION.exec(view.slice(first.end, first.end + 12));
  if (slash !== null && !first.chinese && Number.isInteger(first.value)) {
    // 1/3行政村, 约占全国1/10: numerator first, as Arabic fractions are written.
    const denominator = Number(slash[1]);
    if (denominator <= first.value) return null;
    return {
      end: first.end + slash[0].length,
      value: (first.value * 100) / denominator,
      rounding: 50 / denominator,
      qualifier: null,
    };
  }
  const fraction = FRACTION.exec(view.slice(first.end, first.end + 3));
  if (fraction === null) return null;
  const denominator = first.value * FRACTION_PLACE[fraction[1]!]!;
  const numerator = readQuantity(view, first.end + fraction[0].length);
  if (numerator === null || numerator.end > to || denominator <= 0) return null;
  const place = numerator.decimals > 0 ? 10 ** -numerator.decimals : 1;
  return {
    end: numerator.end,
    value: (numerator.value * 100) / denominator,
    rounding: (place * 50) / denominator,
    qualifier: numerator.qualifier,
  };
}

/** 九成 → 90%, 三成半 → 35%, 八点五成 → 85%; null when 成 is not a tenth here. */
function readTenths(view: string, first: Quantity, end: number): Reading | null {
  const rest = view.slice(end, end + 3);
  if (first.chinese && first.value === 1 && rest.startsWith('半')) {
    return { end: end + 1, value: 50, rounding: 0, qualifier: first.qualifier };
  }
  if (!CHENG.test(rest)) return null;
  const half = rest[1] === '半' ? 5 : 0;
  const place = first.decimals > 0 ? 10 ** -first.decimals : 1;
  return {
    end: end + 1 + (half > 0 ? 1 : 0),
    value: scale(first.value, 10, first.decimals) + half,
    rounding: half > 0 ? 2.5 : scale(place / 2, 10, first.decimals + 1),
    qualifier: first.qualifier,
  };
}

function completeQuantity(
  view: string,
  start: number,
  first: Quantity,
  prefix: string | null,
  to: number,
): Candidate | null {
  let end = skipGlue(view, first.end);
  const rest = () => view.slice(end, Math.min(to, end + 8));
  let value = first.value;
  let rounding = first.rounding;
  let qualifier = first.qualifier;
  let unit = '';
  let unitKind: FigureKind = 'other';
  const percentForm = readPercentForm(view, first, prefix, to) ?? readTenths(view, first, end);
  if (percentForm !== null) {
    ({ end, value, rounding, qualifier } = percentForm);
    unit = '%';
    unitKind = 'percent';
  }
  let valueHigh: number | undefined;
  if (unit === '') {
    const range = readRange(view, end, to);
    if (range !== null) {
      valueHigh = range.value;
      end = range.end;
    }
    const info = TO_ONE.test(rest())
      ? { unit: rest().slice(0, 2), kind: 'ratio' as const }
      : matchUnit(rest());
    if (info === null && NOT_A_LABEL.test(rest())) return null;
    if (info !== null) {
      unit = info.unit;
      unitKind = info.kind;
      end += info.unit.length;
      const per = perPeriod(rest());
      if (per !== null) {
        unit += per.unit;
        end += per.length;
      }
      if (valueHigh === undefined) {
        const high = readRange(view, end, to);
        if (high !== null && view.startsWith(info.unit, high.end)) {
          valueHigh = high.value;
          end = high.end + info.unit.length;
        }
      }
    }
  }
  // 每人每月209元、280元提高到217元: money stated per period carries the period in its unit.
  if (unitKind === 'amount' && !unit.includes('/')) {
    const clause =
      view
        .slice(Math.max(0, start - 40), start)
        .split(CLAUSE_BREAK)
        .pop() ?? '';
    const period = PER_PERIOD_CUE.exec(clause);
    if (period !== null) unit += `/${period[1] === '天' ? '日' : period[1]}`;
  }
  // An age followed by the people it bounds names a group (65岁及以上老年人, 0—6岁儿童).
  if (unit === '岁' && AGE_GROUP.test(view.slice(end, end + 4).replace(/^及?以[上下]/, '')))
    return null;
  const percent = isPercentUnit(unit);
  // Percentages are rounded even when written as integers (增长7% is 6.5–7.5).
  if (percent && rounding === 0) rounding = 0.5;
  const loneAllowed = percent || unit === '倍' || unit === '个百分点' || prefix !== null;
  if (first.lone && !loneAllowed) return null;
  if (first.chinese && unit === '') return null;
  // A bare number run into a word or a list marker is a name or a label: 2型, 10日, 7.“四新”;
  // one stated in 万 or 亿 counts what follows it (13亿中国人).
  if (unit === '' && !first.multiplied && BARE_LABEL.test(view.slice(end, end + 2))) return null;
  // (2) and 2） number a list; M右下角加2） is a note, not a quantity.
  if (unit === '' && !first.multiplied && /[)）]/.test(view[end] ?? '')) return null;
  // 届 counts editions held (3届); 党的二十届 names one.
  if (unit === '届' && first.chinese) return null;
  const post = qualifierAfterUnit(rest());
  if (post !== null) end += post.word.length;
  const pre = qualifierBefore(view.slice(Math.max(0, start - 12), start));
  const textStart = pre === null ? start : start - pre.word.length;
  return {
    start: textStart,
    end,
    value,
    ...(valueHigh === undefined ? {} : { valueHigh }),
    unit,
    kind: kindFor(unitKind, percent, view.slice(Math.max(0, textStart - 12), textStart)),
    qualifier: pre ?? qualifier ?? post,
    rounding,
  };
}

function readRange(view: string, at: number, to: number): { value: number; end: number } | null {
  if (!RANGE_SEPARATOR.test(view.slice(at, at + 1))) return null;
  const second = readQuantity(view, at + 1);
  if (second === null || second.end > to) return null;
  return { value: second.value, end: second.end };
}
