/**
 * Facts a speech leaves out that ranks need: how many places a rank is out of (全省 → the 9
 * prefecture-level divisions of Guizhou). Editors give them in content/context/<slug>.yaml.
 */
import type { Figure } from './types';

export interface RankTotal {
  /** How many places are ranked. */
  total: number;
  /** What the places are, in Chinese. */
  what: string;
  /** Where the fact comes from. */
  source: string;
}

export interface RankContext {
  /** By the scope word a rank is stated under (全省). */
  rankTotals: readonly (RankTotal & { scope: string })[];
  /** For one figure; wins over rankTotals. */
  rankTotalByFigure: readonly (RankTotal & { figure: string })[];
}

/**
 * The facts for a rank figure: its own entry, else the entries whose scope word the rank is
 * stated under (in its text, 排全省第四位, or its place scope). None for other figures.
 */
export function rankTotalsOf(
  figure: Pick<Figure, 'id' | 'kind' | 'text'> & { scope: { place: readonly string[] } },
  context: RankContext | undefined,
): RankTotal[] {
  if (!context || figure.kind !== 'rank') return [];
  const own = context.rankTotalByFigure.filter((r) => r.figure === figure.id);
  if (own.length) return own;
  return context.rankTotals.filter(
    (r) => figure.text.includes(r.scope) || figure.scope.place.includes(r.scope),
  );
}
