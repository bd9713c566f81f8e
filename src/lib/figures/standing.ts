/**
 * Where a check stands once editors have had their say: an unreviewed 不符 awaits review and is
 * not yet a finding; a dismissed check is not shown as its verdict; every other check keeps it.
 */
import type { Check, Verdict } from './types';
import { verdictLabel } from './verdicts';

export type Standing = Verdict | 'pending' | 'dismissed';

export function standingOf(check: Pick<Check, 'verdict' | 'review'>): Standing {
  if (check.review?.decision === 'dismiss') return 'dismissed';
  if (check.verdict === 'inconsistent' && check.review?.decision !== 'confirm') return 'pending';
  return check.verdict;
}

export const standingLabel: Record<Standing, string> = {
  ...verdictLabel,
  pending: '待编辑核实',
  dismissed: '编辑已排除',
};

/** The order standings are listed and counted in. */
export const STANDINGS: readonly Standing[] = [
  'inconsistent',
  'pending',
  'consistent',
  'direction',
  'uncheckable',
  'dismissed',
];

/** Checks with the editors’ decisions attached, by check id. */
export function withReviews<C extends Check>(
  checks: readonly C[],
  reviews: Readonly<Record<string, NonNullable<Check['review']>>> | undefined,
): C[] {
  return checks.map((c) => {
    const review = reviews?.[c.id];
    return review === undefined ? c : { ...c, review };
  });
}
