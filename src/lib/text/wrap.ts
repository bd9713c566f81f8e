/**
 * Line breaking for Chinese text without a layout engine. Widths are estimated per character in
 * em, as upper bounds of Noto Sans SC's advances (bold included), so that a line estimated to fit
 * does fit. Chinese may break between any two characters, except where typesetting forbids it
 * (禁则): no line starts with closing punctuation, none ends with opening punctuation. Runs of
 * digits and Latin letters stay whole unless a run alone is wider than a line.
 */

/** Estimated advance of one character, in em. */
export function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x80) return 1; // CJK, full-width forms, and the curly quotes and · of this font
  if (ch === ' ') return 0.23;
  if (/[.,:;'!|]/.test(ch)) return 0.33;
  if (/[()[\]{}\-]/.test(ch)) return 0.38;
  if (/[%@mwMW]/.test(ch)) return 0.97;
  if (/[A-Z]/.test(ch)) return 0.75;
  if (/[a-z]/.test(ch)) return 0.65;
  return 0.6;
}

/** Estimated width of a string, in em. */
export function textEm(s: string): number {
  let w = 0;
  for (const ch of s) w += charEm(ch);
  return w;
}

/** May not begin a line. */
const NO_START = new Set([...'，。、；：？！）》」』】〕〉”’%‰·…—,.;:!?)]}']);
/** May not end a line. */
const NO_END = new Set([...'（《「『【〔〈“‘([{']);

/** Runs kept on one line; every other character stands alone. */
const TOKENS = /[0-9A-Za-z.,%+\-]+|\s|[\s\S]/gu;

function splitLongToken(token: string, maxEm: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const ch of token) {
    if (part !== '' && textEm(part + ch) > maxEm) {
      parts.push(part);
      part = '';
    }
    part += ch;
  }
  if (part !== '') parts.push(part);
  return parts;
}

/** Where to break a full line before `next`: earlier than its end when 禁则 asks and the
 *  characters moved down still fit beside `next`. */
function breakAt(line: string[], next: string, maxEm: number): number {
  let k = line.length;
  if (NO_START.has(next[0] ?? '')) k -= 1;
  while (k > 1 && NO_END.has(line[k - 1] ?? '')) k -= 1;
  const fits = k > 0 && textEm(line.slice(k).join('') + next) <= maxEm;
  return fits ? k : line.length;
}

function wrapParagraph(text: string, maxEm: number): string[] {
  const tokens = (text.match(TOKENS) ?? []).flatMap((t) =>
    textEm(t) > maxEm ? splitLongToken(t, maxEm) : [t],
  );
  const lines: string[] = [];
  let line: string[] = [];
  for (const token of tokens) {
    const space = /^\s$/.test(token);
    if (!space && line.length > 0 && textEm(line.join('') + token) > maxEm) {
      const k = breakAt(line, token, maxEm);
      lines.push(line.slice(0, k).join('').trimEnd());
      line = line.slice(k);
      while (/^\s$/.test(line[0] ?? '')) line.shift();
    }
    // A space that would open a line is the break itself.
    if (!(space && line.length === 0)) line.push(token);
  }
  const last = line.join('').trimEnd();
  if (last !== '') lines.push(last);
  return lines;
}

/**
 * Lines of at most `maxEm` estimated width (a single character wider than that stands alone).
 * Every character is kept except spaces where a line breaks; `\n` forces a break.
 */
export function wrapText(text: string, maxEm: number): string[] {
  return text.split('\n').flatMap((p) => wrapParagraph(p, maxEm));
}

/**
 * The largest of `sizes` (px, largest first) at which `text` wraps into at most `maxLines` lines
 * (a number, or one per size) of `width` px; at the smallest size, lines past the last are cut
 * and the last ends with "…".
 */
export function fitText(
  text: string,
  width: number,
  sizes: readonly number[],
  maxLines: number | ((size: number) => number),
): { size: number; lines: string[] } {
  const limit = (size: number): number =>
    Math.max(1, typeof maxLines === 'number' ? maxLines : maxLines(size));
  for (const size of sizes) {
    const lines = wrapText(text, width / size);
    if (lines.length <= limit(size)) return { size, lines };
  }
  const size = sizes.at(-1) ?? 16;
  const lines = wrapText(text, width / size);
  const kept = lines.slice(0, limit(size));
  let last = kept.pop() ?? '';
  while (last !== '' && textEm(last + '…') > width / size) last = [...last].slice(0, -1).join('');
  return { size, lines: [...kept, last + '…'] };
}
