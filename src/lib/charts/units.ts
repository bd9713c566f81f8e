/** A small count drawn one mark per unit (46个 → 46 squares), in rows of ten. */
import type { Figure } from '../figures/types';
import { formatFigure } from './format';
import { el, textEl } from './svg';
import { colour, fontSize } from './theme';
import { LINE, textBlock } from './text';
import { figureRow, labelColour, markColour, type FormOptions, type Panel } from './panel';
import { qualifierMeaning } from './qualifier';

export interface UnitsData {
  figure: Figure;
}

/** The largest count drawn unit by unit. */
export const MAX_UNITS = 60;
const PER_ROW = 10;

export function units(data: UnitsData, o: FormOptions): Panel {
  const f = data.figure;
  const n = Math.round(f.value);
  const open = f.qualifier?.bound === 'atLeast' || f.qualifier?.bound === 'moreThan';
  const cell = Math.min(24, o.width / PER_ROW);
  const side = cell - 4;
  const fill = colour(markColour(f.id, o.highlight));
  const top = fontSize.label * LINE.height + 4;
  // A bound adds one dashed mark past the last: there may be more than are drawn.
  const marks = Array.from({ length: n + (open ? 1 : 0) }, (_, i) => {
    const x = (i % PER_ROW) * cell;
    const y = top + Math.floor(i / PER_ROW) * cell;
    const extra = i === n;
    const short = f.qualifier?.bound === 'nearly' && i === n - 1;
    return el('rect', {
      x,
      y,
      width: side,
      height: side,
      fill: extra || short ? 'none' : fill,
      stroke: extra || short ? fill : undefined,
      'stroke-dasharray': extra ? '3 2' : undefined,
      'data-figure': f.id,
    });
  });
  const rows = Math.ceil(marks.length / PER_ROW);
  const label = textEl(0, fontSize.label * LINE.ascent, formatFigure(f), {
    size: fontSize.label,
    weight: 700,
    fill: labelColour(f.id, o.highlight),
  });
  const meaning = qualifierMeaning(f);
  const note = textBlock(
    `每格代表1${f.unit || '个'}${meaning ? `;${meaning}` : ''}`,
    0,
    top + rows * cell + 4,
    o.width,
    { size: fontSize.small, fill: 'muted' },
  );
  return {
    body: label + marks.join('') + note.markup,
    height: top + rows * cell + 4 + note.height,
    summary: `${f.subject}${formatFigure(f)}${meaning ? `(${meaning})` : ''}`,
    rows: [figureRow(f.subject || '数量', f)],
  };
}
