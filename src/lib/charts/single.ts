/** One value on its own: a bar from zero to the value on an axis, qualifier and range drawn. */
import { scaleLinear } from 'd3';
import type { Figure } from '../figures/types';
import { formatFigure } from './format';
import { textEl } from './svg';
import { fontSize } from './theme';
import { LINE, textBlock } from './text';
import { figureRow, labelColour, markColour, type FormOptions, type Panel } from './panel';
import { axis } from './axis';
import { headroom, qualifiedBar, qualifierMeaning } from './qualifier';

export interface SingleData {
  figure: Figure;
}

const BAR = 22;

export function single(data: SingleData, o: FormOptions): Panel {
  const f = data.figure;
  const x = scaleLinear()
    .domain([0, Math.max(f.value, 1e-9) * headroom(f)])
    .nice(4)
    .range([0, o.width]);
  const labelY = fontSize.label * LINE.ascent;
  const label = textEl(0, labelY, formatFigure(f), {
    size: fontSize.label,
    weight: 700,
    fill: labelColour(f.id, o.highlight),
  });
  const top = fontSize.label * LINE.height + 4;
  const bar = qualifiedBar(f, {
    x,
    y: top,
    height: BAR,
    fill: markColour(f.id, o.highlight),
    id: o.id,
  });
  const ticks = axis(x, top + BAR + 6, f.unit, 4);
  const meaning = qualifierMeaning(f);
  const note = textBlock(meaning, 0, top + BAR + 6 + ticks.height + 4, o.width, {
    size: fontSize.small,
    fill: 'muted',
  });
  return {
    body: label + bar + ticks.markup + note.markup,
    height: top + BAR + 6 + ticks.height + 4 + note.height,
    summary: `${f.subject}${formatFigure(f)}${meaning ? `(${meaning})` : ''}`,
    rows: [figureRow(f.subject || '数值', f)],
  };
}
