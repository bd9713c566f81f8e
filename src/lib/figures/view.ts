import type { Repair } from '../speech/types';
import { UNSEEN } from '../text/visible';

/** Stands for a lost character the parser says to drop ('?' in 34.67?%): numbers read across it. */
export const GLUE = '\u0000';
/** Stands for any other damaged character: neither glue nor punctuation. */
export const DAMAGE = '\u0001';

/**
 * Words read from the view, as a figure's subject or a relation's cue, without the markers of
 * damaged characters: a marker is no word, and U+0001 in a chart's title is not XML.
 */
export const withoutMarkers = (s: string): string => s.replace(/[\u0000\u0001]/g, '');

/**
 * A same-length copy of the text that the scanners read: full-width digits and signs become
 * ASCII, repaired characters become markers, and characters no reader sees (controls, bidi
 * controls) become the damage marker, so that no number reads across them and no subject
 * holds them, so every offset in the view is an offset in
 * the source and `source.slice(start, end)` still gives the figure as written.
 */
export function makeView(text: string, repairs: readonly Repair[]): string {
  const normal = text
    .replace(/[\uff10-\uff19\uff05\uff0e\uff0b]/g, (ch) => normalizeChar(ch.charCodeAt(0)))
    .replace(UNSEEN, DAMAGE);
  const pieces: string[] = [];
  let at = 0;
  // Punctuation shown full-width is display only: the scanners read the marks as written.
  const damage = repairs.filter((r) => r.kind !== 'punctuation');
  for (const repair of [...damage].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, repair.start);
    const end = Math.min(text.length, repair.end);
    if (end <= start) continue;
    pieces.push(
      normal.slice(at, start),
      (repair.takenFor === '' ? GLUE : DAMAGE).repeat(end - start),
    );
    at = end;
  }
  pieces.push(normal.slice(at));
  return pieces.join('');
}

function normalizeChar(code: number): string {
  // U+FF10..U+FF19 full-width digits; ％ ． ＋ map to their ASCII forms.
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  if (code === 0xff05) return '%';
  if (code === 0xff0e) return '.';
  if (code === 0xff0b) return '+';
  return String.fromCharCode(code);
}
