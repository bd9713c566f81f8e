import { expect } from 'vitest';
import { extractFigures } from '../../../../src/lib/figures/index';
import type { Check, FigureSet, Relation } from '../../../../src/lib/figures/types';
import { linesToSpeech } from '../helpers';

/** Figures, relations and checks of a few lines of report prose. */
export const read = (...lines: string[]): FigureSet => extractFigures(linesToSpeech(lines));

/** The members of a relation as [role, figure text]. */
export function membersOf(set: FigureSet, r: Relation): [string, string][] {
  return r.members.map((m) => [m.role, set.figures.find((f) => f.id === m.figure)!.text]);
}

/** The relations of one type, each as its members [role, text]. */
export const relationsOf = (set: FigureSet, type: Relation['type']): [string, string][][] =>
  set.relations.filter((r) => r.type === type).map((r) => membersOf(set, r));

/** The one check on the relation of `type`. */
export function checkOf(set: FigureSet, type: Relation['type']): Check {
  const relations = set.relations.filter((r) => r.type === type);
  expect(relations).toHaveLength(1);
  const check = set.checks.find((c) => c.relation === relations[0]!.id);
  expect(check).toBeDefined();
  return check!;
}
