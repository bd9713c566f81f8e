/**
 * The nearest valid ids to a misspelt one, by edit distance, so an error can say what the
 * editor meant.
 */

/** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** Up to `count` candidates closest to `id`, nearest first, ties in alphabetical order. */
export function nearest(id: string, candidates: readonly string[], count = 3): string[] {
  return [...new Set(candidates)]
    .map((c) => ({ c, d: editDistance(id, c) }))
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0))
    .slice(0, count)
    .map((x) => x.c);
}
