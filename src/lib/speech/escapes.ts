/**
 * Escape sequences written out as text when a page was copied: `<U+00A0>` for a no-break space,
 * `&nbsp;`, `&#160;`, `&#x200D;`. They are copy damage, not speech: the reading text shows the
 * character they name (or nothing, for invisible ones); the source keeps them as written.
 */

const ESCAPE = /<U\+([0-9A-Fa-f]{4,6})>|&nbsp;|&#(\d{1,7});|&#[xX]([0-9A-Fa-f]{1,6});/gu;

/** Characters that show as nothing: zero-width space, joiners, marks, word joiner, BOM. */
const INVISIBLE = /^[\u200B-\u200F\u2060\uFEFF\u00AD]$/u;

export interface Escape {
  start: number;
  end: number;
  /** What the reading text shows instead: a space for any space, '' for an invisible mark. */
  takenFor: string;
}

const named = (m: RegExpMatchArray): number => {
  if (m[1] !== undefined) return parseInt(m[1], 16);
  if (m[2] !== undefined) return Number(m[2]);
  if (m[3] !== undefined) return parseInt(m[3], 16);
  return 0xa0;
};

const reading = (codePoint: number): string => {
  if (codePoint > 0x10ffff) return '';
  const ch = String.fromCodePoint(codePoint);
  if (INVISIBLE.test(ch)) return '';
  return /^\s$/u.test(ch) ? ' ' : ch;
};

/** Every escape sequence in the text, in order. */
export const findEscapes = (text: string): Escape[] =>
  Array.from(text.matchAll(ESCAPE), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    takenFor: reading(named(m)),
  }));

/**
 * The text with each escape sequence blanked to spaces of the same length, so that every offset
 * stays valid and the parser reads an escape where it stands as the space it was.
 */
export const maskEscapes = (text: string, escapes: readonly Escape[]): string => {
  if (escapes.length === 0) return text;
  let out = '';
  let at = 0;
  for (const e of escapes) {
    out += text.slice(at, e.start) + ' '.repeat(e.end - e.start);
    at = e.end;
  }
  return out + text.slice(at);
};
