/**
 * How checks are named and coloured on the site, by where they stand after editors' review: an
 * unreviewed 不符 awaits review and is not shown in red; a dismissed check is set apart.
 */
import type { Check } from '../figures';
import { standingOf, type Standing } from '../figures/standing';

export { standingLabel, standingOf, STANDINGS, type Standing } from '../figures/standing';

/** Tailwind classes for a badge, light and dark, AA contrast. */
export const standingClass: Record<Standing, string> = {
  consistent: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50',
  direction: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-50',
  uncheckable: 'bg-stone-200 text-stone-900 dark:bg-stone-700 dark:text-stone-50',
  pending: 'bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50',
  inconsistent: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-50',
  dismissed: 'bg-stone-100 text-stone-700 dark:bg-stone-800 dark:text-stone-200',
};

/** How many of the checks stand where `standing` says. */
export const countStanding = (checks: readonly Check[], standing: Standing): number =>
  checks.filter((c) => standingOf(c) === standing).length;
