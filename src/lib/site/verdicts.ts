/** How check verdicts are named and coloured on the site. */
import type { Verdict } from '../figures/types';

export const verdictLabel: Record<Verdict, string> = {
  consistent: '相符',
  inconsistent: '不符',
  uncheckable: '无法核对',
};

/** Tailwind classes for a verdict badge, light and dark, AA contrast. */
export const verdictClass: Record<Verdict, string> = {
  consistent: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50',
  inconsistent: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-50',
  uncheckable: 'bg-stone-200 text-stone-900 dark:bg-stone-700 dark:text-stone-50',
};
