/**
 * Each check's tolerance, just inside and just outside on both sides: a tolerance made wider or
 * narrower (a per-day rate's fallback raised from 0.5, a rounding ×10) turns one of these.
 */
import { describe, expect, it } from 'vitest';
import type { Figure, Relation } from '../../../../src/lib/figures/types';
import { growth } from '../../../../src/lib/figures/relations/growth';
import type { RelationKind } from '../../../../src/lib/figures/relations/kind';
import { partWhole } from '../../../../src/lib/figures/relations/part-whole';
import {
  PER_DAY_TOLERANCE,
  ratePerPeriod,
} from '../../../../src/lib/figures/relations/rate-per-period';
import { ratio } from '../../../../src/lib/figures/relations/ratio';
import { share } from '../../../../src/lib/figures/relations/share';
import { statedChange } from '../../../../src/lib/figures/relations/stated-change';

let n = 0;
function fig(value: number, unit: string, rounding?: number, time: string[] = []): Figure {
  n++;
  return {
    id: `f${n}`,
    text: `${value}${unit}`,
    display: `${value}${unit}`,
    start: n * 10,
    end: n * 10 + 5,
    value,
    unit,
    kind: unit === '%' ? 'percent' : 'count',
    qualifier: null,
    subject: '事项',
    scope: { time, place: [] },
    paragraph: 'p1',
    part: null,
    point: null,
    sentence: { start: 0, end: 1000 },
    repairs: [],
    ...(rounding === undefined ? {} : { rounding }),
  };
}

function verdict(kind: RelationKind, members: [string, Figure][], extra: Partial<Relation> = {}) {
  const relation: Relation = {
    id: 'r',
    type: kind.type,
    members: members.map(([role, f]) => ({ role, figure: f.id })),
    cue: '',
    sentence: { start: 0, end: 1000 },
    evidence: { start: 0, end: 1000 },
    ...extra,
  };
  const all = (role: string) => members.filter(([r]) => r === role).map(([, f]) => f);
  return kind.check(relation, { all, one: (role) => all(role)[0] })!.verdict;
}

const EDGE = 1e-4;

describe('part-whole (complete): whole within the parts’ and its own rounding', () => {
  // 60 + 40, each ±0.5, against a whole ±0.5: it may lie within 100 ± 1.5.
  const at = (whole: number) =>
    verdict(
      partWhole,
      [
        ['whole', fig(whole, '个', 0.5)],
        ['part', fig(60, '个', 0.5)],
        ['part', fig(40, '个', 0.5)],
      ],
      { complete: true },
    );
  it('just inside and just outside, above and below', () => {
    expect(at(101.5 - EDGE)).toBe('consistent');
    expect(at(101.5 + EDGE)).toBe('inconsistent');
    expect(at(98.5 + EDGE)).toBe('consistent');
    expect(at(98.5 - EDGE)).toBe('inconsistent');
  });
});

describe('share: the stated share within what the rounded part and whole allow', () => {
  const low = (19.5 / 1977.5) * 100 - 0.005;
  const high = (20.5 / 1976.5) * 100 + 0.005;
  const at = (s: number) =>
    verdict(share, [
      ['share', fig(s, '%', 0.005)],
      ['part', fig(20, '个', 0.5)],
      ['whole', fig(1977, '个', 0.5)],
    ]);
  it('just inside and just outside, above and below', () => {
    expect(at(high - EDGE)).toBe('consistent');
    expect(at(high + EDGE)).toBe('inconsistent');
    expect(at(low + EDGE)).toBe('consistent');
    expect(at(low - EDGE)).toBe('inconsistent');
  });
});

describe('stated change: 74 → 44 is a fall of 40.54%; a rate written to 0.1 may be 0.05 off', () => {
  const exact = (30 / 74) * 100;
  const at = (s: number) =>
    verdict(statedChange, [
      ['before', fig(74, '项', 0)],
      ['after', fig(44, '项', 0)],
      ['change', fig(s, '%', 0.05)],
    ]);
  it('just inside and just outside, above and below', () => {
    expect(at(exact + 0.05 - EDGE)).toBe('consistent');
    expect(at(exact + 0.05 + EDGE)).toBe('inconsistent');
    expect(at(exact - 0.05 + EDGE)).toBe('consistent');
    expect(at(exact - 0.05 - EDGE)).toBe('inconsistent');
  });
});

describe('rate per day: 3650 in a full year is 9.97 to 10 a day, ± 0.5 when the rate gives no rounding', () => {
  it('falls back to half a unit', () => expect(PER_DAY_TOLERANCE).toBe(0.5));
  const at = (rate: number) =>
    verdict(ratePerPeriod, [
      ['total', fig(3650, '户', 0, ['全年'])],
      ['rate', fig(rate, '户')],
    ]);
  it('just inside and just outside, above and below', () => {
    expect(at(10 + 0.5 - EDGE)).toBe('consistent');
    expect(at(10 + 0.5 + EDGE)).toBe('inconsistent');
    expect(at(3650 / 366 - 0.5 + EDGE)).toBe('consistent');
    expect(at(3650 / 366 - 0.5 - EDGE)).toBe('inconsistent');
  });
});

describe('rate per day written with a decimal (10.0户): its own rounding, ±0.05', () => {
  const at = (rate: number) =>
    verdict(ratePerPeriod, [
      ['total', fig(3650, '户', 0, ['全年'])],
      ['rate', fig(rate, '户', 0.05)],
    ]);
  it('just inside and just outside, above and below', () => {
    expect(at(10 + 0.05 - EDGE)).toBe('consistent');
    expect(at(10 + 0.05 + EDGE)).toBe('inconsistent');
    expect(at(3650 / 366 - 0.05 + EDGE)).toBe('consistent');
    expect(at(3650 / 366 - 0.05 - EDGE)).toBe('inconsistent');
  });
});

describe('annual growth: 100 → 200 over 2020–2025 is 14.87% a year; a rate written to 0.1 may be 0.05 off', () => {
  const exact = (2 ** (1 / 5) - 1) * 100;
  const at = (g: number) =>
    verdict(
      growth,
      [
        ['before', fig(100, '户', 0)],
        ['after', fig(200, '户', 0)],
        ['growth', fig(g, '%', 0.05)],
      ],
      { cue: '2020年…2025年…年均增长' },
    );
  it('just inside and just outside, above and below', () => {
    expect(at(exact + 0.05 - EDGE)).toBe('consistent');
    expect(at(exact + 0.05 + EDGE)).toBe('inconsistent');
    expect(at(exact - 0.05 + EDGE)).toBe('consistent');
    expect(at(exact - 0.05 - EDGE)).toBe('inconsistent');
  });
});

describe('整改率 of 890: a whole number of items must give the rate within ±0.005', () => {
  // 538 of 890 is 60.4494%: a stated rate fits while 538 stays within ±0.005 of it.
  const exact = (538 / 890) * 100;
  const at = (r: number) =>
    verdict(ratio, [
      ['base', fig(890, '个', 0)],
      ['rate', fig(r, '%', 0.005)],
    ]);
  it('just inside and just outside, above and below', () => {
    expect(at(exact + 0.005 - EDGE)).toBe('consistent');
    expect(at(exact + 0.005 + EDGE)).toBe('inconsistent');
    expect(at(exact - 0.005 + EDGE)).toBe('consistent');
    expect(at(exact - 0.005 - EDGE)).toBe('inconsistent');
  });
});
