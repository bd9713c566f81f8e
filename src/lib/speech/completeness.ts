import { codePointLength } from '../text/chars';
import { findAnnouncements } from './announcements';
import type { LineRole, RoledLine } from './layout';
import { span } from './span';
import type { Structure } from './structure';
import type { Completeness, Span } from './types';

/** Roles whose characters are the speech's own (what a stated 全文N字 counts). */
export const SPEECH_ROLES: ReadonlySet<LineRole> = new Set([
  'title',
  'date',
  'speaker',
  'salutation',
  'heading',
  'paragraph',
]);

/** Below this share of the stated length, the text is taken for a fragment. */
export const SHORTFALL_RATIO = 0.9;

const CLOSED = /[。!！?？…”’」』)）]$/u;
const SENTENCE_END = /[。!！?？;；]/gu;

/** The unfinished last sentence, if the body's last paragraph stops mid-sentence. */
export const findTruncation = (text: string, lines: readonly RoledLine[]): Span | null => {
  const last = lines.filter((l) => l.role === 'heading' || l.role === 'paragraph').at(-1);
  if (last?.role !== 'paragraph' || CLOSED.test(last.content)) return null;
  const ends = Array.from(last.content.matchAll(SENTENCE_END));
  const from = ends.length > 0 ? (ends.at(-1)?.index ?? -1) + 1 : 0;
  return span(text, last.start + from, last.end);
};

/** Characters of speech, whitespace excluded, counted as a reader counts 字 (code points). */
export const measureSpeech = (lines: readonly RoledLine[]): number =>
  lines
    .filter((l) => SPEECH_ROLES.has(l.role))
    .reduce((n, l) => n + codePointLength(l.content.replace(/\s/gu, '')), 0);

export const assessCompleteness = (
  text: string,
  lines: readonly RoledLine[],
  structure: Structure,
  statedLength: number | null,
): Completeness => {
  const measuredLength = measureSpeech(lines);
  const truncatedAt = findTruncation(text, lines);
  const announced = findAnnouncements(text, lines, structure, truncatedAt);
  const ratio = statedLength ? measuredLength / statedLength : null;
  const isFragment =
    (ratio !== null && ratio < SHORTFALL_RATIO) ||
    truncatedAt !== null ||
    announced.some((a) => a.present < a.expected || a.lastIncomplete);
  return { statedLength, measuredLength, ratio, announced, truncatedAt, isFragment };
};
