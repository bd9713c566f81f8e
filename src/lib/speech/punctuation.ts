import { isAsciiAlphanumeric, isHan } from '../text/chars';
import { SPEECH_ROLES } from './completeness';
import { urlRanges } from './footer';
import type { RoledLine } from './layout';
import type { Repair } from './types';

const ASCII_PUNCTUATION = /[,;:()!?]/gu;
const DIGIT = /^[0-9]$/;

export interface PunctuationCount {
  total: number;
  /** Count per mark, in order of first appearance. */
  byMark: Record<string, number>;
}

/**
 * Offsets in `line` of ASCII punctuation standing in Chinese text, where typesetting wants
 * full-width marks (，；：（）！？). Only lines holding Chinese count. Left alone: marks inside web
 * addresses, digit group and time separators (1,977 8:30), marks inside Latin words, and the
 * offsets in `skip` (a "?" that stands for a lost character).
 */
export const asciiMarksIn = (line: string, skip: ReadonlySet<number> = new Set()): number[] => {
  if (!Array.from(line).some((c) => isHan(c))) return [];
  const urls = urlRanges(line);
  return Array.from(line.matchAll(ASCII_PUNCTUATION))
    .filter((m) => {
      const before = line[m.index - 1];
      const after = line[m.index + 1];
      const inUrl = urls.some(([s, e]) => m.index >= s && m.index < e);
      const separator =
        (m[0] === ',' || m[0] === ':') && DIGIT.test(before ?? '') && DIGIT.test(after ?? '');
      const latin = isAsciiAlphanumeric(before) && isAsciiAlphanumeric(after);
      return !inUrl && !separator && !latin && !skip.has(m.index);
    })
    .map((m) => m.index);
};

/** ASCII punctuation standing in the speech's own lines (see `asciiMarksIn`), counted by mark. */
export const countAsciiPunctuation = (
  lines: readonly RoledLine[],
  repairs: readonly Repair[],
): PunctuationCount => {
  const lost = new Set(repairs.filter((r) => r.kind === 'lost-character').map((r) => r.start));
  const byMark: Record<string, number> = {};
  let total = 0;
  for (const line of lines) {
    if (!SPEECH_ROLES.has(line.role)) continue;
    const skip = new Set(Array.from(lost, (at) => at - line.start));
    for (const at of asciiMarksIn(line.content, skip)) {
      const mark = line.content[at]!;
      byMark[mark] = (byMark[mark] ?? 0) + 1;
      total++;
    }
  }
  return { total, byMark };
};
