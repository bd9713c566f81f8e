import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { chartColours } from '../../../src/lib/charts/theme';
import { loadFonts, pngSize, svgToPng } from '../../../src/lib/raster';
import { colourAt, decodePng, inkShare } from './png-pixels';

const PHRASE = '新增市场主体';
/** A text-only SVG with the font stack and colour variables the charts write. */
const textSvg = (text: string, weight = 400): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 60" font-family='system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif' font-size="14">` +
  `<text x="10" y="44" font-size="2.857em" font-weight="${weight}" fill="var(--chart-ink, #1f2937)">${text}</text></svg>`;
/** Where the phrase is drawn, in pixels of a 600-wide PNG (the SVG at 2×). */
const TEXT_BOX = { x: 20, y: 16, width: 480, height: 80 };

const withPhrase = loadFonts(PHRASE);
const withoutPhrase = loadFonts('0123456789');

describe('svgToPng', () => {
  it('draws Chinese with the npm font alone: ink where the text is', () => {
    const px = decodePng(svgToPng(textSvg(PHRASE), { width: 600, fonts: withPhrase }));
    expect(inkShare(px, chartColours.bg.light, TEXT_BOX)).toBeGreaterThan(0.1);
  });

  it('draws nothing for characters the subset lacks (no system font stands in)', () => {
    const px = decodePng(svgToPng(textSvg(PHRASE), { width: 600, fonts: withoutPhrase }));
    expect(inkShare(px, chartColours.bg.light, TEXT_BOX)).toBeLessThan(0.005);
    const digits = decodePng(svgToPng(textSvg('2018'), { width: 600, fonts: withoutPhrase }));
    expect(inkShare(digits, chartColours.bg.light, TEXT_BOX)).toBeGreaterThan(0.02);
  });

  it('draws bold with the bold face: more ink than regular', () => {
    const ink = (weight: number): number =>
      inkShare(
        decodePng(svgToPng(textSvg(PHRASE, weight), { width: 600, fonts: withPhrase })),
        chartColours.bg.light,
        TEXT_BOX,
      );
    expect(ink(700)).toBeGreaterThan(ink(400) * 1.2);
  });

  it('paints the theme background and resolves colours per theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      const png = svgToPng(textSvg(PHRASE), { width: 600, fonts: withPhrase, theme });
      const px = decodePng(png);
      expect(colourAt(px, 2, 2)).toBe(chartColours.bg[theme]);
      // Ink pixels are judged against the theme's background: there is text in either theme.
      expect(inkShare(px, chartColours.bg[theme], TEXT_BOX)).toBeGreaterThan(0.1);
    }
  });

  it('writes a PNG of the asked width, height from the viewBox aspect', () => {
    const png = svgToPng(textSvg(PHRASE), { width: 900, fonts: withPhrase });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: 900, height: 180 });
    expect(() => pngSize(new TextEncoder().encode('<svg/>'))).toThrow(/Not a PNG/);
  });

  it('is deterministic: same SVG and fonts, same bytes', () => {
    const a = svgToPng(textSvg(PHRASE), { width: 600, fonts: withPhrase });
    const b = svgToPng(textSvg(PHRASE), { width: 600, fonts: loadFonts(PHRASE) });
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });
});

describe('loadFonts', () => {
  it('gives the same bytes for the same characters, in any order or number', () => {
    const a = loadFonts('五年来新增市场主体');
    const b = loadFonts('体主场市增新来年五五年来');
    expect(Buffer.compare(Buffer.from(a.regular), Buffer.from(b.regular))).toBe(0);
    expect(Buffer.compare(Buffer.from(a.bold), Buffer.from(b.bold))).toBe(0);
    expect(a.chars).toBe(b.chars);
  });

  it('keeps the asked characters and the always-kept ones, and is far smaller than the font', () => {
    const fonts = loadFonts(PHRASE);
    for (const ch of [...PHRASE, 'A', '9', '%', ',', '、', '。', '“', '”', '·'])
      expect(fonts.chars).toContain(ch);
    const require = createRequire(import.meta.url);
    const full = readFileSync(
      require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
    );
    expect(fonts.regular.byteLength).toBeLessThan(full.byteLength / 50);
  });
});
