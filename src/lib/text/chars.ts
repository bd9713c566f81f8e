/** Character classes shared by the speech parser and anything else that reads Chinese text. */

const HAN = /^\p{Script=Han}$/u;
const WHITESPACE = /^\s$/u;
const ASCII_DIGIT = /^[0-9]$/;
const FULL_WIDTH_DIGIT = /^[０-９]$/;
const ASCII_LETTER = /^[A-Za-z]$/;

/** One Han character (汉字), including 〇. */
export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);

/** Any Unicode whitespace, including the ideographic space U+3000 and the BOM U+FEFF. */
export const isWhitespace = (ch: string | undefined): boolean =>
  ch !== undefined && WHITESPACE.test(ch);

/** An ASCII or full-width decimal digit. */
export const isDigit = (ch: string | undefined): boolean =>
  ch !== undefined && (ASCII_DIGIT.test(ch) || FULL_WIDTH_DIGIT.test(ch));

export const isAsciiLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ASCII_LETTER.test(ch);

export const isAsciiAlphanumeric = (ch: string | undefined): boolean =>
  isAsciiLetter(ch) || (ch !== undefined && ASCII_DIGIT.test(ch));

/** Length in characters (code points), as a Chinese reader counts 字, not UTF-16 units. */
export const codePointLength = (s: string): number => Array.from(s).length;
