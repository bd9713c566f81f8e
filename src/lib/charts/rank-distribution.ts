/** Rank counts (7个全省第一、9个第二 …) as bars, one per place, with their sum. */
import type { Figure } from '../figures/types';
import { formatFigure, formatNumber } from './format';
import { computedRow, figureRow, type FormOptions, type Panel } from './panel';
import { hbars } from './hbars';
import { textBlock } from './text';
import { fontSize } from './theme';

export interface RankDistributionData {
  counts: Figure[];
}

/** The place a count is for, from the words after its number: 7个全省第一 → 全省第一. */
export function placeName(f: Figure, i: number): string {
  const m = /(第[一二三四五六七八九十\d]+)/.exec(f.text);
  const after =
    f.unit && f.text.includes(f.unit) ? f.text.slice(f.text.indexOf(f.unit) + f.unit.length) : '';
  return after || m?.[1] || `第${i + 1}`;
}

export function rankDistribution(data: RankDistributionData, o: FormOptions): Panel {
  const names = data.counts.map(placeName);
  const bars = hbars(
    data.counts.map((f, i) => ({
      id: f.id,
      name: names[i] ?? '',
      value: f.value,
      valueText: formatFigure(f),
      highlight: f.id === o.highlight,
    })),
    o.width,
  );
  const sum = data.counts.reduce((s, f) => s + f.value, 0);
  const unit = data.counts[0]?.unit ?? '';
  const total = textBlock(`合计${formatNumber(sum)}${unit}`, 0, bars.height + 2, o.width, {
    size: fontSize.small,
    fill: 'muted',
  });
  return {
    body: bars.markup + total.markup,
    height: bars.height + 2 + total.height,
    summary: `${data.counts.map((f) => f.display).join('、')}，合计${formatNumber(sum)}${unit}`,
    rows: [
      ...data.counts.map((f, i) => figureRow(names[i] ?? '', f)),
      computedRow('合计', `${formatNumber(sum)}${unit}`),
    ],
  };
}
