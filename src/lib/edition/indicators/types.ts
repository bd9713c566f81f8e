/**
 * The indicator model's shapes: an indicator as editors define it, the figures recognised as
 * its targets and outcomes, and the series of one indicator in one place, year by year.
 */
import type { z } from 'astro/zod';
import type { indicatorDirectionSchema, IndicatorData } from '../../schema/indicators';
import type { Place } from '../places';

/** How a target is met: at-least (more is the aim), at-most (a ceiling), level (a planned amount). */
export type IndicatorDirection = z.infer<typeof indicatorDirectionSchema>;

/** One indicator as editors define it in content/indicators.yaml. */
export type IndicatorDefinition = IndicatorData;

/**
 * How the figure states its number relative to the value. about: 左右 / 约; at-least: 以上 /
 * 不低于; at-most: 以内 / 以下 / 不超过; over: 超过 / 多; under: 近 / 不到; range: 6.5%－7%
 * (value the lower end, `high` the upper); exact: a bare number.
 */
export type Bound = 'about' | 'at-least' | 'at-most' | 'exact' | 'over' | 'under' | 'range';

export interface IndicatorPoint {
  /** Speech slug. */
  speech: string;
  /** The speech's name for citations, e.g. 2015年国务院政府工作报告. */
  source: string;
  /** Figure id: its page is /speeches/<speech>/figures/<figure>/. */
  figure: string;
  /** Paragraph id, e.g. p12. */
  paragraph: string;
  /** The year the number is about (not the year of the report). */
  year: number;
  role: 'target' | 'outcome';
  /** In the indicator's unit: 7.5 for 7.5%, 1000 for 1000万人; for a range, its lower end. */
  value: number;
  /** For a range (bound 'range'): its upper end, in the indicator's unit. */
  high?: number;
  bound: Bound;
  /** The figure as written, e.g. 7.5%左右. */
  text: string;
  /** The clause it stands in, as written, for traceability. */
  quote: string;
}

export type YearVerdict = 'met' | 'missed' | 'unknown';

/**
 * What an outcome stated in words says: met (预期目标实现 / 完成 / 超过全年预期目标), missed
 * (预期增长目标未能实现 / 没有完成), below-zero (a growth indicator's amount 出现下降 / 负增长:
 * the growth is below 0).
 */
export type StatementReading = 'met' | 'missed' | 'below-zero';

/** An outcome the next report states in words, not numbers, in its review of the year. */
export interface IndicatorStatement {
  /** Speech slug. */
  speech: string;
  /** The speech's name for citations, e.g. 2016年国务院政府工作报告. */
  source: string;
  /** Paragraph id, e.g. p12. */
  paragraph: string;
  /** The clauses that say it, as written: 去年我国进出口总额出现下降，预期增长目标未能实现。 */
  quote: string;
  reads: StatementReading;
}

export interface IndicatorYear {
  year: number;
  target: IndicatorPoint | null;
  outcome: IndicatorPoint | null;
  verdict: YearVerdict;
  /**
   * The outcome stated in words for the year, or null. It decides only when no number does;
   * when it and the number disagree, the verdict is unknown.
   */
  statement: IndicatorStatement | null;
  /** Chinese sentences, full-width punctuation: the target, the outcome, the rule applied. */
  working: string[];
}

export interface IndicatorSeries {
  /** `${indicator.id}-${place.key}`, e.g. gdp-growth-cn. */
  id: string;
  indicator: IndicatorDefinition;
  place: Place;
  /** Every matched figure, ordered by year then role (target first). */
  points: IndicatorPoint[];
  /** One per year that has a target or an outcome, ascending. */
  years: IndicatorYear[];
}
