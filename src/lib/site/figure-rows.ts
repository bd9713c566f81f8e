/**
 * The rows of the figure index: one per figure, with what readers filter and sort by.
 */
import { standingOf, type Standing } from '../figures/standing';
import type { FigureSet } from '../figures/types';
import type { Part } from '../speech/types';
import { kindLabel } from './labels';
import { shownWords } from './shown';

export interface FigureRow {
  id: string;
  text: string;
  subject: string;
  value: number;
  unit: string;
  kind: string;
  part: string;
  paragraph: number;
  scope: string;
  /** Where the figure's checks stand, the most telling first: 不符 > 待编辑核实 > 数值相符 > 方向相符 > 无法核对 > 已排除. */
  verdict: Standing | 'none';
}

const SEVERITY: Record<FigureRow['verdict'], number> = {
  none: 0,
  dismissed: 1,
  uncheckable: 2,
  direction: 3,
  consistent: 4,
  pending: 5,
  inconsistent: 6,
};

export function figureRows(
  set: FigureSet,
  parts: readonly Pick<Part, 'id' | 'heading'>[],
  paragraphOrdinal: (id: string) => number,
): FigureRow[] {
  const partTitle = new Map(parts.map((p) => [p.id, shownWords(p.heading.text)]));
  const relationsOf = new Map<string, string[]>();
  for (const r of set.relations)
    for (const m of r.members)
      relationsOf.set(m.figure, [...(relationsOf.get(m.figure) ?? []), r.id]);
  const verdictOf = new Map(set.checks.map((c) => [c.relation, standingOf(c)]));
  return set.figures.map((f) => {
    const verdicts = (relationsOf.get(f.id) ?? []).flatMap((r) => verdictOf.get(r) ?? []);
    const verdict = verdicts.reduce<FigureRow['verdict']>(
      (worst, v) => (SEVERITY[v] > SEVERITY[worst] ? v : worst),
      'none',
    );
    return {
      id: f.id,
      text: f.display,
      subject: shownWords(f.subject),
      value: f.value,
      unit: f.unit,
      kind: kindLabel[f.kind],
      part: (f.part && partTitle.get(f.part)) || '',
      paragraph: paragraphOrdinal(f.paragraph),
      scope: shownWords([...f.scope.time, ...f.scope.place].join('、')),
      verdict,
    };
  });
}
