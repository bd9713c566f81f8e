/**
 * Units compared as a reader compares them: full-width and half-width forms, and 百分点 with or
 * without its classifier, are one unit.
 */
const SAME: [RegExp, string][] = [
  [/％/g, '%'],
  [/[:：]/g, '∶'],
  [/^百分点$/, '个百分点'],
];

export function normaliseUnit(unit: string): string {
  return SAME.reduce((u, [pattern, to]) => u.replace(pattern, to), unit.trim());
}

/** Values agree within a relative tolerance of 1e-9 (exact for what a text can write). */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
