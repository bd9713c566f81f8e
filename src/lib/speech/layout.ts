import { type ClutterKind, markFurniture } from './clutter';
import { type Escape, findEscapes, maskEscapes } from './escapes';
import { isProvenance } from './footer';
import { type Front, isArtifactLine, readFront } from './front';
import { type Headline, readHeadline } from './headline';
import { contentLines, type Line } from './lines';
import { readNumberMarker, readPartMarker, readPointMarker, readSectionMarker } from './markers';
import { findRepeats, type RepeatRun } from './repeats';
import { splitRunOn } from './runon';
import { annexStart, attachmentHeadings, isAnnexHeading, tailStart } from './tail';
import type { SegmentRole } from './types';

export type LineRole = Exclude<SegmentRole, 'whitespace'>;

export interface RoledLine extends Line {
  role: LineRole;
  /** For clutter: what kind of furniture; 'preface' for a web page's own text before a speech. */
  kind?: ClutterKind | 'preface';
}

/** Every non-blank line with its role, and the front matter and what surrounds the speech. */
export interface Layout {
  /** The text with escape sequences blanked, offsets unchanged: what every rule reads. */
  masked: string;
  escapes: Escape[];
  lines: RoledLine[];
  headline: Headline | null;
  front: Front;
  repeats: RepeatRun[];
  /** The glossary's heading line, if the copy carries one (名词解释, or 附件2 above it). */
  annex: Line | null;
}

const CLOSED = /[。！？!?；;：:…”’」』)）】》]$/u;

/** A heading line (一、, （一）, 附件1, 名词解释) never runs on into the next, punctuated or not. */
const isHeading = (content: string): boolean =>
  readPartMarker(content) !== null ||
  readSectionMarker(content) !== null ||
  isAnnexHeading(content);

/** A line that opens something: a heading, a point or a numbered paragraph. */
const opensBlock = (content: string): boolean =>
  isHeading(content) || readPointMarker(content) !== null || readNumberMarker(content) !== null;

/**
 * Body lines broken in the middle of a sentence (a subscript or bold word set on its own line:
 * …（PM / 2.5 / 年平均浓度…, （ / 三）…) read as one paragraph with the lines that finish it.
 */
const joinBroken = (masked: string, lines: readonly Line[]): Line[] => {
  const runs: Array<{ first: Line; last: Line }> = [];
  for (const line of lines) {
    const run = runs.at(-1);
    // A marker is read on the run's first few characters: "（" and "三）…" open a section together.
    const head = run
      ? masked.slice(run.first.start, Math.min(run.last.end, run.first.start + 16))
      : '';
    const open = run && !CLOSED.test(run.last.content) && !isHeading(head);
    if (run && open && !opensBlock(line.content)) run.last = line;
    else runs.push({ first: line, last: line });
  }
  return runs.map(({ first, last }) =>
    first === last
      ? first
      : { ...first, end: last.end, content: masked.slice(first.start, last.end) },
  );
};

const bodyRole = (content: string, lastPart: { n: number }): LineRole => {
  const part = readPartMarker(content);
  if (part && part.ordinal > lastPart.n) {
    lastPart.n = part.ordinal;
    return 'heading';
  }
  const section = readSectionMarker(content);
  return section?.headingOnly ? 'heading' : 'paragraph';
};

/**
 * Assigns a role to each non-blank line: the website's headline; the front matter (title,
 * delivery, speaker, salutation, amid page furniture); the body (headings and paragraphs, lines
 * broken mid-sentence joined); an annex the report carries; repeats of what came before; and
 * the website's tail. A run-on line holding a whole body is first cut into its paragraphs.
 */
export const layOut = (text: string): Layout => {
  const escapes = findEscapes(text);
  const masked = maskEscapes(text, escapes);
  const lines = contentLines(masked).flatMap(splitRunOn);
  const marks = markFurniture(lines);
  const headline = readHeadline(text, lines);
  const from = headline ? 1 : 0;
  const front = readFront(masked, lines, from, marks);
  const repeats = findRepeats(
    lines,
    (i) => i < front.end || (marks.has(i) && marks.get(i) !== 'links'),
  );
  const repeated = new Set(repeats.flatMap((r) => range(r.from, r.to)));
  const known = (i: number): boolean =>
    repeated.has(i) ||
    marks.has(i) ||
    isProvenance(lines[i]?.content ?? '') ||
    isArtifactLine(lines[i]?.content ?? '');
  const tail = tailStart(lines, front.end, known);
  const annexAt = annexStart(lines, front.end, tail);
  const bodyEnd = annexAt ?? tail;
  const attachments = attachmentHeadings(lines, front.end, bodyEnd);

  const roled: RoledLine[] = [];
  if (headline) roled.push({ ...headline.line, role: 'headline' });
  for (let i = from; i < front.end; i++) {
    const line = lines[i];
    const role = front.roles.get(i);
    if (line && role) roled.push({ ...line, role, ...kindOf(front.kinds.get(i)) });
  }

  const other = (i: number): RoledLine | null => {
    const line = lines[i];
    if (!line) return null;
    if (repeated.has(i)) return { ...line, role: 'repeat' };
    if (attachments.has(i)) return { ...line, role: 'annex' };
    const kind = marks.get(i);
    if (kind) return { ...line, role: 'clutter', kind };
    return isArtifactLine(line.content) ? { ...line, role: 'artifact' } : null;
  };

  const lastPart = { n: 0 };
  let pending: Line[] = [];
  const flush = (role?: LineRole): void => {
    for (const block of joinBroken(masked, pending)) {
      roled.push({ ...block, role: role ?? bodyRole(block.content, lastPart) });
    }
    pending = [];
  };
  for (let i = front.end; i < bodyEnd; i++) {
    const found = other(i);
    if (found) {
      flush();
      roled.push(found);
      // An attachment's 一、二、 number its items; the speech's parts are over.
      if (attachments.has(i)) lastPart.n = Infinity;
    } else if (lines[i]) {
      pending.push(lines[i]!);
    }
  }
  flush();

  for (let i = bodyEnd; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const found = other(i);
    if (!found && i < tail) {
      pending.push(line);
      continue;
    }
    flush('annex');
    if (found) roled.push(found);
    else if (isProvenance(line.content)) roled.push({ ...line, role: 'provenance' });
    else roled.push({ ...line, role: 'clutter', kind: 'links' });
  }
  flush('annex');
  return {
    masked,
    escapes,
    lines: roled,
    headline,
    front,
    repeats,
    annex: annexAt === null ? null : (lines[annexAt] ?? null),
  };
};

const kindOf = (kind: ClutterKind | 'preface' | undefined): { kind?: ClutterKind | 'preface' } =>
  kind ? { kind } : {};

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from }, (_, k) => from + k);
