/**
 * The figures at a glance: the findings (不符 an editor confirmed), and every figure grouped under
 * the point (第一,…) or part it stands in, in the order of the speech.
 */
import { standingOf } from '../figures/standing';
import type { Check, Figure } from '../figures/types';
import type { Part } from '../speech/types';
import { shownWords } from './shown';

export interface FigureGroup {
  /** Id of the point or part, for links into the reading page. */
  id: string;
  heading: string;
  figures: Figure[];
}

export function figureGroups(parts: readonly Part[], figures: readonly Figure[]): FigureGroup[] {
  const headings = new Map<string, string>();
  for (const part of parts) {
    headings.set(part.id, shownWords(part.heading.text));
    for (const point of part.points) headings.set(point.id, shownWords(point.heading.text));
  }
  const groups = new Map<string, FigureGroup>();
  for (const f of figures) {
    const id = f.point ?? f.part ?? f.paragraph;
    const group = groups.get(id) ?? { id, heading: headings.get(id) ?? '', figures: [] };
    group.figures.push(f);
    groups.set(id, group);
  }
  return [...groups.values()];
}

/** The checks a speech's home shows as findings: only 不符 an editor has confirmed. */
export const findings = <C extends Check>(checks: readonly C[]): C[] =>
  checks.filter((c) => standingOf(c) === 'inconsistent');
