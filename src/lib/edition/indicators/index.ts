/**
 * The indicator model: the same indicator recognised across the edition's speeches, each
 * year's target matched to the outcome stated a year later, with a verdict and its working.
 */
export type {
  Bound,
  IndicatorDefinition,
  IndicatorDirection,
  IndicatorPoint,
  IndicatorSeries,
  IndicatorStatement,
  IndicatorYear,
  StatementReading,
  YearVerdict,
} from './types';
export { indicatorSeries, VERDICT_NAMES } from './series';
export { ABOUT, describeInterval, outcomeInterval, targetInterval, verdictOf } from './reading';
