/**
 * Numbers in working lines as a Chinese reader writes them: 67.7万亿元, 7800亿元, 22.66万户,
 * differences of percentages in 个百分点, and no range that says nothing.
 */
import { fmt } from '../format';
import type { Figure } from '../types';

const SCALES: readonly [number, string][] = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];

function scaled(value: number, scale: number, word: string, unit: string, digits: number): string {
  return `${fmt(value / scale, digits)}${word}${unit}`;
}

const scaleFor = (abs: number) => SCALES.find(([s]) => abs >= s);

/** A computed value with its unit: 万, 亿 or 万亿 from 1万 up, as reports write them. */
export function cn(value: number, unit: string, digits = 2, size = Math.abs(value)): string {
  if (unit === '%' || unit === '个百分点') return `${fmt(value, digits)}${unit}`;
  const scale = scaleFor(size);
  return scale === undefined
    ? `${fmt(value, digits)}${unit}`
    : scaled(value, scale[0], scale[1], unit, digits);
}

/** A figure's value in the scale its text uses (1.4万亿元, 7800亿元); as written when qualified (63%以上). */
export function shown(f: Figure): string {
  if (f.qualifier !== null) return f.display;
  const scale = SCALES.find(([, word]) => f.text.includes(word));
  return scale === undefined
    ? `${fmt(f.value, 4)}${f.unit}`
    : scaled(f.value, scale[0], scale[1], f.unit, 4);
}

/** The difference of two percentages, in 个百分点. */
export function points(value: number, digits = 2): string {
  return `${fmt(value, digits)}个百分点`;
}

/** A range low–high, or the one value when rounding leaves no range worth printing. */
export function span(low: number, high: number, unit: string, digits = 2): string {
  const size = Math.max(Math.abs(low), Math.abs(high));
  const a = cn(low, unit, digits, size);
  const b = cn(high, unit, digits, size);
  return a === b ? a : `${a}至${b}`;
}

/** A value with as many decimals as a stated figure was written with: 3.10 stays 3.10. */
export function likeStated(value: number, stated: Figure): string {
  const m = /\.(\d+)/.exec(stated.text);
  return value.toFixed(m === null ? 0 : m[1]!.length);
}
