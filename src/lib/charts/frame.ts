/** The chart's frame: root <svg> with title, description, headings, the panel, notes and source. */
import { colour, fontFamily, fontSize, type ColourName } from './theme';
import { el, esc, group } from './svg';
import { textBlock } from './text';
import type { Note, Panel } from './panel';

export interface FrameInput {
  id: string;
  form: string;
  width: number;
  title: string;
  subtitle: string;
  source: string;
  description: string;
  panel: Panel;
  notes: Note[];
  /** Links laid over the panel (in its coordinates). With them the drawing is the image (a
   *  role="img" group) and the links stand beside it, since an image may hold no link. */
  links?: string;
}

export const PAD = 12;

/** Notes are set beside a coloured rule so an inconsistency is seen, not only read. */
function noteBlock(note: Note, y: number, width: number): { markup: string; height: number } {
  const fill: ColourName = note.tone === 'bad' ? 'bad' : 'muted';
  const block = textBlock(note.text, 10, y, width - 10, {
    size: fontSize.small,
    fill,
    weight: note.tone === 'bad' ? 600 : undefined,
  });
  const rule = el('rect', { x: 0, y, width: 3, height: block.height, fill: colour(fill) });
  return { markup: rule + block.markup, height: block.height };
}

export function frame(input: FrameInput): string {
  const inner = input.width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const add = (b: { markup: string; height: number }, gap: number): void => {
    parts.push(b.markup);
    y += b.height + (b.height > 0 ? gap : 0);
  };
  add(textBlock(input.title, PAD, y, inner, { size: fontSize.title, weight: 700 }), 2);
  add(textBlock(input.subtitle, PAD, y, inner, { size: fontSize.label, fill: 'muted' }), 10);
  const links = input.links ? group(PAD, y, input.links) : '';
  parts.push(group(PAD, y, input.panel.body));
  y += input.panel.height + 10;
  for (const note of input.notes) {
    const b = noteBlock(note, 0, inner);
    parts.push(group(PAD, y, b.markup));
    y += b.height + 6;
  }
  add(textBlock(input.source, PAD, y, inner, { size: fontSize.small, fill: 'muted' }), 0);
  const height = Math.ceil(y + PAD);
  const image = {
    role: 'img',
    'aria-labelledby': `${input.id}-title ${input.id}-desc`,
  };
  const named =
    el('title', { id: `${input.id}-title` }, esc(input.title)) +
    el('desc', { id: `${input.id}-desc` }, esc(input.description));
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${input.width} ${height}`,
      ...(links ? {} : image),
      class: `chart chart-${input.form}`,
      'font-family': fontFamily,
      'font-size': fontSize.base,
    },
    links ? el('g', image, named + parts.join('')) + links : named + parts.join(''),
  );
}
