/**
 * TEMPORARY stand-in for src/lib/edition/indicators (branch `indicators`), with the types of
 * /work/notes/indicator-contract.md: returns the hand-written fixture of the 2014–2016 national
 * reports, so that the indicator pages can be built before the model lands. Deleted at the merge.
 */
import type { Place } from '../edition/places';
import { FIXTURE_SERIES } from '../../../tests/fixtures/indicator-series';

export type IndicatorDirection = 'at-least' | 'at-most' | 'level';

export interface IndicatorDefinition {
  id: string;
  name: string;
  aliases: string[];
  unit: string;
  direction: IndicatorDirection;
  description?: string;
}

export type Bound = 'about' | 'at-least' | 'at-most' | 'exact' | 'over' | 'under' | 'range';

export interface IndicatorPoint {
  speech: string;
  source: string;
  figure: string;
  paragraph: string;
  year: number;
  role: 'target' | 'outcome';
  value: number;
  high?: number;
  bound: Bound;
  text: string;
  quote: string;
}

export type YearVerdict = 'met' | 'missed' | 'unknown';

export interface IndicatorYear {
  year: number;
  target: IndicatorPoint | null;
  outcome: IndicatorPoint | null;
  verdict: YearVerdict;
  working: string[];
}

export interface IndicatorSeries {
  id: string;
  indicator: IndicatorDefinition;
  place: Place;
  points: IndicatorPoint[];
  years: IndicatorYear[];
}

export const VERDICT_NAMES: Record<YearVerdict, string> = {
  met: '达到',
  missed: '未达到',
  unknown: '无法判断',
};

export function indicatorSeries(
  _definitions: IndicatorDefinition[],
  records: { slug: string }[],
): IndicatorSeries[] {
  const slugs = new Set(records.map((r) => r.slug));
  return FIXTURE_SERIES.filter((s) => s.points.every((p) => slugs.has(p.speech)));
}
