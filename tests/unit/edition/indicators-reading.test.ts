/**
 * The reading rules of targets and outcomes (src/lib/edition/indicators/reading.ts), as the
 * method page states them: 左右 ±5% of the target, 以上/以内 as written, bounds that do not
 * settle a verdict give 无法判断, and 未达到 only when the numbers settle it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeInterval,
  targetInterval,
  verdictOf,
  type Bound,
  type IndicatorDirection,
} from '../../../src/lib/edition/indicators/index';

const at = (value: number, bound: Bound = 'exact', high?: number) => ({ value, bound, high });

describe('worked examples', () => {
  it('7.5%左右 accepts 7.125–7.875 for growth: 7.4% is met, 7.1% is missed', () => {
    expect(describeInterval(targetInterval(at(7.5, 'about'), 'at-least'), '%')).toBe(
      '不低于7.125%',
    );
    expect(verdictOf(at(7.5, 'about'), at(7.4), 'at-least')).toBe('met');
    expect(verdictOf(at(7.5, 'about'), at(7.1), 'at-least')).toBe('missed');
  });

  it('7%左右 against 6.9% is met (6.65 is the lower end)', () => {
    expect(verdictOf(at(7, 'about'), at(6.9), 'at-least')).toBe('met');
    expect(verdictOf(at(7, 'about'), at(6.6), 'at-least')).toBe('missed');
  });

  it('a ceiling: 3.5%左右 for prices allows up to 3.675%; 4.6%以内 up to 4.6%', () => {
    expect(verdictOf(at(3.5, 'about'), at(2), 'at-most')).toBe('met');
    expect(verdictOf(at(3.5, 'about'), at(3.7), 'at-most')).toBe('missed');
    expect(verdictOf(at(4.6, 'at-most'), at(4.6), 'at-most')).toBe('met');
    expect(verdictOf(at(4.6, 'at-most'), at(4.7), 'at-most')).toBe('missed');
  });

  it('the target’s own words (以上, 以内) decide over the indicator’s direction', () => {
    expect(verdictOf(at(1000, 'at-least'), at(999), 'at-most')).toBe('missed');
    expect(verdictOf(at(5.5, 'at-most'), at(5.6), 'at-least')).toBe('missed');
  });

  it('an outcome stated only as a bound gives 无法判断 unless the bound settles it', () => {
    // 超过1000万人 meets 1000万人以上; 超过900万人 may or may not.
    expect(verdictOf(at(1000, 'at-least'), at(1000, 'over'), 'at-least')).toBe('met');
    expect(verdictOf(at(1000, 'at-least'), at(900, 'over'), 'at-least')).toBe('unknown');
    // 近1000万人 is below 1000万人以上: settled.
    expect(verdictOf(at(1000, 'at-least'), at(1000, 'under'), 'at-least')).toBe('missed');
    expect(verdictOf(at(1000, 'at-least'), at(1100, 'under'), 'at-least')).toBe('unknown');
  });

  it('a range target: 6.5%－7% for growth is met from 6.5%', () => {
    expect(verdictOf(at(6.5, 'range', 7), at(6.7), 'at-least')).toBe('met');
    expect(verdictOf(at(6.5, 'range', 7), at(7.2), 'at-least')).toBe('met');
    expect(verdictOf(at(6.5, 'range', 7), at(6.4), 'at-least')).toBe('missed');
  });

  it('a level is met only at the planned value (or within its 左右)', () => {
    expect(verdictOf(at(2.1), at(2.1), 'level')).toBe('met');
    expect(verdictOf(at(2.1), at(2.3), 'level')).toBe('missed');
    expect(verdictOf(at(3, 'about'), at(3.1), 'level')).toBe('met');
  });
});

const direction = fc.constantFrom<IndicatorDirection>('at-least', 'at-most', 'level');
const bound = fc.constantFrom<Bound>(
  'about',
  'at-least',
  'at-most',
  'exact',
  'over',
  'under',
  'range',
);
const value = fc.double({ min: 0.1, max: 10_000, noNaN: true });
const stated = fc
  .tuple(value, bound, fc.double({ min: 0, max: 100, noNaN: true }))
  .map(([v, b, extra]) => at(v, b, b === 'range' ? v + extra : undefined));

describe('properties', () => {
  it('raising the outcome of an at-least indicator never turns 达到 into anything else', () => {
    fc.assert(
      fc.property(
        stated.filter((t) => !['at-most', 'under'].includes(t.bound)),
        value,
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (target, outcome, rise) => {
          fc.pre(verdictOf(target, at(outcome), 'at-least') === 'met');
          expect(verdictOf(target, at(outcome + rise), 'at-least')).toBe('met');
        },
      ),
    );
  });

  it('lowering the outcome of an at-most indicator never turns 达到 into anything else', () => {
    fc.assert(
      fc.property(
        stated.filter((t) => !['at-least', 'over'].includes(t.bound)),
        value,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (target, outcome, share) => {
          fc.pre(verdictOf(target, at(outcome), 'at-most') === 'met');
          expect(verdictOf(target, at(outcome * share), 'at-most')).toBe('met');
        },
      ),
    );
  });

  it('an outcome stated as a bound is never judged more surely than any value it allows', () => {
    // 超过X is 达到 only if every value above X is; 未达到 only if none is.
    fc.assert(
      fc.property(
        stated,
        direction,
        value,
        fc.double({ min: 1e-6, max: 1000, noNaN: true }),
        (target, dir, x, above) => {
          const v = verdictOf(target, at(x, 'over'), dir);
          const point = verdictOf(target, at(x + above), dir);
          if (v === 'met') expect(point).toBe('met');
          if (v === 'missed') expect(point).toBe('missed');
        },
      ),
    );
  });

  it('never says 未达到 for an outcome inside the target’s accepted range', () => {
    fc.assert(
      fc.property(
        stated,
        direction,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (target, dir, t) => {
          const range = targetInterval(target, dir);
          const low = Number.isFinite(range.low) ? range.low : range.high - 100;
          const high = Number.isFinite(range.high) ? range.high : low + 100;
          // Clamped: low + (high − low) × 1 can round past high (5.268246909291443 → …449).
          const inside = Math.min(high, Math.max(low, low + (high - low) * t));
          fc.pre((inside > low || !range.lowOpen) && (inside < high || !range.highOpen));
          expect(verdictOf(target, at(inside), dir)).toBe('met');
        },
      ),
    );
  });
});
