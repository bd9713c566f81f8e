/**
 * ASCII punctuation in Chinese lines, shown full-width: a display repair like a lost "?" read back.
 * Each mark becomes one repair (counted and listed with the others; the source keeps the ASCII
 * mark, so the reading text can always be turned back into the exact characters received).
 */
import { SPEECH_ROLES } from './completeness';
import type { RoledLine } from './layout';
import { asciiMarksIn } from './punctuation';
import { span } from './span';
import type { Repair } from './types';

/** The full-width form Chinese typesetting (W3C clreq) uses for each ASCII mark. */
export const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};

/** Lines whose punctuation readers see: the speech, the website's headline and its footer. */
const SHOWN_ROLES: ReadonlySet<RoledLine['role']> = new Set([
  ...SPEECH_ROLES,
  'headline',
  'provenance',
]);

const NOTE = '原文此处为半角标点，阅读文本按中文排版改为全角显示；原文照录。';

/** A string with its ASCII punctuation shown full-width, by the same rules as the repairs. */
export const fullWidthPunctuation = (line: string): string => {
  const at = new Set(asciiMarksIn(line));
  return line.replace(/[,;:()!?]/gu, (c: string, i: number) =>
    at.has(i) ? (FULL_WIDTH[c] ?? c) : c,
  );
};

/**
 * One repair per ASCII mark standing in Chinese text, ids p1, p2 … in order. Marks already taken
 * by other repairs (a "?" read as a lost character) are left to those.
 */
export const punctuationRepairs = (
  text: string,
  lines: readonly RoledLine[],
  taken: readonly Pick<Repair, 'start' | 'end'>[],
): Repair[] =>
  lines
    .filter((line) => SHOWN_ROLES.has(line.role))
    .flatMap((line) => {
      const skip = new Set(
        taken
          .filter((r) => r.start >= line.start && r.start < line.end)
          .map((r) => r.start - line.start),
      );
      return asciiMarksIn(line.content, skip).map((at) => line.start + at);
    })
    .map((at, k) => ({
      id: `p${k + 1}`,
      ...span(text, at, at + 1),
      kind: 'punctuation' as const,
      takenFor: FULL_WIDTH[text[at]!] ?? null,
      repaired: true,
      note: NOTE,
    }));
