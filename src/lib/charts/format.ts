/** Every number a chart shows is formatted here, the Chinese way (万, 亿, %), with zh-CN Intl. */
import type { Figure } from '../figures/types';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('zh-CN', options);
    formatters.set(key, f);
  }
  return f;
}

/** 226600 → 22.66万, 14800 → 1.48万, 1977 → 1977; `digits` caps the decimals shown. */
export function formatNumber(value: number, digits = 4): string {
  return formatter(`c${digits}`, { notation: 'compact', maximumFractionDigits: digits }).format(
    value,
  );
}

/** A percentage as written: 98.99 → 98.99%, 0.13 → 0.13%. */
export function formatPercent(value: number, digits = 2): string {
  return formatter(`p${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(
    value / 100,
  );
}

/** A value with its unit: % as a percentage, anything else after the number. */
export function formatValue(value: number, unit: string, digits?: number): string {
  return unit === '%' ? formatPercent(value, digits) : `${formatNumber(value, digits)}${unit}`;
}

/** A ratio of after to before: 12.333 → ×12.3. */
export function formatMultiple(ratio: number): string {
  return `×${formatNumber(ratio, ratio < 10 ? 2 : 1)}`;
}

/** Qualifier words written before the number (近1000人), between number and unit (2000多人) or after. */
const BEFORE = new Set(['近', '约', '超过', '逾', '不到', '将近', '不足', '达']);
const BETWEEN = new Set(['多', '余']);

/** A number as the speech wrote it: 万 and 亿 where it used them (or the number is a million or
 *  more), otherwise whole digits (36960, not 3.696万). */
function formatStated(value: number, text: string): string {
  if (/[万亿]/.test(text) || Math.abs(value) >= 1e6) return formatNumber(value);
  return formatter('plain', { useGrouping: false, maximumFractionDigits: 4 }).format(value);
}

/** A figure's value as a reader should see it, with its range and qualifier: 8000份左右, 10万人以上. */
export function formatFigure(f: Figure): string {
  const one = (v: number): string =>
    f.unit === '%' ? formatPercent(v) : `${formatStated(v, f.text)}${f.unit}`;
  const number = f.valueHigh === undefined ? one(f.value) : `${one(f.value)}至${one(f.valueHigh)}`;
  const word = f.qualifier?.word;
  if (!word) return number;
  if (BEFORE.has(word)) return `${word}${number}`;
  if (BETWEEN.has(word) && f.unit !== '%' && f.valueHigh === undefined)
    return `${formatStated(f.value, f.text)}${word}${f.unit}`;
  return `${number}${word}`;
}

export { formatDate } from '../text/dates';
