import type { FigureScope } from './types';

/** Time scopes as the speeches write them: 五年来, 今年以来, 今年上半年, 2016年前, 全年预计 … */
export const TIME_SCOPE =
  /(?:近|过去)?[一二两三四五六七八九十\d]+(?:个)?年(?:来|以来)|本届政府以来|今年(?:上半年|下半年|前三季度|一季度|以来)?|去年(?:同期)?|上半年|下半年|前三季度|一季度|全年(?:预计)?|\d{4}年(?:前|以来|底|末|初|上半年)?|截至目前|目前/g;

/** Place and level scopes: 全市, 市级, 县(区), 乡(镇), 全省, 市直部门 … */
export const PLACE_SCOPE =
  /全国|全省|全市|全州|全县|全区|省级|市级|县级|乡级|村级|各?县[(（]区[)）]|各?乡[(（]镇[)）]|乡镇|市直部门|县区|市内外|省内外/g;

export interface ScopeMatch {
  text: string;
  start: number;
  end: number;
}

export function findScopes(
  pattern: RegExp,
  view: string,
  start: number,
  end: number,
): ScopeMatch[] {
  const slice = view.slice(start, end);
  return [...slice.matchAll(pattern)].map((m) => ({
    text: m[0],
    start: start + m.index,
    end: start + m.index + m[0].length,
  }));
}

/** A time scope that opens a sentence: it holds for the rest of the paragraph until replaced. */
export function openingTimeScope(view: string, sentenceStart: number, end: number): string | null {
  const first = findScopes(TIME_SCOPE, view, sentenceStart, end)[0];
  return first !== undefined && first.start === sentenceStart ? first.text : null;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * A place word followed by these names where things are compared (在全省率先出台, 全省第一),
 * not where the figures were counted: it does not carry over to later clauses.
 */
const COMPARISON = /^(?:率先|第|排|倒数|前列|领先)/;

/**
 * The scopes in force for one figure: time scopes written in its own clause replace the
 * paragraph's running time scope; places written in its own clause hold, else those of the
 * sentence's head (before its first figure) that can carry over.
 */
export function scopeFor(input: {
  view: string;
  clause: { start: number; end: number };
  head: { start: number; end: number };
  runningTime: string | null;
}): FigureScope {
  const { view, clause, head, runningTime } = input;
  const ownTime = findScopes(TIME_SCOPE, view, clause.start, clause.end).map((m) => m.text);
  const time = ownTime.length > 0 ? ownTime : runningTime === null ? [] : [runningTime];
  const own = findScopes(PLACE_SCOPE, view, clause.start, clause.end);
  const inherited = findScopes(PLACE_SCOPE, view, head.start, head.end).filter(
    (m) => !COMPARISON.test(view.slice(m.end, m.end + 2)),
  );
  const place = (own.length > 0 ? own : inherited).map((m) => m.text);
  return { time: unique(time), place: unique(place) };
}
