/**
 * The figures in question: for each 不符 an editor has confirmed, the figure whose stated
 * value the check tests (平均每天193户, not the total it is computed from). They carry the alarm
 * colour and mark on every page; the figures they are checked against stay neutral.
 */
import type { FigureSet } from '../figures/types';
import { standingOf } from '../figures/standing';

export function claimsInQuestion(
  set: Pick<FigureSet, 'figures' | 'relations' | 'checks'>,
): Set<string> {
  const value = new Map(set.figures.map((f) => [f.id, f.value]));
  const relations = new Map(set.relations.map((r) => [r.id, r]));
  const claims = new Set<string>();
  for (const check of set.checks) {
    if (standingOf(check) !== 'inconsistent') continue;
    const members = relations.get(check.relation)?.members.map((m) => m.figure) ?? [];
    const stated = members.filter((id) => value.get(id) === check.stated);
    for (const id of stated.length > 0 ? stated : members) claims.add(id);
  }
  return claims;
}
