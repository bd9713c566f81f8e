/**
 * What follows a speech in a copy: an annex of its own (附件, 名词解释 — numbered notes the
 * report carries after its closing words) and the web page's tail (editor, share buttons,
 * related links, print and close buttons).
 */
import { codePointLength } from '../text/chars';
import type { Line } from './lines';

/** An annex's heading on a line of its own: 附件1, 附件二, 附录, 名词解释, 注释. */
const ANNEX_HEADING =
  /^(?:附件\s*[0-9０-９一二三四五六七八九十]*|附录\s*[0-9０-９一二三四五六七八九十]*|附表\s*[0-9０-９]*|名词解释|名词注释|注释|注解|附注)\s*[:：]?$/u;

/** A link's title or a button: a short line that is not a sentence. */
const MAX_TAIL_LINE = 60;
const SENTENCE_END = /[。！？!?]$/u;

export const isAnnexHeading = (content: string): boolean => ANNEX_HEADING.test(content);

/**
 * Where the page's tail begins: the last lines that are furniture, website text, copy damage,
 * repeats or short non-sentences, from the first of them that is not a plain short line.
 * `known(i)` says whether line i is already recognised as not speech.
 */
export const tailStart = (
  lines: readonly Line[],
  floor: number,
  known: (i: number) => boolean,
): number => {
  let i = lines.length;
  while (i > floor) {
    const line = lines[i - 1];
    if (!line) break;
    const short =
      codePointLength(line.content) <= MAX_TAIL_LINE && !SENTENCE_END.test(line.content);
    if (!known(i - 1) && !short) break;
    i--;
  }
  while (i < lines.length && !known(i)) i++;
  return i;
};

/** Where an annex begins, between the body's start and the tail, or null. */
export const annexStart = (lines: readonly Line[], from: number, to: number): number | null => {
  for (let i = from + 1; i < to; i++) if (isAnnexHeading(lines[i]?.content ?? '')) return i;
  return null;
};
