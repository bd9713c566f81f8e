import { isExcluded } from './exclusions';
import { parseNumber } from './numbers';
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
// 提升至全国第2位 places the subject too.
const RANK_CUE =
  /(?:排|居|列|位居|位列|排名|名列|升至|升到|提升至|提升到|上升至|跃升至)[^,，;；。、\d]{0,6}$/;
// 翻一番 (×2), 翻了两番 (×4), 实现翻番 (×2); 翻一番多 is more than double.
const DOUBLING = /翻(?:了)?(?:([一两二三四五]|\d+)番(多)?|番)/g;

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

/** Doublings: 翻了一番 is ×2, 翻两番 ×4, as a multiple (倍) of the value before. */
export function findDoublings(
  view: string,
  from: number,
  to: number,
  taken: Uint8Array,
): Candidate[] {
  const found: Candidate[] = [];
  for (const m of view.slice(from, to).matchAll(DOUBLING)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const times = m[1] === undefined ? 1 : ordinalValue(m[1]);
    if (times === null || isExcluded(taken, start, end)) continue;
    const more: Qualifier | null = m[2] === undefined ? null : { word: '多', bound: 'moreThan' };
    taken.fill(1, start, end);
    found.push({
      start,
      end,
      value: 2 ** times,
      unit: '倍',
      kind: 'ratio',
      qualifier: more,
      rounding: 0,
    });
  }
  return found;
}
