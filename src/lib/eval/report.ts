/**
 * One annotated report scored: its figures and relations against the gold, and the checks it
 * calls inconsistent (不符), which a reader must be able to look at one by one.
 */
import type { Check } from '../figures/types';
import { scoreFigures, type FigureScore, type PredictedFigure } from './figures';
import type { GoldFile } from './gold';
import { scoreRelations, type PredictedRelation, type RelationScore } from './relations';

export interface ReportScore {
  report: string;
  goldFigures: number;
  goldRelations: number;
  figures: FigureScore;
  relations: RelationScore;
  /** Matched figures whose value is wrong. */
  valueErrors: number;
  /** Matched figures whose unit is wrong. */
  unitErrors: number;
}

/** What extraction predicted for one report. */
export interface Prediction {
  figures: readonly PredictedFigure[];
  relations: readonly PredictedRelation[];
}

export function scoreReport(gold: GoldFile, prediction: Prediction): ReportScore {
  const figures = scoreFigures(gold.figures, prediction.figures, gold.excerpt);
  const relations = scoreRelations(
    gold.relations,
    prediction.relations,
    prediction.figures,
    figures.pairs,
    gold.excerpt,
  );
  return {
    report: gold.report,
    goldFigures: gold.figures.length,
    goldRelations: gold.relations.length,
    figures,
    relations,
    valueErrors: figures.pairs.filter((p) => !p.valueRight).length,
    unitErrors: figures.pairs.filter((p) => !p.unitRight).length,
  };
}

/** The checks that say the figures do not add up (不符). */
export function inconsistentChecks(checks: readonly Check[]): Check[] {
  return checks.filter((c) => c.verdict === 'inconsistent');
}
