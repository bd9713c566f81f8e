import type { Qualifier } from './types';

const BEFORE: Record<string, Qualifier['bound']> = {
  将近: 'nearly',
  接近: 'nearly',
  近: 'nearly',
  大约: 'approx',
  约: 'approx',
  超过: 'moreThan',
  超: 'moreThan',
  逾: 'moreThan',
  突破: 'moreThan',
  至少: 'atLeast',
  不少于: 'atLeast',
  不低于: 'atLeast',
  不到: 'upTo',
  不足: 'upTo',
  不超过: 'upTo',
  不高于: 'upTo',
};
const AFTER_NUMBER: Record<string, Qualifier['bound']> = { 多: 'moreThan', 余: 'moreThan' };
const AFTER_UNIT: Record<string, Qualifier['bound']> = {
  左右: 'approx',
  上下: 'approx',
  以上: 'atLeast',
  以下: 'upTo',
  以内: 'upTo',
  之多: 'atLeast',
};

function longestAtEnd(table: Record<string, Qualifier['bound']>, before: string): Qualifier | null {
  const word = Object.keys(table)
    .filter((w) => before.endsWith(w))
    .sort((a, b) => b.length - a.length)[0];
  return word === undefined ? null : { word, bound: table[word]! };
}

function longestAtStart(
  table: Record<string, Qualifier['bound']>,
  after: string,
): Qualifier | null {
  const word = Object.keys(table)
    .filter((w) => after.startsWith(w))
    .sort((a, b) => b.length - a.length)[0];
  return word === undefined ? null : { word, bound: table[word]! };
}

/** 近, 约, 超过 … immediately before the number. */
export function qualifierBefore(before: string): Qualifier | null {
  return longestAtEnd(BEFORE, before);
}

/** 多 or 余 between the number and its multiplier or unit (8000多万, 10余个). */
export function qualifierAfterNumber(after: string): Qualifier | null {
  return longestAtStart(AFTER_NUMBER, after);
}

/** 左右, 以上 … after the unit. */
export function qualifierAfterUnit(after: string): Qualifier | null {
  return longestAtStart(AFTER_UNIT, after);
}

/** 十几: the numeral itself says "more than". */
export const LOWER_BOUND_NUMERAL: Qualifier = { word: '几', bound: 'moreThan' };
