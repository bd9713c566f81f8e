/**
 * Reading chart SVG back for tests: the text elements with their absolute positions (group
 * translations applied) and estimated boxes, and the rects with their sizes.
 */
import { overlaps, textWidth, type Box } from '../../../src/lib/charts/text';
import { colour } from '../../../src/lib/charts/theme';
import { fontSize } from '../../../src/lib/charts/theme';

export interface TextItem {
  text: string;
  box: Box;
  attrs: Record<string, string>;
}

export interface RectItem {
  x: number;
  y: number;
  width: number;
  height: number;
  attrs: Record<string, string>;
}

function attrsOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) out[m[1] ?? ''] = m[2] ?? '';
  return out;
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Every <text> and <rect>, positioned in root coordinates. */
export function readSvg(svg: string): { texts: TextItem[]; rects: RectItem[]; width: number } {
  const texts: TextItem[] = [];
  const rects: RectItem[] = [];
  const stack: [number, number][] = [[0, 0]];
  const offset = (): [number, number] => stack[stack.length - 1] ?? [0, 0];
  const width = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)?.[1] ?? 0);
  for (const m of svg.matchAll(/<(\/?)(\w+)([^>]*?)(\/?)>(?:([^<]*)<\/text>)?/g)) {
    const [, close, name, rest = '', selfClose] = m;
    if (name === 'g') {
      if (close) stack.pop();
      else {
        const t = /translate\(([-\d.]+),([-\d.]+)\)/.exec(rest);
        const [ox, oy] = offset();
        stack.push([ox + Number(t?.[1] ?? 0), oy + Number(t?.[2] ?? 0)]);
        if (selfClose) stack.pop();
      }
      continue;
    }
    if (close) continue;
    const a = attrsOf(rest);
    const [ox, oy] = offset();
    if (name === 'text') {
      const content = unescape(m[5] ?? '');
      const size = parseFloat(a['font-size'] ?? '1') * fontSize.base;
      const w = textWidth(content, size);
      const x = Number(a.x) + ox;
      const y = Number(a.y) + oy;
      const anchor = a['text-anchor'] ?? 'start';
      const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
      texts.push({
        text: content,
        box: { x0, x1: x0 + w, y0: y - size * 0.9, y1: y + size * 0.2 },
        attrs: a,
      });
    } else if (name === 'rect') {
      rects.push({
        x: Number(a.x) + ox,
        y: Number(a.y) + oy,
        width: Number(a.width),
        height: Number(a.height),
        attrs: a,
      });
    }
  }
  return { texts, rects, width };
}

const HIGHLIGHT = colour('highlight');
const BAD = colour('bad');

/** Whether the chart draws the figure in the highlight colour. */
export function highlights(svg: string, figureId: string): boolean {
  const marks = [...svg.matchAll(/<\w+ [^>]*data-figure="([^"]+)"[^>]*>/g)].filter(
    (m) => m[1] === figureId,
  );
  // A claim in question is drawn in the alarm colour instead (and marked ✕不符 in words).
  return marks.some((m) =>
    [HIGHLIGHT, BAD].some((c) => m[0].includes(`fill="${c}"`) || m[0].includes(`stroke="${c}"`)),
  );
}

/** Pairs of text labels whose estimated boxes intersect, and texts outside the viewBox. */
export function layoutProblems(svg: string): string[] {
  const { texts, width } = readSvg(svg);
  const problems: string[] = [];
  texts.forEach((a, i) => {
    if (a.box.x0 < -0.5 || a.box.x1 > width + 0.5) problems.push(`outside: ${a.text}`);
    texts.slice(i + 1).forEach((b) => {
      if (overlaps(a.box, b.box)) problems.push(`overlap: ${a.text} / ${b.text}`);
    });
  });
  return problems;
}
