/** SVG to PNG with resvg, drawing text only with the given fonts (never the machine's). */
import { Resvg, renderAsync, type RenderedImage, type ResvgRenderOptions } from '@resvg/resvg-js';
import { fontFiles } from './font-files';
import type { FontSet } from './fonts';
import { indexedPng, indexedPngAsync } from './palette';
import { standaloneSvg } from './standalone';
import type { Theme } from './vars';

export interface PngOptions {
  /** Width of the PNG in pixels; the height follows the SVG's aspect ratio. */
  width: number;
  fonts: FontSet;
  theme?: Theme;
}

function resvgOptions(width: number, fonts: FontSet): ResvgRenderOptions {
  return {
    fitTo: { mode: 'width', value: width },
    font: {
      fontFiles: fontFiles(fonts),
      loadSystemFonts: false,
      defaultFontFamily: fonts.family,
      sansSerifFamily: fonts.family,
    },
  };
}

/**
 * resvg ignores an options object it cannot read, falling back to system fonts at the SVG's own
 * size: a PNG of another width means our fonts were not the ones used.
 */
function checkedWidth(rendered: RenderedImage, width: number): RenderedImage {
  if (rendered.width !== width) {
    throw new Error(
      `resvg ignored the render options (PNG is ${rendered.width} px wide, not ${width})`,
    );
  }
  return rendered;
}

/** resvg's own (truecolour) PNG, for pixels a palette cannot hold; else a palette image. */
function truecolour(rendered: RenderedImage): Uint8Array {
  const png = rendered.asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** The SVG as PNG bytes, colours resolved for the theme and its background drawn. */
export function svgToPng(svg: string, options: PngOptions): Uint8Array {
  const standalone = standaloneSvg(svg, options.theme ?? 'light');
  const resvg = new Resvg(standalone, resvgOptions(options.width, options.fonts));
  const rendered = checkedWidth(resvg.render(), options.width);
  return indexedPng(rendered.width, rendered.height, rendered.pixels) ?? truecolour(rendered);
}

/**
 * A standalone SVG (see standaloneSvg) as PNG bytes, drawn on libuv's thread pool so that
 * several renders use several cores; the same bytes svgToPng gives.
 */
export async function renderPng(
  standalone: string,
  width: number,
  fonts: FontSet,
): Promise<Uint8Array> {
  const rendered = checkedWidth(await renderAsync(standalone, resvgOptions(width, fonts)), width);
  return (
    (await indexedPngAsync(rendered.width, rendered.height, rendered.pixels)) ??
    truecolour(rendered)
  );
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const isPng =
    png.byteLength >= 24 &&
    signature.every((b, i) => png[i] === b) &&
    String.fromCharCode(...png.subarray(12, 16)) === 'IHDR';
  if (!isPng) throw new Error('Not a PNG: bad signature or no IHDR chunk first');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
