/**
 * Predicted figures against gold figures: matched one to one by overlapping span, a match being
 * right when value and unit agree with the gold reading or one of its accepted alternatives.
 */
import type { Figure } from '../figures/types';
import type { GoldFigure } from './gold';
import { subjectsAgree } from './subjects';
import { normaliseUnit, sameValue } from './units';

/** What scoring needs of a predicted figure; no qualifier is read as none. */
export type PredictedFigure = Pick<
  Figure,
  'id' | 'start' | 'end' | 'text' | 'value' | 'unit' | 'subject'
> & { qualifier?: Figure['qualifier'] };

export interface FigurePair {
  gold: GoldFigure;
  predicted: PredictedFigure;
  /** Value and unit agree. */
  right: boolean;
  valueRight: boolean;
  unitRight: boolean;
  subjectAgrees: boolean;
  /** Both have no qualifier, or the same word (超 and 超过 are one word). */
  qualifierAgrees: boolean;
}

export interface FigureScore {
  pairs: FigurePair[];
  /** Predicted figures in the excerpt that overlap no gold figure, or lost to a better overlap. */
  falsePositives: PredictedFigure[];
  /** Gold figures (not optional) that no prediction overlaps. */
  missed: GoldFigure[];
  /** Right pairs over predictions in the excerpt (pairs with unmatched optional gold left out). */
  precision: number;
  /** Right pairs over gold figures counted (optional ones only when found). */
  recall: number;
  /** Among right pairs, the share whose subject agrees. */
  subjectAgreement: number;
  /** Among right pairs, the share whose qualifier agrees. */
  qualifierAgreement: number;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

const qualifierWord = (word: string | undefined): string => (word === '超' ? '超过' : (word ?? ''));

function judge(gold: GoldFigure, predicted: PredictedFigure): FigurePair {
  const unit = normaliseUnit(predicted.unit);
  const readings = [{ value: gold.value, unit: gold.unit }, ...gold.alt];
  const right = readings.some(
    (r) => sameValue(r.value, predicted.value) && normaliseUnit(r.unit) === unit,
  );
  return {
    gold,
    predicted,
    right,
    valueRight: readings.some((r) => sameValue(r.value, predicted.value)),
    unitRight: readings.some((r) => normaliseUnit(r.unit) === unit),
    subjectAgrees: subjectsAgree(predicted.subject, gold.subject),
    qualifierAgrees: qualifierWord(gold.q) === qualifierWord(predicted.qualifier?.word),
  };
}

/**
 * Scores the predictions that overlap the excerpt [start, end). Pairs are formed greedily by
 * largest overlap, so a figure read as two (3万2千 as 3万 and 2千) gives one pair and one false
 * positive.
 */
export function scoreFigures(
  gold: readonly GoldFigure[],
  predicted: readonly PredictedFigure[],
  excerpt: { start: number; end: number },
): FigureScore {
  const inside = predicted.filter((p) => overlap(p, excerpt) > 0);
  const candidates = gold
    .flatMap((g) => inside.map((p) => ({ g, p, size: overlap(g, p) })))
    .filter((c) => c.size > 0)
    .sort((a, b) => b.size - a.size || a.g.start - b.g.start || a.p.start - b.p.start);
  const takenGold = new Set<GoldFigure>();
  const takenPredicted = new Set<PredictedFigure>();
  const pairs: FigurePair[] = [];
  for (const { g, p } of candidates) {
    if (takenGold.has(g) || takenPredicted.has(p)) continue;
    takenGold.add(g);
    takenPredicted.add(p);
    pairs.push(judge(g, p));
  }
  pairs.sort((a, b) => a.gold.start - b.gold.start);
  const right = pairs.filter((p) => p.right);
  const counted = gold.filter((g) => !g.optional || takenGold.has(g));
  return {
    pairs,
    falsePositives: inside.filter((p) => !takenPredicted.has(p)),
    missed: gold.filter((g) => !g.optional && !takenGold.has(g)),
    precision: ratio(right.length, inside.length),
    recall: ratio(right.length, counted.length),
    subjectAgreement: ratio(right.filter((p) => p.subjectAgrees).length, right.length),
    qualifierAgreement: ratio(right.filter((p) => p.qualifierAgrees).length, right.length),
  };
}
