/**
 * Text measured without a DOM: widths estimated from the characters (CJK full width, digits and
 * Latin narrower), used to wrap lines and to keep labels from overlapping.
 */
import { fullWidthPunctuation } from '../speech/punctuation-repairs';
import { textEl, type TextStyle } from './svg';
import { textEm, wrapText } from '../text/wrap';

/** Estimated width of a string at `size` px: the same estimate share images wrap by. */
export const textWidth = (s: string, size: number): number => textEm(s) * size;

/** Height of a line box and where its baseline sits, as fractions of the font size. */
export const LINE = { height: 1.35, ascent: 0.9, descent: 0.25 } as const;

/** Break text into lines no wider than maxWidth, following Chinese line-breaking rules. */
export const wrap = (s: string, maxWidth: number, size: number): string[] =>
  wrapText(s, maxWidth / size);

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Where a label of `width` can stand at x within [min, max]: centred when it fits, else pushed in. */
export function fitSpan(
  x: number,
  width: number,
  min: number,
  max: number,
): { x: number; anchor: 'start' | 'middle' | 'end'; x0: number; x1: number } {
  if (x - width / 2 < min) return { x: min, anchor: 'start', x0: min, x1: min + width };
  if (x + width / 2 > max) return { x: max, anchor: 'end', x0: max - width, x1: max };
  return { x, anchor: 'middle', x0: x - width / 2, x1: x + width / 2 };
}

/** For spans in order, the first row where each clears every earlier span in that row by `gap`. */
export function dodgeRows(spans: { x0: number; x1: number }[], gap = 6): number[] {
  const rows: { x0: number; x1: number }[][] = [];
  return spans.map((s) => {
    let r = rows.findIndex((row) => row.every((o) => s.x1 + gap <= o.x0 || o.x1 + gap <= s.x0));
    if (r === -1) r = rows.push([]) - 1;
    rows[r]?.push(s);
    return r;
  });
}

export interface Label {
  /** Where the label points (its centre when it fits). */
  x: number;
  lines: { text: string; style: TextStyle }[];
}

/** Labels set in rows from y downward, centred on their x where room allows, dodging one another.
 *  Returns the markup and the height used. */
export function placeLabels(
  labels: Label[],
  y: number,
  min: number,
  max: number,
): { markup: string; height: number } {
  const sized = labels.map((l) => {
    const width = Math.max(...l.lines.map((t) => textWidth(t.text, t.style.size)));
    const height = l.lines.reduce((h, t) => h + t.style.size * LINE.height, 0);
    return { label: l, height, span: fitSpan(l.x, width, min, max) };
  });
  const rows = dodgeRows(sized.map((s) => s.span));
  const rowHeight = Math.max(0, ...sized.map((s) => s.height)) + 4;
  const markup = sized
    .map((s, i) => {
      let ly = y + (rows[i] ?? 0) * rowHeight;
      return s.label.lines
        .map((t) => {
          ly += t.style.size * LINE.ascent;
          const out = textEl(s.span.x, ly, t.text, { ...t.style, anchor: s.span.anchor });
          ly += t.style.size * (LINE.height - LINE.ascent);
          return out;
        })
        .join('');
    })
    .join('');
  const used = labels.length === 0 ? 0 : (Math.max(...rows) + 1) * rowHeight;
  return { markup, height: used };
}

/** Lines of wrapped text from y downward; returns the markup and the height used. */
export function textBlock(
  s: string,
  x: number,
  y: number,
  maxWidth: number,
  style: TextStyle,
): { markup: string; height: number } {
  const lines = s === '' ? [] : wrap(fullWidthPunctuation(s), maxWidth, style.size);
  const step = style.size * LINE.height;
  const markup = lines
    .map((line, i) => textEl(x, y + i * step + style.size * LINE.ascent, line, style))
    .join('');
  return { markup, height: lines.length * step };
}
