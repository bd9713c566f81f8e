/**
 * The front matter of a speech: its title, the line of delivery (date, meeting), the speaker
 * with office and the salutation, amid whatever a web page put around them (breadcrumbs,
 * source and time lines, font-size controls, a photo caption, a dateline). When a salutation
 * (各位代表：) stands among the first lines, everything before it is front matter, and what is
 * neither title, delivery, speaker nor furniture is the page's own text (a news lead, a caption)
 * and is reported as clutter too. Without a salutation the front matter ends at the first line
 * that is none of these.
 */
import { codePointLength } from '../text/chars';
import { isSalutation } from './address';
import type { ClutterKind } from './clutter';
import { compact, original } from './compact';
import { readDateLine } from './date';
import { readDelivery } from './delivery';
import type { Line } from './lines';
import { readPartMarker, readPointMarker } from './markers';
import { isOffice, readSpeakerLine } from './speaker';

type FrontRole = 'title' | 'date' | 'speaker' | 'salutation' | 'artifact' | 'clutter';

export interface Front {
  /** Index of the first line after the front matter. */
  end: number;
  roles: Map<number, FrontRole>;
  /** Kinds of the clutter lines found here; 'preface' for the page's own text. */
  kinds: Map<number, ClutterKind | 'preface'>;
  title: [number, number] | null;
  date: { iso: string; at: [number, number] } | null;
  venue: [number, number] | null;
  office: [number, number] | null;
  speaker: [number, number] | null;
  salutation: Line | null;
}

/** The salutation is looked for among this many lines, each at most this long. */
const FRONT_LINES = 40;
const MAX_FRONT_LINE = 200;
const MAX_TITLE = 80;
const SUBTITLE = /^(——|—|──|--)/u;
const SPEECH_WORD = /讲话|致辞|发言|报告|演讲|讲稿|讲课/u;
const ARTIFACT = /^[?？\uFFFD\s]+$/u;

export const isArtifactLine = (content: string): boolean => ARTIFACT.test(content);

const looksLikeTitle = (content: string): boolean =>
  codePointLength(content) <= MAX_TITLE &&
  !content.includes('。') &&
  !/[!！?？;；:：,，]$/u.test(content) &&
  readPartMarker(content) === null &&
  readPointMarker(content) === null;

/**
 * The salutation among the first lines, if only front matter can stand before it: a line of the
 * speech itself (a part heading, or a passage of more than one sentence that is not furniture)
 * means a salutation found later is said in the course of the speech.
 */
const salutationIndex = (
  lines: readonly Line[],
  from: number,
  clutter: ReadonlyMap<number, ClutterKind>,
): number | null => {
  for (let i = from; i < Math.min(lines.length, from + FRONT_LINES); i++) {
    const content = lines[i]?.content ?? '';
    if (isSalutation(content)) return i;
    if (codePointLength(content) > MAX_FRONT_LINE) return null;
    const sentences = (content.match(/[。！？!?]/gu) ?? []).length;
    if (!clutter.has(i) && (sentences > 1 || readPartMarker(content) !== null)) return null;
  }
  return null;
};

const offsets = (line: Line, at: [number, number]): [number, number] => [
  line.start + at[0],
  line.start + at[1],
];

/**
 * Reads the front matter from line `from` on. `masked` is the text the lines were cut from;
 * `clutter` gives the furniture already recognised, by line index.
 */
