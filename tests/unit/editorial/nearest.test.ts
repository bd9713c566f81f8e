import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { editDistance, nearest } from '../../../src/lib/editorial/nearest';
import { buildSpeechRecord } from '../../../src/lib/speech-record';

const SLUG = 'bijie-2018-08-27-fangguanfu';
const ids = buildSpeechRecord(
  SLUG,
  readFileSync(`content/speeches/${SLUG}/source.txt`),
).figures.map((f) => f.id);
const id = fc.string({ unit: fc.constantFrom(...'abc-19'), maxLength: 12 });

describe('editDistance', () => {
  it('is a metric bounded by the longer length', () => {
    fc.assert(
      fc.property(id, id, id, (a, b, c) => {
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
        expect(editDistance(a, b)).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { numRuns: 300 },
    );
  });
  it('counts one typo as one', () => {
    expect(editDistance('shichang-zhuti-193hu', 'shichang-zhuti-193-hu')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('nearest', () => {
  it('puts the meant seed id first when one character is dropped or changed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.nat(), fc.constantFrom('', 'x'), (meant, at, put) => {
        const i = at % meant.length;
        const typo = meant.slice(0, i) + put + meant.slice(i + 1);
        fc.pre(typo !== meant && !ids.includes(typo));
        const [first] = nearest(typo, ids);
        // Another id may be just as near; the meant one is never farther.
        expect(editDistance(typo, first!)).toBeLessThanOrEqual(editDistance(typo, meant));
        expect(editDistance(typo, meant)).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
  it('returns at most the count asked, nearest first, ties alphabetical', () => {
    expect(nearest('abd', ['abc', 'abx', 'zzz', 'ab'], 3)).toEqual(['ab', 'abc', 'abx']);
    expect(nearest('a', [], 3)).toEqual([]);
  });
});
