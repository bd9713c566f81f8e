/**
 * What follows a speech in a copy: attachments and a glossary of its own (附件, 名词解释 —
 * numbered notes the report carries after its closing words) and the web page's tail (editor,
 * share buttons, related links, print and close buttons).
 */
import { codePointLength } from '../text/chars';
import type { Line } from './lines';

/** A glossary's heading on a line of its own: 名词解释, 注释 — notes on terms, not claims. */
const GLOSSARY_HEADING = /^(?:名词解释|名词注释|注释|注解|附注)\s*[:：]?$/u;
/** An attachment's heading on a line of its own: 附件1, 附件二, 附录, 附表2. */
const ATTACHMENT_HEADING = /^(?:附件|附录|附表)\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?$/u;
const MAX_ATTACHMENT_TITLE = 40;

/** An attachment's or a glossary's heading line. */
export const isAnnexHeading = (content: string): boolean =>
  GLOSSARY_HEADING.test(content) || ATTACHMENT_HEADING.test(content);

/** A link's title or a button: a short line that is not a sentence. */
const MAX_TAIL_LINE = 60;
const SENTENCE_END = /[。！？!?]$/u;

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

/**
 * Where the glossary begins (its heading, or the attachment heading right above it), between the
 * body's start and the tail, or null. What follows it is notes on terms: kept, not read as speech.
 */
export const annexStart = (lines: readonly Line[], from: number, to: number): number | null => {
  for (let i = from + 1; i < to; i++) {
    const content = lines[i]?.content ?? '';
    if (GLOSSARY_HEADING.test(content)) return i;
    if (ATTACHMENT_HEADING.test(content) && GLOSSARY_HEADING.test(lines[i + 1]?.content ?? '')) {
      return i;
    }
  }
  return null;
};

/**
 * The heading lines of attachments the report carries before any glossary (附件1 and its title
 * line 2026年省十件民生实事): kept apart as annex headings, while the attachment's own text (the
 * year's pledged projects, with their figures) is read like the body.
 */
export const attachmentHeadings = (
  lines: readonly Line[],
  from: number,
  to: number,
): Set<number> => {
  const found = new Set<number>();
  for (let i = from + 1; i < to; i++) {
    if (!ATTACHMENT_HEADING.test(lines[i]?.content ?? '')) continue;
    found.add(i);
    const title = lines[i + 1]?.content ?? '';
    if (
      i + 1 < to &&
      codePointLength(title) <= MAX_ATTACHMENT_TITLE &&
      !/[。！？；：:]/u.test(title)
    ) {
      found.add(i + 1);
    }
  }
  return found;
};
