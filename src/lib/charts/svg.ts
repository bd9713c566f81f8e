/** Building SVG markup as strings: deterministic attribute order, numbers to 2 decimals, escaping. */
import { fullWidthPunctuation } from '../speech/punctuation-repairs';
import { visible } from '../text/visible';
import { colour, em, type ColourName } from './theme';

export type Attrs = Record<string, string | number | undefined>;

/** A coordinate as written: at most 2 decimals, no -0. */
export function num(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Text as SVG character data or attribute value: escaped, and only what a reader may see. */
export function esc(s: string): string {
  return visible(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** An element; `children` is markup (already escaped). Undefined attributes are left out. */
export function el(name: string, attrs: Attrs, children?: string): string {
  const a = Object.entries(attrs)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : esc(v)}"`)
    .join('');
  return children === undefined ? `<${name}${a}/>` : `<${name}${a}>${children}</${name}>`;
}

export interface TextStyle {
  size: number;
  fill?: ColourName;
  anchor?: 'start' | 'middle' | 'end';
  weight?: number;
  /** Id of the figure the text stands for, when the text is its only mark. */
  figure?: string;
}

/** A line of text with its baseline at y. Words from the source (县(区)) are set full-width. */
export function textEl(x: number, y: number, content: string, style: TextStyle): string {
  return el(
    'text',
    {
      x,
      y,
      'font-size': em(style.size),
      'font-weight': style.weight,
      'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
      fill: colour(style.fill ?? 'ink'),
      'data-figure': style.figure,
    },
    esc(fullWidthPunctuation(content)),
  );
}

export const group = (x: number, y: number, children: string): string =>
  el('g', { transform: `translate(${num(x)},${num(y)})` }, children);
