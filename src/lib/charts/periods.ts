/** One quantity over several periods (五年来 36960份, 今年 3790份, 全年预计 8000份左右): a bar per
 *  period, the forecast's approximate end drawn open. */
import type { Figure } from '../figures/types';
import { formatFigure } from './format';
import { figureRow, type FormOptions, type Panel } from './panel';
import { hbars } from './hbars';

export interface PeriodsData {
  figures: Figure[];
}

const periodName = (f: Figure): string => f.scope.time.join('') || f.text;

export function periods(data: PeriodsData, o: FormOptions): Panel {
  const bars = hbars(
    data.figures.map((f) => ({
      id: f.id,
      name: periodName(f),
      value: f.value,
      valueText: formatFigure(f),
      highlight: f.id === o.highlight,
      approx: f.qualifier?.bound === 'approx',
    })),
    o.width,
  );
  return {
    body: bars.markup,
    height: bars.height,
    summary: data.figures.map((f) => `${periodName(f)}${formatFigure(f)}`).join(','),
    rows: data.figures.map((f) => figureRow(periodName(f), f)),
  };
}