export const readFront = (
  masked: string,
  lines: readonly Line[],
  from: number,
  clutter: ReadonlyMap<number, ClutterKind>,
): Front => {
  const front: Front = {
    end: from,
    roles: new Map(),
    kinds: new Map(),
    title: null,
    date: null,
    venue: null,
    office: null,
    speaker: null,
    salutation: null,
  };
  const salutation = salutationIndex(lines, from, clutter);
  const limit = salutation ?? lines.length;
  const titles: number[] = [];

  const readDeliveryAt = (i: number): number => {
    const line = lines[i];
    const next = lines[i + 1];
    if (!line) return 0;
    let c = compact(line.content, line.start);
    let found = readDelivery(c.text);
    let used = 1;
    if (found?.open && next && i + 1 < limit && !clutter.has(i + 1)) {
      const joined = compact(masked.slice(line.start, next.end), line.start);
      const both = readDelivery(joined.text);
      if (both && !both.open) [c, found, used] = [joined, both, 2];
    }
    if (!found) {
      const bare = readDateLine(line.content);
      if (!bare) return 0;
      front.date = { iso: bare.iso, at: offsets(line, [bare.start, bare.end]) };
      return 1;
    }
    front.date = { iso: found.date.iso, at: original(c, ...found.date.at) };
    if (found.venue) front.venue = original(c, ...found.venue);
    if (found.title && !front.title) front.title = original(c, ...found.title);
    if (found.rest) {
      const [start, end] = original(c, ...found.rest);
      const rest = masked.slice(start, end);
      const who = readSpeakerLine(rest);
      if (who && !front.speaker) {
        front.speaker = [start + who.start, start + who.end];
        if (who.office) front.office = [start + who.office[0], start + who.office[1]];
      } else if (isOffice(rest.replace(/\s/gu, ''))) {
        front.office = [start, end];
      }
    }
    return used;
  };

  let i = from;
  for (; i < limit; i++) {
    const line = lines[i];
    if (!line) break;
    const { content } = line;
    const kind = clutter.get(i);
    if (kind) {
      front.roles.set(i, 'clutter');
      front.kinds.set(i, kind);
      continue;
    }
    if (isArtifactLine(content)) {
      front.roles.set(i, 'artifact');
      continue;
    }
    const used = front.date ? 0 : readDeliveryAt(i);
    if (used > 0) {
      for (let k = 0; k < used; k++)
        front.roles.set(
          i + k,
          front.title && k === 0 && front.title[0] === line.start ? 'title' : 'date',
        );
      i += used - 1;
      continue;
    }
    const who = front.speaker ? null : readSpeakerLine(content);
    if (who && (who.office || front.date || titles.length > 0)) {
      front.speaker = offsets(line, [who.start, who.end]);
      if (who.office) front.office = offsets(line, who.office);
      front.roles.set(i, 'speaker');
      continue;
    }
    if (salutation === null && isSalutation(content)) {
      front.salutation = line;
      front.roles.set(i, 'salutation');
      i++;
      break;
    }
    const subtitle = titles.length > 0 && titles.at(-1) === i - 1 && SUBTITLE.test(content);
    if (looksLikeTitle(content) && (salutation !== null || titles.length === 0 || subtitle)) {
      titles.push(i);
      continue;
    }
    if (salutation === null) break;
    front.roles.set(i, 'clutter');
    front.kinds.set(i, 'preface');
  }
  if (salutation !== null && lines[salutation]) {
    front.salutation = lines[salutation] ?? null;
    front.roles.set(salutation, 'salutation');
    i = salutation + 1;
  }
  front.end = i;
  chooseTitle(front, lines, titles);
  return front;
};

/** The title: the first title-like line naming a speech (…报告, …讲话), else the first one. */
const chooseTitle = (front: Front, lines: readonly Line[], titles: readonly number[]): void => {
  const named = titles.find((k) => SPEECH_WORD.test(lines[k]?.content ?? ''));
  const chosen = front.title ? null : (named ?? titles[0] ?? null);
  for (const k of titles) {
    const line = lines[k];
    if (!line) continue;
    const isTitle =
      k === chosen || (chosen !== null && k === chosen + 1 && SUBTITLE.test(line.content));
    front.roles.set(k, isTitle ? 'title' : 'clutter');
    if (!isTitle) front.kinds.set(k, 'preface');
    if (k === chosen) front.title = [line.start, line.end];
  }
};
