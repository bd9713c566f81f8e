/** SVG to PNG with resvg, drawing text only with the given fonts (never the machine's). */
import { Resvg } from '@resvg/resvg-js';
import { fontFiles } from './font-files';
import type { FontSet } from './fonts';
import { standaloneSvg } from './standalone';
import type { Theme } from './vars';

export interface PngOptions {
  /** Width of the PNG in pixels; the height follows the SVG's aspect ratio. */
  width: number;
  fonts: FontSet;
  theme?: Theme;
}

/** The SVG as PNG bytes, colours resolved for the theme and its background drawn. */
export function svgToPng(svg: string, options: PngOptions): Uint8Array {
  const { family } = options.fonts;
  const resvg = new Resvg(standaloneSvg(svg, options.theme ?? 'light'), {
    fitTo: { mode: 'width', value: options.width },
    font: {
      fontFiles: fontFiles(options.fonts),
      loadSystemFonts: false,
      defaultFontFamily: family,
      sansSerifFamily: family,
    },
  });
  const rendered = resvg.render();
  // resvg ignores an options object it cannot read, falling back to system fonts at the SVG's own
  // size: a PNG of another width means our fonts were not the ones used.
  if (rendered.width !== options.width) {
    throw new Error(
      `resvg ignored the render options (PNG is ${rendered.width} px wide, not ${options.width})`,
    );
  }
  const png = rendered.asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
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
