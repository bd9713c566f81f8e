import { codePointLength } from '../text/chars';
import { isSalutation } from './address';
import { isClutter } from './clutter';
import { type FoundDate, readDateLine } from './date';
import { isProvenance } from './footer';
import { type Headline, readHeadline } from './headline';
import { contentLines, type Line } from './lines';
import { readPartMarker, readPointMarker } from './markers';
import { readSpeakerLine } from './speaker';
import type { SegmentRole } from './types';

export type LineRole = Exclude<SegmentRole, 'whitespace'>;

export interface RoledLine extends Line {
  role: LineRole;
}

/** Every non-blank line with its role, and the front-matter lines picked out. */
export interface Layout {
  lines: RoledLine[];
  headline: Headline | null;
  title: Line | null;
  date: { line: Line; found: FoundDate } | null;
  speaker: { line: Line; start: number; end: number } | null;
  salutation: Line | null;
}

const ARTIFACT = /^[?？\uFFFD\s]+$/u;
const SUBTITLE = /^(——|—|──|--)/u;
const MAX_TITLE = 80;

export const isArtifactLine = (content: string): boolean => ARTIFACT.test(content);

const looksLikeTitle = (content: string): boolean =>
  codePointLength(content) <= MAX_TITLE &&
  !content.includes('。') &&
  !/[!！?？;；:：,，]$/u.test(content) &&
  readPartMarker(content) === null &&
  readPointMarker(content) === null;

/** Lines at the end that belong to the website, read from the last line back. */
const footerStart = (lines: readonly Line[], floor: number): number => {
  let i = lines.length;
  while (i > floor) {
    const content = lines[i - 1]?.content ?? '';
    if (!isProvenance(content) && !isClutter(content) && !isArtifactLine(content)) break;
    i--;
  }
  return i;
};

const otherRole = (content: string): LineRole | null =>
  isArtifactLine(content) ? 'artifact' : isClutter(content) ? 'clutter' : null;

/**
 * Assigns a role to each non-blank line: the website's headline, the front matter (title, date,
 * speaker, salutation, in any order, until the salutation or the first line of body), the body
 * (part headings and paragraphs), and the website's footer; artifacts and clutter anywhere.
 */
export const layOut = (text: string): Layout => {
  const lines = contentLines(text);
  const headline = readHeadline(text, lines);
  const roled: RoledLine[] = [];
  const layout: Layout = {
    lines: roled,
    headline,
    title: null,
    date: null,
    speaker: null,
    salutation: null,
  };
  if (headline) roled.push({ ...headline.line, role: 'headline' });
  let i = roled.length;
  const end = footerStart(lines, i);

  for (; i < end; i++) {
    const line = lines[i];
    if (!line) break;
    const { content } = line;
    const other = otherRole(content);
    const found = layout.date ? null : readDateLine(content);
    const name = layout.speaker ? null : readSpeakerLine(content);
    if (other) {
      roled.push({ ...line, role: other });
    } else if (found) {
      layout.date = { line, found };
      roled.push({ ...line, role: 'date' });
    } else if (name) {
      layout.speaker = { line, ...name };
      roled.push({ ...line, role: 'speaker' });
    } else if (isSalutation(content)) {
      layout.salutation = line;
      roled.push({ ...line, role: 'salutation' });
      i++;
      break;
    } else if (!layout.title && looksLikeTitle(content)) {
      layout.title = line;
      roled.push({ ...line, role: 'title' });
    } else if (layout.title && SUBTITLE.test(content) && looksLikeTitle(content)) {
      roled.push({ ...line, role: 'title' });
    } else {
      break;
    }
  }

  let lastPart = 0;
  for (; i < end; i++) {
    const line = lines[i];
    if (!line) break;
    const part = readPartMarker(line.content);
    const other = otherRole(line.content);
    if (other) {
      roled.push({ ...line, role: other });
    } else if (part && part.ordinal > lastPart) {
      lastPart = part.ordinal;
      roled.push({ ...line, role: 'heading' });
    } else {
      roled.push({ ...line, role: 'paragraph' });
    }
  }

  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line) roled.push({ ...line, role: otherRole(line.content) ?? 'provenance' });
  }
  return layout;
};
