import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  originalOf,
  piecesOf,
  shownOf,
  type Mark,
  type RepairMark,
} from '../../../src/lib/site/pieces';

/** Non-overlapping marks at sorted cut points of a text of length n. */
const marks = (n: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: n }), { maxLength: 8 })
    .map((cuts) => cuts.sort((a, b) => a - b))
    .map((cuts) => {
      const out: Mark[] = [];
      for (let i = 0; i + 1 < cuts.length; i += 2)
        out.push({ start: cuts[i]!, end: cuts[i + 1]!, id: `m${i}` });
      return out;
    });

describe('piecesOf', () => {
  it('keeps every original character, whatever the marks', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', maxLength: 60 })
          .chain((text) => fc.tuple(fc.constant(text), marks(text.length), marks(text.length))),
        ([text, figures, repairSpans]) => {
          const repairs: RepairMark[] = repairSpans.map((r) => ({
            ...r,
            text: text.slice(r.start, r.end),
            takenFor: '',
            repaired: true,
          }));
          const pieces = piecesOf(text, 0, text.length, figures, repairs);
          expect(originalOf(pieces)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('shows a repair inside a figure as what it was taken for', () => {
    const text = '同比增长34.67?%,平均';
    const start = text.indexOf('34');
    const q = text.indexOf('?');
    const pieces = piecesOf(
      text,
      0,
      text.length,
      [{ id: 'f', start, end: q + 2 }],
      [{ id: 'r1', start: q, end: q + 1, text: '?', takenFor: '', repaired: true }],
    );
    expect(pieces).toEqual([
      { kind: 'text', text: '同比增长' },
      {
        kind: 'figure',
        id: 'f',
        children: [
          { kind: 'text', text: '34.67' },
          { kind: 'repair', id: 'r1', original: '?', shown: '', plain: false },
          { kind: 'text', text: '%' },
        ],
      },
      { kind: 'text', text: ',平均' },
    ]);
  });

  it('leaves a flagged-only repair as written', () => {
    const pieces = piecesOf(
      'a?b',
      0,
      3,
      [],
      [{ id: 'r1', start: 1, end: 2, text: '?', takenFor: null, repaired: false }],
    );
    expect(pieces[1]).toEqual({
      kind: 'repair',
      id: 'r1',
      original: '?',
      shown: '?',
      plain: false,
    });
  });
});

describe('shownOf', () => {
  it('applies repairs and says where each figure stands in the shown text', () => {
    const text = '同比增长34.67?%,平均每天新增300户';
    const q = text.indexOf('?');
    const f1 = { id: 'a', start: text.indexOf('34'), end: q + 2 };
    const f2 = { id: 'b', start: text.indexOf('300'), end: text.length };
    const shown = shownOf(
      piecesOf(
        text,
        0,
        text.length,
        [f1, f2],
        [{ id: 'r', start: q, end: q + 1, text: '?', takenFor: '', repaired: true }],
      ),
    );
    expect(shown.text).toBe('同比增长34.67%,平均每天新增300户');
    expect(shown.figures.map((f) => shown.text.slice(f.start, f.end))).toEqual(['34.67%', '300户']);
  });
});
