import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigureList } from '../../../src/lib/figures/extract';
import { parseNumber } from '../../../src/lib/figures/numbers';
import { linesToSpeech } from './helpers';

const DIGIT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const PLACES = ['千', '百', '十', ''];

/**
 * A section below 万 as written: 一千零五, 两百三十, 十五 (at the start, 一十五 may drop its 一).
 * `two` chooses 两 for a 2 before 千 or 百, as speakers often do.
 */
function section(n: number, leading: boolean, two: boolean): string {
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    const place = PLACES[i]!;
    const skipOne = leading && out === '' && d === 1 && place === '十';
    const word = d === 2 && two && (place === '千' || place === '百') ? '两' : DIGIT[d]!;
    out += (skipOne ? '' : word) + place;
  });
  return out;
}

/** n (1 ≤ n < 10^12) in standard Chinese numerals: 四亿五千六百四十二万零一十五. */
function chinese(n: number, two: boolean): string {
  const groups = [Math.floor(n / 1e8), Math.floor(n / 1e4) % 1e4, n % 1e4];
  const names = ['亿', '万', ''];
  let out = '';
  let gap = false;
  groups.forEach((g, i) => {
    if (g === 0) {
      gap = out !== '';
      return;
    }
    // A zero is read where a group is skipped or starts below its thousands: 一亿零五, 一万零二百.
    if (out !== '' && (gap || g < 1000)) out += '零';
    gap = false;
    out += section(g, out === '', two) + names[i]!;
  });
  return out;
}

const wholeNumber = fc.integer({ min: 1, max: 999_999_999_999 });

describe('Chinese numerals round-trip', () => {
  it('reads back any number written in standard Chinese numerals', () => {
    fc.assert(
      fc.property(wholeNumber, fc.boolean(), (n, two) => {
        expect(parseNumber(chinese(n, two))?.value).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('reads colloquial endings as the place below the last one written (两千四百五 = 2450)', () => {
    // The dropped place is the one right below the place written before the digit.
    const ENDING =
      /(?:百[一二两三四五六七八九]十|千[一二两三四五六七八九]百|万[一二两三四五六七八九]千|亿[一二两三四五六七八九]千万)$/;
    const colloquial = wholeNumber
      .map((n) => ({ n, written: chinese(n, true) }))
      .filter(({ written }) => ENDING.test(written));
    fc.assert(
      fc.property(colloquial, ({ n, written }) => {
        const dropped = written.endsWith('千万') ? 2 : 1;
        expect(parseNumber(written.slice(0, -dropped))?.value).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('reads mixed Arabic and Chinese forms (3万2千, 25万6千)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9 }), (a, k) => {
        expect(parseNumber(`${a}万${k}千`)?.value).toBe(a * 10000 + k * 1000);
      }),
    );
  });

  it('reads a written sign and a Chinese decimal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 }),
        (n, fraction) => {
          const written = `负${chinese(n, false)}点${fraction.map((d) => DIGIT[d]).join('')}`;
          expect(parseNumber(written)?.value).toBeCloseTo(-Number(`${n}.${fraction.join('')}`), 6);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives one figure of that value in a sentence, whose span slices back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 999_999_999_999 }), fc.boolean(), (n, two) => {
        const written = chinese(n, two);
        const sentence = `全年完成${written}个。`;
        const figures = extractFigureList(linesToSpeech([sentence])).figures;
        expect(figures.map((f) => [f.text, f.value])).toEqual([[`${written}个`, n]]);
        expect(sentence.slice(figures[0]!.start, figures[0]!.end)).toBe(figures[0]!.text);
      }),
      { numRuns: 200 },
    );
  });
});
