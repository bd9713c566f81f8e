import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFonts, shareSvg, standaloneSvg, svgToPng } from '../../../src/lib/raster';
import { fontFiles } from '../../../src/lib/raster/font-files';
import { indexedPng, indexedPngAsync, paletteOf } from '../../../src/lib/raster/palette';
import { decodePng } from './png-pixels';

const card = shareSvg({
  kind: 'figure',
  value: '22.66万户',
  subject: '新增市场主体',
  scope: '五年来',
  text: '五年来全市新增市场主体22.66万户,平均每天新增193户。',
  mark: { start: 12, end: 19 },
  speech: { speaker: '张集智', date: '2018年8月27日', title: '在全市电视电话会议上的讲话' },
});
const fonts = loadFonts(card);

/** resvg's own truecolour rendering of the card, as the site wrote it before palettes. */
function truecolour(svg: string): Uint8Array {
  const resvg = new Resvg(standaloneSvg(svg), {
    fitTo: { mode: 'width', value: 1200 },
    font: { fontFiles: fontFiles(fonts), loadSystemFonts: false, defaultFontFamily: fonts.family },
  });
  return resvg.render().asPng();
}

describe('palette PNGs', () => {
  it('a share card is written as a palette PNG with exactly the pixels resvg drew, smaller', () => {
    const png = svgToPng(card, { width: 1200, fonts });
    expect(png[25]).toBe(3); // IHDR colour type: indexed
    const before = truecolour(card);
    const a = decodePng(png);
    const b = decodePng(before);
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    expect(Buffer.compare(Buffer.from(a.data), Buffer.from(b.data))).toBe(0);
    expect(png.byteLength).toBeLessThan(before.byteLength);
  }, 30_000);

  it('round-trips any opaque image of up to 256 colours, and declines 257', () => {
    const image = fc
      .record({ width: fc.integer({ min: 1, max: 12 }), height: fc.integer({ min: 1, max: 12 }) })
      .chain(({ width, height }) =>
        fc.record({
          width: fc.constant(width),
          height: fc.constant(height),
          colours: fc.array(fc.integer({ min: 0, max: 0xffffff }), {
            minLength: width * height,
            maxLength: width * height,
          }),
        }),
      );
    fc.assert(
      fc.property(image, ({ width, height, colours }) => {
        const rgba = new Uint8Array(width * height * 4);
        colours.forEach((c, i) => rgba.set([c >> 16, (c >> 8) & 0xff, c & 0xff, 255], i * 4));
        const png = indexedPng(width, height, rgba);
        if (new Set(colours).size > 256) expect(png).toBeNull();
        else expect(decodePng(png!).data).toEqual(rgba);
      }),
    );
    const many = new Uint8Array(257 * 4);
    for (let i = 0; i < 257; i++) many.set([i & 0xff, i >> 8, 0, 255], i * 4);
    expect(indexedPng(257, 1, many)).toBeNull();
  }, 30_000);

  it('compressed off the main thread, gives the same bytes', async () => {
    const opaque = fc
      .array(fc.integer({ min: 0, max: 0xffffff }), { minLength: 1, maxLength: 64 })
      .map((colours) => {
        const rgba = new Uint8Array(colours.length * 4);
        colours.forEach((c, i) => rgba.set([c >> 16, (c >> 8) & 0xff, c & 0xff, 255], i * 4));
        return rgba;
      });
    await fc.assert(
      fc.asyncProperty(opaque, async (rgba) => {
        const width = rgba.length / 4;
        expect(await indexedPngAsync(width, 1, rgba)).toEqual(indexedPng(width, 1, rgba));
      }),
    );
  });

  it('declines any pixel that is not fully opaque', () => {
    expect(paletteOf(Uint8Array.from([10, 20, 30, 255, 10, 20, 30, 128]))).toBeNull();
  });

  it('orders the palette by colour, not by where a colour first appears', () => {
    const red = [255, 0, 0, 255];
    const blue = [0, 0, 255, 255];
    const one = paletteOf(Uint8Array.from([...red, ...blue]))!;
    const other = paletteOf(Uint8Array.from([...blue, ...red]))!;
    expect(one.colours).toEqual(other.colours);
    expect([...one.indices]).toEqual([1, 0]);
  });
});
