/**
 * CSS custom properties in SVG markup resolved to plain values, for renderers that know no CSS
 * variables (resvg) and for SVG files read outside the site.
 */
import { chartColours } from '../charts/theme';

export type Theme = 'light' | 'dark';

/** `--chart-ink` → its value in the theme, for every chart colour. */
export function themeValues(theme: Theme): Record<string, string> {
  return Object.fromEntries(Object.values(chartColours).map((c) => [c.name, c[theme]]));
}

/** Index of the `)` closing the `(` at `open`, or -1. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Every `var(--name)` or `var(--name, fallback)` replaced by the value `values` gives the name,
 * else by its fallback (itself resolved, so fallbacks may nest). A variable with neither value
 * nor fallback is an error: the markup would draw in a colour nobody chose.
 */
export function resolveVars(markup: string, values: Record<string, string>): string {
  let out = '';
  let from = 0;
  for (let at = markup.indexOf('var(', from); at !== -1; at = markup.indexOf('var(', from)) {
    const end = closing(markup, at + 3);
    if (end === -1) throw new Error(`Unclosed var( at ${at}: ${markup.slice(at, at + 40)}`);
    const inner = markup.slice(at + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma === -1 ? undefined : inner.slice(comma + 1).trim();
    const value =
      values[name] ?? (fallback === undefined ? undefined : resolveVars(fallback, values));
    if (value === undefined) throw new Error(`No value for ${name} and no fallback`);
    out += markup.slice(from, at) + value;
    from = end + 1;
  }
  return out + markup.slice(from);
}
