/** Growth rates as bars from zero, beside their siblings from the same sentence or relation. */
import type { Figure } from '../figures/types';
import { formatFigure } from './format';
import { figureRow, type FormOptions, type Panel } from './panel';
import { distinctLabels } from './labels';
import { hbars } from './hbars';
import { textBlock } from './text';
import { fontSize } from './theme';

export interface GrowthData {
  rates: Figure[];
  /** What grows (新增市场主体3.87万户), named under the bars. */
  about: Figure[];
}

export function growth(data: GrowthData, o: FormOptions): Panel {
  const names = distinctLabels(data.rates);
  const bars = hbars(
    data.rates.map((f, i) => ({
      id: f.id,
      name: names[i] ?? f.text,
      value: f.value,
      valueText: formatFigure(f),
      highlight: f.id === o.highlight,
    })),
    o.width,
  );
  const about = textBlock(
    data.about.length
      ? `增长所指：${data.about.map((f) => `${f.subject}${formatFigure(f)}`).join('、')}`
      : '',
    0,
    bars.height + 2,
    o.width,
    { size: fontSize.small, fill: 'muted' },
  );
  return {
    body: bars.markup + about.markup,
    height: bars.height + (about.height ? 2 + about.height : 0),
    summary: data.rates.map((f, i) => `${names[i]}${f.text}`).join(','),
    rows: [
      ...data.rates.map((f, i) => figureRow(names[i] ?? '增长', f)),
      ...data.about.map((f) => figureRow(f.subject || '增长所指', f)),
    ],
  };
}
