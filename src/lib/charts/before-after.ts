/** Before and after: a dumbbell on a scale from zero, with the change and the multiple labelled,
 *  and a stated change rate set beside the one the two values imply. */
import { scaleLinear } from 'd3';
import type { Figure } from '../figures/types';
import { formatFigure, formatMultiple, formatPercent, formatValue } from './format';
import { el, textEl } from './svg';
import { colour, fontSize } from './theme';
import { fitSpan, placeLabels, textBlock, textWidth } from './text';
import {
  computedRow,
  figureRow,
  labelColour,
  markColour,
  type FormOptions,
  type Panel,
} from './panel';
import { axis } from './axis';

export interface BeforeAfterData {
  before: Figure;
  after: Figure;
  /** A stated change rate (减少幅度达40.5%), if the text gives one. */
  change: Figure | null;
}

/** Change from before to after, as the percentage of before (negative for a fall). */
export const changePercent = (before: number, after: number): number =>
  ((after - before) / before) * 100;

export function beforeAfter(data: BeforeAfterData, o: FormOptions): Panel {
  const { before, after, change } = data;
  const max = Math.max(before.value, after.value);
  const x = scaleLinear().domain([0, max]).nice().range([0, o.width]);
  const up = after.value >= before.value;
  const unit = after.unit || before.unit;
  const delta = after.value - before.value;
  const pct = before.value !== 0 ? changePercent(before.value, after.value) : null;
  const multiple = before.value !== 0 ? after.value / before.value : null;
  const head = 6;

  const above = placeLabels(
    [
      {
        x: x(before.value),
        lines: [
          { text: '之前', style: { size: fontSize.small, fill: 'muted' as const } },
          {
            text: formatFigure(before),
            style: { size: fontSize.label, fill: labelColour(before.id, o.highlight), weight: 700 },
          },
        ],
      },
    ],
    0,
    0,
    o.width,
  );
  const cy = above.height + 10;
  const ax = x(before.value);
  const bx = x(after.value);
  const tip = bx + (up ? -head - 5 : head + 5);
  const line =
    Math.abs(bx - ax) > head + 10
      ? el('path', {
          d: `M${ax},${cy}H${tip}`,
          stroke: colour('mark'),
          'stroke-width': 3,
        }) +
        el('path', {
          d: `M${tip},${cy - head}L${tip + (up ? head : -head)},${cy}L${tip},${cy + head}Z`,
          fill: colour('mark'),
        })
      : '';
  const dot = (f: Figure, cx: number, filled: boolean): string =>
    el('circle', {
      cx,
      cy,
      r: 6,
      fill: filled ? colour(markColour(f.id, o.highlight)) : colour('bg'),
      stroke: colour(f.id === o.highlight ? 'highlight' : 'ink'),
      'stroke-width': 2,
      'data-figure': f.id,
    });
  const below = placeLabels(
    [
      {
        x: bx,
        lines: [
          {
            text: formatFigure(after),
            style: { size: fontSize.label, fill: labelColour(after.id, o.highlight), weight: 700 },
          },
          { text: '之后', style: { size: fontSize.small, fill: 'muted' as const } },
        ],
      },
    ],
    cy + 12,
    0,
    o.width,
  );
  const axisY = cy + 12 + below.height + 4;
  const ticks = axis(x, axisY, unit);

  const changeWords = [
    `${up ? '增加' : '减少'}${formatValue(Math.abs(delta), unit, 2)}`,
    ...(pct !== null ? [`${up ? '增长' : '减少'}${formatPercent(Math.abs(pct), 1)}`] : []),
    ...(multiple !== null && up && multiple >= 2 ? [`为原来的${formatMultiple(multiple)}`] : []),
  ].join(',');
  const stated = change
    ? `文中所述幅度：${change.text};${pct !== null ? `按前后两数计算为${formatPercent(Math.abs(pct), 2)}` : ''}`
    : '';
  const changeBlock = textBlock(changeWords, 0, axisY + ticks.height + 6, o.width, {
    size: fontSize.label,
    weight: 700,
  });
  const statedBlock = textBlock(stated, 0, axisY + ticks.height + 6 + changeBlock.height, o.width, {
    size: fontSize.small,
    fill: change ? labelColour(change.id, o.highlight) : 'ink',
    weight: change && change.id === o.highlight ? 700 : undefined,
    figure: change?.id,
  });
  // The multiple rides above the arrow only where it clears the label of the value before.
  const beforeSpan = fitSpan(
    ax,
    Math.max(textWidth('之前', fontSize.small), textWidth(formatFigure(before), fontSize.label)),
    0,
    o.width,
  );
  const multipleText = multiple !== null && up && multiple >= 2 ? formatMultiple(multiple) : '';
  const multipleSpan = fitSpan((ax + bx) / 2, textWidth(multipleText, fontSize.label), 0, o.width);
  const multipleMark =
    multipleText !== '' && multipleSpan.x0 > beforeSpan.x1 + 6 && multipleSpan.x1 < bx - 8
      ? textEl((ax + bx) / 2, cy - 8, multipleText, {
          size: fontSize.label,
          anchor: 'middle',
          weight: 700,
        })
      : '';
  const rows = [
    figureRow('之前', before),
    figureRow('之后', after),
    computedRow('变化', `${delta >= 0 ? '+' : '−'}${formatValue(Math.abs(delta), unit, 2)}`),
    ...(pct !== null ? [computedRow('变化幅度', formatPercent(pct, 1))] : []),
    ...(multiple !== null ? [computedRow('之后 ÷ 之前', formatMultiple(multiple))] : []),
    ...(change ? [figureRow('文中所述变化幅度', change)] : []),
  ];
  return {
    body:
      above.markup +
      ticks.markup +
      line +
      dot(before, ax, false) +
      dot(after, bx, true) +
      multipleMark +
      below.markup +
      changeBlock.markup +
      statedBlock.markup,
    height: axisY + ticks.height + 6 + changeBlock.height + statedBlock.height,
    summary: `从${formatFigure(before)}${up ? '增加到' : '减少到'}${formatFigure(after)},${changeWords}`,
    rows,
  };
}
