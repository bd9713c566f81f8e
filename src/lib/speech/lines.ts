import { isWhitespace } from '../text/chars';

/** A line of the text that holds something other than whitespace. */
export interface Line {
  /** 0-based position among all lines of the text, blank ones included. */
  number: number;
  /** Offset of the first non-whitespace character. */
  start: number;
  /** Offset after the last non-whitespace character. */
  end: number;
  /** `text.slice(start, end)`. */
  content: string;
}

/**
 * The non-blank lines of `text`, trimmed of surrounding whitespace (ideographic spaces too).
 * Lines end at CRLF, LF or a lone CR, so every line-ending style reads the same.
 */
export const contentLines = (text: string): Line[] => {
  const lines: Line[] = [];
  let lineStart = 0;
  let number = 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isWhitespace(text[start])) start++;
    while (end > start && isWhitespace(text[end - 1])) end--;
    if (end > start) lines.push({ number, start, end, content: text.slice(start, end) });
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
    number++;
  }
  return lines;
};
