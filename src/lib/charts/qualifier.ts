/** How a value's qualifier is drawn at the end of its bar: a fuzzy end for 左右, an arrow into
 *  open space for 以上/多, a mark short of the value for 近, an arrow back for upper bounds. */
import type { Figure } from '../figures/types';
import { el } from './svg';
import { colour, type ColourName } from './theme';

/** How far past the value the scale must reach to leave room for the qualifier's mark. */
export const headroom = (f: Figure): number =>
  f.valueHigh !== undefined ? f.valueHigh / f.value : f.qualifier ? 1.3 : 1.08;

export interface BarEnd {
  /** Scale from value to x. */
  x: (v: number) => number;
  y: number;
  height: number;
  fill: ColourName;
  /** Prefix for ids of gradient and marker definitions. */
  id: string;
}

/** The bar for a figure, from zero to its value, its end drawn as its qualifier says. */
export function qualifiedBar(f: Figure, b: BarEnd): string {
  const { x, y, height: h } = b;
  const fill = colour(b.fill);
  const mid = y + h / 2;
  const solid = (to: number, extra: Record<string, string | number> = {}): string =>
    el('rect', {
      x: x(0),
      y,
      width: Math.max(1, x(to) - x(0)),
      height: h,
      fill,
      'data-figure': f.id,
      ...extra,
    });
  const arrow = (from: number, to: number): string => {
    const dir = to > from ? 1 : -1;
    const tip = x(to);
    return (
      el('path', {
        d: `M${x(from)},${mid}H${tip - dir * 6}`,
        stroke: fill,
        'stroke-width': 2,
        'stroke-dasharray': '4 3',
      }) +
      el('path', {
        d: `M${tip - dir * 8},${mid - 6}L${tip},${mid}L${tip - dir * 8},${mid + 6}`,
        fill: 'none',
        stroke: fill,
        'stroke-width': 2,
      })
    );
  };
  const tick = (v: number, open: boolean): string =>
    el('circle', {
      cx: x(v),
      cy: mid,
      r: 5,
      fill: open ? colour('bg') : fill,
      stroke: fill,
      'stroke-width': 2,
    });
  if (f.valueHigh !== undefined) {
    return (
      solid(f.value) +
      el('rect', {
        x: x(f.value),
        y,
        width: x(f.valueHigh) - x(f.value),
        height: h,
        fill,
        'fill-opacity': 0.35,
      })
    );
  }
  switch (f.qualifier?.bound) {
    case 'approx': {
      const gid = `${b.id}-fuzz`;
      const lo = f.value * 0.92;
      const hi = f.value * 1.08;
      return (
        el(
          'defs',
          {},
          el(
            'linearGradient',
            { id: gid },
            el('stop', { offset: 0, 'stop-color': fill }) +
              el('stop', { offset: 1, 'stop-color': fill, 'stop-opacity': 0 }),
          ),
        ) +
        solid(lo) +
        el('rect', { x: x(lo), y, width: x(hi) - x(lo), height: h, fill: `url(#${gid})` }) +
        el('path', {
          d: `M${x(f.value)},${y - 4}V${y + h + 4}`,
          stroke: colour('ink'),
          'stroke-width': 1.5,
          'stroke-dasharray': '2 2',
        })
      );
    }
    case 'atLeast':
    case 'moreThan':
      return (
        solid(f.value) +
        arrow(f.value, f.value * 1.28) +
        tick(f.value, f.qualifier?.bound === 'moreThan')
      );
    case 'nearly':
      return solid(f.value * 0.96) + tick(f.value, true);
    case 'upTo':
      return solid(f.value, { 'fill-opacity': 0.35 }) + tick(f.value, false);
    default:
      return solid(f.value);
  }
}

/** The qualifier in words, for labels and descriptions. */
export function qualifierMeaning(f: Figure): string {
  switch (f.qualifier?.bound) {
    case 'approx':
      return '约数：实际值在此上下';
    case 'atLeast':
      return '下限：至少为此数，可能更多';
    case 'moreThan':
      return '下限：多于此数';
    case 'nearly':
      return '接近此数，但未达到';
    case 'upTo':
      return '上限：至多为此数';
    default:
      return '';
  }
}
