/**
 * A body whose line breaks were lost: a whole report on one line of thousands of characters.
 * Such a line is cut back into the paragraphs and headings a reader would see, at the places
 * Chinese official prose marks them: gaps of two or more spaces (the lost indents 　　 and
 * no-break spaces), a heading marker after a sentence end (一、 （一） 一是 —— 第一，各位代表！),
 * a news agency's dateline, a dash date line and the salutation; headings run into their text
 * are cut where the heading's closing noun stands; what is still long is cut into groups of
 * whole sentences. Every piece keeps its exact offsets.
 */
import type { Line } from './lines';

/** A line this long holds more than one paragraph: no speech paragraph runs to 2,000 characters. */
const RUN_ON = 2000;

/** Pieces longer than this are cut into groups of whole sentences of about GROUP characters. */
const LONG_PIECE = 600;
const GROUP = 300;

/** Headings run into their text are at most this long. */
const MAX_RUN_HEADING = 24;

const NUM = '[一二三四五六七八九十]+';
const GAP = /\s{2,}/gu;
const AFTER_SENTENCE = new RegExp(
  `(?<=[。！？!?])(?:${NUM}、|（${NUM}）|${NUM}是|——|第${NUM}[，、,]|各位代表[！!])`,
  'gu',
);
const DATELINE = /\p{Script=Han}{2,10}?\d{1,2}月\d{1,2}日电/gu;
const DASH_DATE = /——(?=\s*[0-9〇○零一二三四五六七八九]{4}\s*年)/gu;
const SALUTATION = /(?:各位代表|同志们|代表们)[：:]/gu;
const PART_START = new RegExp(`^${NUM}、`, 'u');
const SECTION_START = new RegExp(`^（${NUM}）`, 'u');
/** The nouns a work report's part headings close with: 回顾, 部署, 重点工作, 主要任务 … */
const HEADING_CLOSE = /回顾|部署|工作|任务|安排|举措|目标|考虑|成就|成绩|要求|情况/gu;
const CLAUSE_END = /[，。；：！？,;:!?\s]/u;
/** A point run on after a heading: 一、…值得肯定第一,上级放权… */
const POINT_AFTER = new RegExp(`第${NUM}[，、,：:]`, 'u');
const SENTENCE_END = /[。！？!?]/gu;

const cutsOf = (content: string): number[] => {
  const cuts = new Set<number>();
  for (const m of content.matchAll(GAP)) cuts.add(m.index);
  for (const m of content.matchAll(AFTER_SENTENCE)) cuts.add(m.index);
  for (const m of content.matchAll(DATELINE)) {
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  for (const m of content.matchAll(DASH_DATE)) cuts.add(m.index);
  for (const m of content.matchAll(SALUTATION)) {
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  return [...cuts].filter((c) => c > 0 && c < content.length).sort((a, b) => a - b);
};

/** Where a heading run into its text ends, as an offset into `piece`, or null. */
const headingEnd = (piece: string): number | null => {
  if (SECTION_START.test(piece)) {
    const period = piece.indexOf('。');
    return period !== -1 && period < 2 * MAX_RUN_HEADING ? period + 1 : null;
  }
  const marker = PART_START.exec(piece);
  if (!marker) return null;
  const limit = marker[0].length + MAX_RUN_HEADING;
  const point = POINT_AFTER.exec(piece.slice(marker[0].length));
  if (point && point.index > 0 && point.index <= MAX_RUN_HEADING)
    return marker[0].length + point.index;
  const clause = CLAUSE_END.exec(piece.slice(marker[0].length));
  const clauseAt = clause ? marker[0].length + clause.index : null;
  const window = piece.slice(0, Math.min(limit, clauseAt ?? limit));
  const last = Array.from(window.matchAll(HEADING_CLOSE)).at(-1);
  if (last) return last.index + last[0].length;
  return clauseAt !== null && clauseAt <= limit ? clauseAt : null;
};

/** Cuts a long piece after whole sentences, about GROUP characters apart. */
const sentenceGroups = (piece: string): number[] => {
  if (piece.length <= LONG_PIECE) return [];
  const cuts: number[] = [];
  let from = 0;
  for (const m of piece.matchAll(SENTENCE_END)) {
    const after = m.index + 1;
    if (after - from >= GROUP && piece.length - after > 0) {
      cuts.push(after);
      from = after;
    }
  }
  return cuts;
};

const trimmed = (line: Line, start: number, end: number): Line | null => {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(line.content[s] ?? '')) s++;
  while (e > s && /\s/u.test(line.content[e - 1] ?? '')) e--;
  return e > s
    ? {
        number: line.number,
        start: line.start + s,
        end: line.start + e,
        content: line.content.slice(s, e),
      }
    : null;
};

const split = (line: Line, cuts: readonly number[]): Line[] => {
  const bounds = [0, ...cuts, line.content.length];
  return bounds.slice(1).flatMap((end, k) => trimmed(line, bounds[k] ?? 0, end) ?? []);
};

/** Further cuts inside one piece: a heading run into its text, then sentence groups. */
const refine = (piece: Line): Line[] => {
  const end = headingEnd(piece.content);
  const first = end === null ? [piece] : split(piece, [end]);
  return first.flatMap((p) => split(p, sentenceGroups(p.content)));
};

/** The line itself, or the pieces of a run-on line. */
export const splitRunOn = (line: Line): Line[] =>
  line.content.length < RUN_ON ? [line] : split(line, cutsOf(line.content)).flatMap(refine);
