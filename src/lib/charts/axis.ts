/** A bottom axis for a linear scale from zero: baseline and a few ticks, labels the Chinese way. */
import type { ScaleLinear } from 'd3';
import { formatValue } from './format';
import { el, textEl } from './svg';
import { colour, fontSize } from './theme';
import { dodgeRows, fitSpan, textWidth, LINE } from './text';

export function axis(
  x: ScaleLinear<number, number>,
  y: number,
  unit: string,
  count = 4,
): { markup: string; height: number } {
  const [r0, r1] = x.range() as [number, number];
  const ticks = x.ticks(count);
  const size = fontSize.small;
  const labels = ticks.map((t) => {
    const text = formatValue(t, unit === '%' ? '%' : '', 2);
    return { t, text, span: fitSpan(x(t), textWidth(text, size), r0, r1) };
  });
  // Ticks whose labels would collide are drawn without a label rather than on top of another.
  const rows = dodgeRows(
    labels.map((l) => l.span),
    4,
  );
  const markup =
    el('path', { d: `M${r0},${y}H${r1}`, stroke: colour('grid'), 'stroke-width': 1 }) +
    labels
      .map((l, i) =>
        (rows[i] ?? 0) > 0
          ? ''
          : el('path', { d: `M${x(l.t)},${y}v4`, stroke: colour('grid') }) +
            textEl(l.span.x, y + 4 + size * LINE.ascent, l.text, {
              size,
              fill: 'muted',
              anchor: l.span.anchor,
            }),
      )
      .join('');
  return { markup, height: 4 + size * LINE.height };
}
