/**
 * Predicted relations against gold relations: the same kind over the same figures. A predicted
 * relation's members are carried to gold figures through the figure pairs; its kind through
 * `goldTypeOf`, which reads the project's relation types in the gold's vocabulary.
 */
import type { Relation } from '../figures/types';
import type { FigurePair, PredictedFigure } from './figures';
import type { GoldFigure, GoldRelation } from './gold';

/** What scoring needs of a predicted relation. */
export type PredictedRelation = Pick<Relation, 'id' | 'type' | 'members' | 'cue'>;

export interface RelationScore {
  matched: { gold: GoldRelation; predicted: PredictedRelation }[];
  /** Scored predictions that state no gold relation. */
  falsePositives: PredictedRelation[];
  missed: GoldRelation[];
  precision: number;
  recall: number;
}

/**
 * The gold type a predicted relation claims. Older names are translated (stated-change is a
 * before-after with its stated change; ratio is a share; target is target-outcome; growth is
 * annual-growth under 年均 and a change otherwise); any other name is taken as it is.
 */
export function goldTypeOf(relation: { type: string; cue: string }): string {
  const { type } = relation;
  if (type === 'stated-change') return 'before-after';
  if (type === 'ratio') return 'share';
  if (type === 'target') return 'target-outcome';
  if (type === 'growth') return relation.cue.includes('年均') ? 'annual-growth' : 'change';
  return type;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

const sameSet = (a: ReadonlySet<string>, b: readonly string[]): boolean =>
  a.size === new Set(b).size && b.every((x) => a.has(x));

/**
 * Scores the predicted relations that touch the excerpt (a member overlaps it) and relate at
 * least two figures; a relation of one figure (a rank with nothing ranked) relates nothing the
 * gold could hold.
 */
export function scoreRelations(
  gold: readonly GoldRelation[],
  predicted: readonly PredictedRelation[],
  figures: readonly PredictedFigure[],
  pairs: readonly FigurePair[],
  excerpt: { start: number; end: number },
): RelationScore {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const goldOf = new Map<string, GoldFigure>(pairs.map((p) => [p.predicted.id, p.gold]));
  const scored = predicted.filter((r) => {
    const ids = new Set(r.members.map((m) => m.figure));
    const inside = [...ids].some((id) => {
      const f = byId.get(id);
      return f !== undefined && f.start < excerpt.end && f.end > excerpt.start;
    });
    return ids.size >= 2 && inside;
  });
  const open = new Set(gold);
  const matched: RelationScore['matched'] = [];
  const falsePositives: PredictedRelation[] = [];
  for (const r of scored) {
    const members = r.members.map((m) => goldOf.get(m.figure)?.id);
    const ids = new Set(members.filter((id): id is string => id !== undefined));
    const hit = members.every((id) => id !== undefined)
      ? [...open].find((g) => g.type === goldTypeOf(r) && sameSet(ids, g.members))
      : undefined;
    if (hit === undefined) falsePositives.push(r);
    else {
      open.delete(hit);
      matched.push({ gold: hit, predicted: r });
    }
  }
  return {
    matched,
    falsePositives,
    missed: gold.filter((g) => open.has(g)),
    precision: ratio(matched.length, scored.length),
    recall: ratio(matched.length, gold.length),
  };
}
