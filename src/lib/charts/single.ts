/**
 * One value on its own. An exact value is set as a number card: a bar alone on an empty axis would
 * add nothing. A value with a qualifier or a range gets a bar from zero with that drawn, since
 * the drawing then says what the words mean (8000份左右: somewhere about here).
 */
import { scaleLinear } from 'd3';
import type { Figure } from '../figures/types';
import { formatFigure } from './format';
import { el, textEl } from './svg';
import { colour, fontSize } from './theme';
import { LINE, textBlock } from './text';
import { figureRow, labelColour, markColour, type FormOptions, type Panel } from './panel';
import { axis } from './axis';
import { headroom, qualifiedBar, qualifierMeaning } from './qualifier';

export interface SingleData {
  figure: Figure;
}

const BAR = 22;
/** The card's number: larger than labels, no larger than the chart's title. */
const CARD_NUMBER = fontSize.title;

function numberCard(f: Figure, o: FormOptions): Panel {
  const number = textEl(14, CARD_NUMBER * LINE.ascent + 4, formatFigure(f), {
    size: CARD_NUMBER,
    weight: 700,
    fill: labelColour(f.id, o.highlight),
    figure: f.id,
  });
  const where = [...f.scope.time, ...f.scope.place, f.subject].filter(Boolean).join(' · ');
  const top = CARD_NUMBER * LINE.height + 8;
  const about = textBlock(where, 14, top, o.width - 14, { size: fontSize.label, fill: 'muted' });
  const height = top + about.height + 4;
  const rule = el('rect', {
    x: 0,
    y: 0,
    width: 4,
    height,
    fill: colour(markColour(f.id, o.highlight)),
  });
  return {
    body: rule + number + about.markup,
    height,
    summary: `${f.subject}${formatFigure(f)}`,
    rows: [figureRow(f.subject || '数值', f)],
  };
}

export function single(data: SingleData, o: FormOptions): Panel {
  const f = data.figure;
  if (!f.qualifier && f.valueHigh === undefined) return numberCard(f, o);
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
