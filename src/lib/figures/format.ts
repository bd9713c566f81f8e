/** Numbers for working lines: at most `digits` decimals, no trailing zeros, no binary noise. */
export function fmt(value: number, digits = 2): string {
  const fixed = Number(value.toFixed(digits));
  return Object.is(fixed, -0) ? '0' : String(fixed);
}

/** A value with its unit as the speech would write it: 226600户, 98.99%. */
export function withUnit(value: number, unit: string, digits = 2): string {
  return `${fmt(value, digits)}${unit}`;
}
