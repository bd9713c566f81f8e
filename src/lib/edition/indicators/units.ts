/**
 * Figures carry fully scaled values in the unit they show (1310万人 → 13100000 人); indicators
 * are read in a unit with its magnitude (万人). This converts one to the other, or says it cannot.
 */

const MAGNITUDE: [prefix: string, scale: number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
];

/** Units that measure the same thing as another, with the factor to it: 1斤 = 0.0005吨. */
const SAME_MEASURE: Record<string, [unit: string, factor: number]> = {
  斤: ['吨', 0.0005],
  公斤: ['吨', 0.001],
  千克: ['吨', 0.001],
};

/** An indicator's unit split into magnitude and the unit figures carry: 万人 → 1e4 × 人. */
function parseUnit(unit: string): { scale: number; base: string } {
  for (const [prefix, scale] of MAGNITUDE)
    if (unit.startsWith(prefix) && unit.length > prefix.length)
      return { scale, base: unit.slice(prefix.length) };
  return { scale: 1, base: unit };
}

/** Drops binary noise (0.1 + 0.2) that unit factors leave, keeping every written digit. */
const clean = (value: number): number => Number(value.toPrecision(12));

/**
 * `value` of a figure whose unit is `figureUnit`, in `indicatorUnit`; null when the units do
 * not measure the same thing (元 is not 人, 个百分点 is not %).
 */
export function convert(value: number, figureUnit: string, indicatorUnit: string): number | null {
  const { scale, base } = parseUnit(indicatorUnit);
  const [unit, factor] = SAME_MEASURE[figureUnit] ?? [figureUnit, 1];
  return unit === base ? clean((value * factor) / scale) : null;
}
