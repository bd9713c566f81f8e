/** How check verdicts are coloured on the site; their names are the figures library's. */
import type { Verdict } from '../figures/types';

export { verdictLabel } from '../figures/verdicts';

/** Tailwind classes for a verdict badge, light and dark, AA contrast. */
export const verdictClass: Record<Verdict, string> = {
  consistent: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50',
  direction: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-50',
  inconsistent: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-50',
  uncheckable: 'bg-stone-200 text-stone-900 dark:bg-stone-700 dark:text-stone-50',
};
