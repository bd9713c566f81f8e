import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartColours, chartsFor } from '../../../src/lib/charts';
import { extractFigures } from '../../../src/lib/figures';
import { parseSpeech } from '../../../src/lib/speech';
import { loadFonts, pngSize, standaloneSvg, svgBox, svgToPng } from '../../../src/lib/raster';
import { decodePng, inkShare } from './png-pixels';

const speech = parseSpeech(readFileSync('content/speeches/bijie-2018-08-27-fangguanfu/source.txt'));
const charts = chartsFor(
  extractFigures(speech),
  {
    speaker: '张集智',
    date: '2018-08-27',
    title: '在全市深化“放管服”改革转变政府职能电视电话会议上的讲话',
  },
  { text: speech.text },
);
const fonts = loadFonts(charts.map((c) => c.svg).join(''));

describe('the seed speech’s charts as PNG', () => {
  it('leave no CSS variable behind in either theme', () => {
    for (const c of charts) {
      for (const theme of ['light', 'dark'] as const)
        expect(standaloneSvg(c.svg, theme)).not.toContain('var(');
    }
  });

  it('render every chart in both themes at the asked width, its title drawn', () => {
    expect(charts.length).toBeGreaterThan(50);
    for (const c of charts) {
      const box = svgBox(c.svg);
      for (const theme of ['light', 'dark'] as const) {
        const png = svgToPng(c.svg, { width: 400, fonts, theme });
        expect(pngSize(png)).toEqual({
          width: 400,
          height: Math.round((box.height / box.width) * 400),
        });
        // The title's first line, set bold at the top left.
        const title = { x: 12, y: 12, width: 120, height: 22 };
        expect(inkShare(decodePng(png), chartColours.bg[theme], title)).toBeGreaterThan(0.05);
      }
    }
  }, 120_000); // 130 renders, each now also palette-encoded: slow on a busy machine
});
