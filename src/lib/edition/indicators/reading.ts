/**
 * How a target and an outcome are read, written once: the method page (指标：目标与结果)
 * explains these rules in words, and every verdict's working applies them.
 *
 * A target is read as the range of outcomes that meet it; an outcome as the range of values
 * its words allow. 达到 when every value the outcome allows meets the target, 未达到 when none
 * does, 无法判断 otherwise: the numbers settle it or no verdict is given.
 *  - 以上/不低于 (at-least): the outcome must reach the value; 超过 (over): exceed it;
 *    以内/以下/不超过 (at-most): stay at or below it; 近/不到 (under): below it.
 *  - A bare number, 左右/约 or a range: the indicator's direction says which side is the aim.
 *    左右 and 约 widen the value by ABOUT of itself both ways (7.5%左右: 7.125%–7.875%).
 *  - A level (赤字率): the outcome must fall within the planned value (or its 左右 band).
 */
import { fmt } from '../../figures/format';
import type { Bound, IndicatorDirection, IndicatorPoint, YearVerdict } from './types';

/** How far 左右 and 约 reach either side, relative to the value: ±5%. */
export const ABOUT = 0.05;

/** A range of values; ±Infinity where the words leave it open. */
export interface Interval {
  low: number;
  high: number;
  /** The end itself is excluded: 超过1000 is above 1000, 近1000 below it. */
  lowOpen: boolean;
  highOpen: boolean;
}

type Stated = Pick<IndicatorPoint, 'value' | 'high' | 'bound'>;

const closed = (low: number, high: number): Interval => ({
  low,
  high,
  lowOpen: false,
  highOpen: false,
});
const band = (v: number): Interval => closed(v - Math.abs(v) * ABOUT, v + Math.abs(v) * ABOUT);
const BOUND_ONLY: Partial<Record<Bound, (v: number) => Interval>> = {
  'at-least': (v) => closed(v, Infinity),
  over: (v) => ({ ...closed(v, Infinity), lowOpen: true }),
  'at-most': (v) => closed(-Infinity, v),
  under: (v) => ({ ...closed(-Infinity, v), highOpen: true }),
};

/** The values an outcome's words allow: 7.4% is 7.4; 超过6400 is above 6400; 6.5%－7% both ends. */
export function outcomeInterval({ value, high, bound }: Stated): Interval {
  const only = BOUND_ONLY[bound];
  if (only !== undefined) return only(value);
  if (bound === 'about') return band(value);
  return closed(value, bound === 'range' ? (high ?? value) : value);
}

/** The outcomes that meet a target, given the direction of its indicator. */
export function targetInterval(target: Stated, direction: IndicatorDirection): Interval {
  const only = BOUND_ONLY[target.bound];
  if (only !== undefined) return only(target.value);
  const planned = outcomeInterval(target);
  if (direction === 'at-least') return closed(planned.low, Infinity);
  if (direction === 'at-most') return closed(-Infinity, planned.high);
  return planned;
}

/** Whether every value of `inner` is in `outer`. */
function within(inner: Interval, outer: Interval): boolean {
  const lowOk =
    inner.low > outer.low || (inner.low === outer.low && (inner.lowOpen || !outer.lowOpen));
  const highOk =
    inner.high < outer.high || (inner.high === outer.high && (inner.highOpen || !outer.highOpen));
  return lowOk && highOk;
}

/** Whether no value is in both. */
function apart(a: Interval, b: Interval): boolean {
  const before = (x: Interval, y: Interval) =>
    x.high < y.low || (x.high === y.low && (x.highOpen || y.lowOpen));
  return before(a, b) || before(b, a);
}

/** 达到 / 未达到 / 无法判断 for a target and the outcome stated for it. */
export function verdictOf(
  target: Stated,
  outcome: Stated,
  direction: IndicatorDirection,
): YearVerdict {
  const met = targetInterval(target, direction);
  const stated = outcomeInterval(outcome);
  if (within(stated, met)) return 'met';
  if (apart(stated, met)) return 'missed';
  return 'unknown';
}

const num = (value: number, unit: string): string => `${fmt(value, 4)}${unit}`;

/** An interval in words: 不低于7.125%, 6.65%至7.35%, 高于6400万人. */
export function describeInterval(i: Interval, unit: string): string {
  if (i.low === -Infinity && i.high === Infinity) return '任何值';
  if (i.high === Infinity) return `${i.lowOpen ? '高于' : '不低于'}${num(i.low, unit)}`;
  if (i.low === -Infinity) return `${i.highOpen ? '低于' : '不高于'}${num(i.high, unit)}`;
  if (i.low === i.high) return num(i.low, unit);
  return `${num(i.low, unit)}至${num(i.high, unit)}`;
}

const DIRECTION_WORDS: Record<IndicatorDirection, string> = {
  'at-least': '这个指标越高越好，目标是要达到的下限',
  'at-most': '这个指标的目标是不超过的上限',
  level: '这个指标是安排的水平，没有越高越好或越低越好之分，结果要落在安排的数值上',
};

/** The working of a verdict, in Chinese: how the target is read, the outcome, the conclusion. */
export function readingWorking(
  target: IndicatorPoint,
  outcome: IndicatorPoint,
  direction: IndicatorDirection,
  unit: string,
): string[] {
  const verdict = verdictOf(target, outcome, direction);
  const met = targetInterval(target, direction);
  const lines: string[] = [];
  if (target.bound === 'about' || target.bound === 'exact' || target.bound === 'range')
    lines.push(`${DIRECTION_WORDS[direction]}。`);
  if (target.bound === 'about')
    lines.push(
      `“左右”按目标上下${fmt(ABOUT * 100)}%读：${target.text}即${describeInterval(band(target.value), unit)}。`,
    );
  lines.push(`达到目标的结果：${describeInterval(met, unit)}。`);
  if (outcome.bound !== 'exact')
    lines.push(
      `结果写作“${outcome.text}”，即${describeInterval(outcomeInterval(outcome), unit)}。`,
    );
  const shown = outcome.bound === 'exact' ? num(outcome.value, unit) : `“${outcome.text}”`;
  lines.push(
    verdict === 'met'
      ? `${shown}在这个范围内，所以达到${target.bound === 'about' ? '（在“左右”范围内）' : ''}。`
      : verdict === 'missed'
        ? `${shown}不在这个范围内，所以未达到。`
        : `${shown}可能在这个范围内，也可能不在，数字说不清，所以无法判断。`,
  );
  return lines;
}
