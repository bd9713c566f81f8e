/** Short names for figures drawn side by side, from their subjects, scopes or texts. */
import type { Figure } from '../figures/types';

/** The scope words of a figure, time then place: 五年来、全市. */
export const scopeText = (f: Figure): string => [...f.scope.time, ...f.scope.place].join('、');

/** Names that tell the figures apart: the subject when subjects differ; otherwise the scope words
 *  that differ (县(区) / 市级), the subject with its scope, or at last the text as written. */
export function distinctLabels(figs: Figure[]): string[] {
  const words = (f: Figure): string[] => [...f.scope.time, ...f.scope.place];
  const shared = (w: string): boolean => figs.every((g) => words(g).includes(w));
  const tries: ((f: Figure) => string)[] = [
    (f) => f.subject,
    (f) =>
      words(f)
        .filter((w) => !shared(w))
        .join('、'),
    (f) => [scopeText(f), f.subject].filter(Boolean).join(' '),
    (f) => [f.subject, f.text].filter(Boolean).join(' '),
  ];
  for (const t of tries) {
    const names = figs.map(t);
    if (names.every((n) => n !== '') && new Set(names).size === names.length) return names;
  }
  return figs.map((f) => f.display);
}
