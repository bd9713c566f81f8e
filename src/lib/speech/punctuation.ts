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
 * ASCII punctuation standing in Chinese text, where typesetting wants full-width marks (，；：（）！？).
 * Not counted: marks inside web addresses, digit group and time separators (1,977 8:30), marks in
 * Latin words, and "?" that stand for lost characters.
 */
export const countAsciiPunctuation = (
  lines: readonly RoledLine[],
  repairs: readonly Repair[],
): PunctuationCount => {
  const lost = new Set(repairs.filter((r) => r.kind === 'lost-character').map((r) => r.start));
  const byMark: Record<string, number> = {};
  let total = 0;
  for (const line of lines) {
    if (!SPEECH_ROLES.has(line.role) || !Array.from(line.content).some((c) => isHan(c))) continue;
    const urls = urlRanges(line.content);
    for (const m of line.content.matchAll(ASCII_PUNCTUATION)) {
      const before = line.content[m.index - 1];
      const after = line.content[m.index + 1];
      const inUrl = urls.some(([s, e]) => m.index >= s && m.index < e);
      const separator =
        (m[0] === ',' || m[0] === ':') && DIGIT.test(before ?? '') && DIGIT.test(after ?? '');
      const latin = isAsciiAlphanumeric(before) && isAsciiAlphanumeric(after);
      if (inUrl || separator || latin || lost.has(line.start + m.index)) continue;
      byMark[m[0]] = (byMark[m[0]] ?? 0) + 1;
      total++;
    }
  }
  return { total, byMark };
};
