/**
 * A chart SVG made to stand alone: colours resolved for one theme, the theme's background drawn
 * behind, and a width and height, so that it renders the same in resvg, an image viewer or an
 * editor's drawing program as on the site.
 */
import { chartColours } from '../charts/theme';
import { resolveVars, themeValues, type Theme } from './vars';

export interface SvgBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const ROOT = /<svg\b[^>]*>/;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The root's viewBox, or its width and height when it has none. */
export function svgBox(svg: string): SvgBox {
  const tag = ROOT.exec(svg)?.[0];
  if (!tag) throw new Error('Not an SVG: no <svg> element');
  const viewBox = attr(tag, 'viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (viewBox && viewBox.length === 4 && viewBox.every(Number.isFinite)) {
    const [x = 0, y = 0, width = 0, height = 0] = viewBox;
    return { x, y, width, height };
  }
  const width = Number.parseFloat(attr(tag, 'width') ?? '');
  const height = Number.parseFloat(attr(tag, 'height') ?? '');
  if (!(width > 0 && height > 0))
    throw new Error('SVG has neither a viewBox nor a width and height');
  return { x: 0, y: 0, width, height };
}

/** The chart in one theme, standing alone. */
export function standaloneSvg(svg: string, theme: Theme = 'light'): string {
  const box = svgBox(svg);
  const resolved = resolveVars(svg, themeValues(theme));
  const tag = ROOT.exec(resolved)?.[0] ?? '';
  const sized =
    attr(tag, 'width') === undefined && attr(tag, 'height') === undefined
      ? tag.replace(/^<svg/, `<svg width="${box.width}" height="${box.height}"`)
      : tag;
  const background = `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="${chartColours.bg[theme]}"/>`;
  return resolved.replace(tag, () => sized + background);
}
