import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charEm, fitText, textEm, wrapText } from '../../../src/lib/text/wrap';

const CJK = [...'新增市场主体五年来全市政务服务大厅面积万户平均每天'];
const CLOSING = [...'，。、；：）》”'];
const OPENING = [...'（《“'];
const LATIN = [...'0123456789.%abcXYZ -'];
const anyChar = fc.constantFrom(...CJK, ...CLOSING, ...OPENING, ...LATIN);
const noSpace = (s: string): string => s.replace(/\s/g, '');

describe('wrapText', () => {
  it('never makes a line wider than asked, and loses no character but spaces at breaks', () => {
    fc.assert(
      fc.property(
        fc.array(anyChar, { maxLength: 120 }),
        fc.double({ min: 1, max: 40, noNaN: true }),
        (chars, maxEm) => {
          const text = chars.join('');
          const lines = wrapText(text, maxEm);
          for (const line of lines) {
            expect(textEm(line)).toBeLessThanOrEqual(maxEm + 1e-9);
            expect(line).toBe(line.trim());
            expect(line).not.toBe('');
          }
          expect(noSpace(lines.join(''))).toBe(noSpace(text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps every character exactly when the text has no spaces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CJK, ...CLOSING, ...OPENING), { maxLength: 80 }),
        fc.integer({ min: 1, max: 30 }),
        (chars, maxEm) => {
          expect(wrapText(chars.join(''), maxEm).join('')).toBe(chars.join(''));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('starts no line with closing punctuation and ends none with opening (禁则)', () => {
    // Chinese with punctuation marks never side by side, lines at least three characters wide.
    const piece = fc.oneof(
      fc.constantFrom(...CJK),
      fc.tuple(fc.constantFrom(...CJK), fc.constantFrom(...CLOSING)).map(([a, b]) => a + b),
      fc.tuple(fc.constantFrom(...OPENING), fc.constantFrom(...CJK)).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.integer({ min: 3, max: 20 }),
        (pieces, maxEm) => {
          const lines = wrapText(pieces.join(''), maxEm);
          lines.slice(1).forEach((l) => expect(CLOSING).not.toContain(l[0]));
          lines.forEach((l) => expect(OPENING).not.toContain(l.at(-1)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a number whole when it fits on a line', () => {
    const lines = wrapText('新增市场主体22.66万户', 8);
    expect(lines).toEqual(['新增市场主体', '22.66万户']);
    expect(wrapText('共3件\n第二行', 20)).toEqual(['共3件', '第二行']);
  });

  it('estimates no less than the font draws: CJK full width, digits 0.555 em, % 0.921 em', () => {
    expect(charEm('万')).toBe(1);
    expect(charEm('，')).toBe(1);
    expect(charEm('5')).toBeGreaterThanOrEqual(0.59); // bold digit advance 590/1000
    expect(charEm('%')).toBeGreaterThanOrEqual(0.963); // bold % advance
    expect(charEm('.')).toBeGreaterThanOrEqual(0.325);
  });
});

describe('fitText', () => {
  const sizes = [40, 36, 32, 28];
  it('picks the largest size that fits the lines allowed, or cuts at the smallest with …', () => {
    fc.assert(
      fc.property(
        fc.array(anyChar, { minLength: 1, maxLength: 150 }),
        fc.integer({ min: 1, max: 4 }),
        (chars, maxLines) => {
          const text = chars.join('');
          const fit = fitText(text, 600, sizes, maxLines);
          expect(sizes).toContain(fit.size);
          expect(fit.lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of fit.lines)
            expect(textEm(line) * fit.size).toBeLessThanOrEqual(600 + 1e-9);
          const larger = sizes.filter((s) => s > fit.size);
          for (const s of larger) expect(wrapText(text, 600 / s).length).toBeGreaterThan(maxLines);
          const whole = wrapText(text, 600 / fit.size);
          if (whole.length > maxLines) expect(fit.lines.at(-1)?.endsWith('…')).toBe(true);
          else expect(fit.lines).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });
});
