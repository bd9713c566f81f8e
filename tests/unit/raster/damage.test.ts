import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartsFor } from '../../../src/lib/charts';
import { extractFigures } from '../../../src/lib/figures';
import { loadFonts, pngSize, svgToPng } from '../../../src/lib/raster';
import { figureBundle, figureBundleCsv } from '../../../src/lib/site/figure-files';
import { parseSpeech } from '../../../src/lib/speech';
import { SEED_TEXT } from '../speech/seed';

const meta = { speaker: '张集智', date: '2018-08-27', title: '讲话' };
const lines = SEED_TEXT.split('\n');
// Lost characters and stray controls as copies from the web hold them, and bidi controls.
const junk = fc.constantFrom(
  '?',
  '??',
  '\f',
  '\u0001',
  '\u0000',
  '\u000b',
  '\u001b',
  '\u0085',
  '\u202e',
  '\u2066',
  '\ufffd',
  '\ufffe',
);
// XML 1.0 forbids these; bidi controls must not reach a reader either.
const UNSEEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/;

const fonts = loadFonts(
  SEED_TEXT +
    chartsFor(extractFigures(parseSpeech(SEED_TEXT)), meta)
      .map((c) => c.svg)
      .join(''),
);

/** Seed lines from `from`, `count` of them, with junk inserted at the given places. */
const damaged = fc
  .tuple(
    fc.nat(lines.length - 1),
    fc.integer({ min: 1, max: 8 }),
    fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), junk), {
      minLength: 1,
      maxLength: 12,
    }),
  )
  .map(([from, count, inserts]) => {
    let text = lines.slice(from, from + count).join('\n');
    for (const [where, what] of inserts) {
      const at = Math.floor(where * text.length);
      text = text.slice(0, at) + what + text.slice(at);
    }
    return text;
  });

describe('a speech with lost characters and control characters anywhere', () => {
  it('still gives every figure its SVG, PNG and CSV, none holding what readers may not see; spans slice back', () => {
    fc.assert(
      fc.property(damaged, (text) => {
        const speech = parseSpeech(text);
        const set = extractFigures(speech);
        for (const f of set.figures) expect(speech.text.slice(f.start, f.end)).toBe(f.text);
        for (const p of speech.paragraphs) expect(speech.text.slice(p.start, p.end)).toBe(p.text);
        const charts = chartsFor(set, meta, { text: speech.text });
        for (const chart of charts) {
          expect(chart.svg).not.toMatch(UNSEEN);
          expect(pngSize(svgToPng(chart.svg, { width: 200, fonts }))).toMatchObject({ width: 200 });
          const csv = figureBundleCsv(figureBundle(set, chart.highlight), (id) => `/f/${id}/`);
          expect(csv.replace(/\r\n/g, '')).not.toMatch(UNSEEN);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
