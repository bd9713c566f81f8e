/**
 * The marks of an indicator chart: a target drawn as what it says (左右 a band held by brackets, a
 * range a band between its ends, 以上 a floor with upward arrows, 以内 a ceiling with downward
 * arrows, an exact plan a plain line) and an outcome as a filled dot.
 */
import { el } from './svg';
import { colour } from './theme';

/** How a stated number stands to its value (the same words as the indicator model's). */
export type IndicatorBound =
  'about' | 'at-least' | 'at-most' | 'exact' | 'over' | 'under' | 'range';

/** Half the height of a 左右 band, in user units: the text names no width, so the band only
 *  shows that the value is approximate and claims no tolerance. */
export const ABOUT_HALF = 7;
/** Length of a floor's or ceiling's arrows. */
export const ARROW = 14;
export const DOT_RADIUS = 5;

export interface TargetMark {
  /** Centre of the column and half the mark's width. */
  cx: number;
  half: number;
  /** y of the value and, for a range, of its upper end. */
  y: number;
  yHigh?: number;
  bound: IndicatorBound;
}

const ink = colour('ink');

/** An arrow from the line at y, pointing up (dir −1) or down (dir 1). */
const arrow = (x: number, y: number, dir: 1 | -1): string =>
  el('path', {
    d: `M${x},${y}V${y + dir * ARROW}M${x - 4},${y + dir * (ARROW - 5)}L${x},${y + dir * ARROW}L${x + 4},${y + dir * (ARROW - 5)}`,
    fill: 'none',
    stroke: ink,
    'stroke-width': 1.5,
    class: dir < 0 ? 'mark-up' : 'mark-down',
  });

const line = (x0: number, x1: number, y: number, extra: Record<string, string | number> = {}) =>
  el('path', { d: `M${x0},${y}H${x1}`, stroke: ink, 'stroke-width': 2.5, ...extra });

/** A band from y0 to y1 (y0 above), closed by brackets at both ends. */
function band(x0: number, x1: number, y0: number, y1: number, kind: string): string {
  const bracket = (x: number, dir: 1 | -1): string =>
    el('path', {
      d: `M${x + dir * 4},${y0}H${x}V${y1}H${x + dir * 4}`,
      fill: 'none',
      stroke: ink,
      'stroke-width': 1.5,
    });
  return (
    el('rect', {
      x: x0,
      y: y0,
      width: x1 - x0,
      height: y1 - y0,
      fill: colour('mark'),
      'fill-opacity': 0.3,
      class: `band band-${kind}`,
      'data-y0': y0,
      'data-y1': y1,
    }) +
    bracket(x0, 1) +
    bracket(x1, -1)
  );
}

export function targetMark(t: TargetMark): string {
  const x0 = t.cx - t.half;
  const x1 = t.cx + t.half;
  if (t.yHigh !== undefined)
    return (
      band(x0, x1, t.yHigh, t.y, 'range') +
      line(x0, x1, t.y, { 'stroke-width': 1.5 }) +
      line(x0, x1, t.yHigh, { 'stroke-width': 1.5 })
    );
  switch (t.bound) {
    case 'about':
      return (
        band(x0, x1, t.y - ABOUT_HALF, t.y + ABOUT_HALF, 'about') +
        line(x0, x1, t.y, { 'stroke-width': 1.5, 'stroke-dasharray': '3 2' })
      );
    case 'at-least':
    case 'over':
      return (
        line(x0, x1, t.y, { class: 'floor' }) + arrow(x0 + 6, t.y, -1) + arrow(x1 - 6, t.y, -1)
      );
    case 'at-most':
    case 'under':
      return (
        line(x0, x1, t.y, { class: 'ceiling' }) + arrow(x0 + 6, t.y, 1) + arrow(x1 - 6, t.y, 1)
      );
    default:
      return line(x0, x1, t.y, { class: 'level' });
  }
}

/** How far the target's mark reaches above and below its value's y. */
export function targetReach(bound: IndicatorBound): { above: number; below: number } {
  switch (bound) {
    case 'about':
      return { above: ABOUT_HALF, below: ABOUT_HALF };
    case 'at-least':
    case 'over':
      return { above: ARROW, below: 0 };
    case 'at-most':
    case 'under':
      return { above: 0, below: ARROW };
    default:
      return { above: 0, below: 0 };
  }
}

export const outcomeDot = (cx: number, cy: number, fill: string): string =>
  el('circle', {
    cx,
    cy,
    r: DOT_RADIUS,
    fill,
    stroke: colour('bg'),
    'stroke-width': 1.5,
    class: 'outcome',
  });
