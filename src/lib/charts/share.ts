/** A share of a whole: a proportion bar from 0 to 100%, and below it, when the share is small, a
 *  magnified inset in which it is wide enough to see (0.13% becomes a quarter of the width). */
import { scaleLinear } from 'd3';
import type { Figure } from '../figures/types';
import { formatFigure, formatNumber, formatPercent, formatValue } from './format';
import { el, textEl } from './svg';
import { colour, fontSize } from './theme';
import { placeLabels, textBlock } from './text';
import { computedRow, figureRow, markColour, type FormOptions, type Panel } from './panel';
import { axis } from './axis';

export interface ShareData {
  /** The percentage (0.13 for 0.13%). */
  share: Figure;
  /** The count the share is of (134项), if stated. */
  part: Figure | null;
  /** The whole the share is taken of (890个 problems for 整改率), if stated. */
  whole: Figure | null;
  /** What a check computes from the others, e.g. the implied whole. */
  implied: { label: string; value: number; low: number; high: number; unit: string } | null;
}

/** Shares below this are magnified in an inset. */
export const INSET_BELOW = 5;
/** The narrowest the share is drawn on the full bar. */
export const MIN_SLIVER = 2;
const BAR = 18;
const ZOOM_TOPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20];

export function share(data: ShareData, o: FormOptions): Panel {
  const s = data.share;
  const value = Math.min(Math.max(s.value, 0), 100);
  const x = scaleLinear().domain([0, 100]).range([0, o.width]);
  const fill = colour(markColour(s.id, o.highlight));
  // The headline names the part and the share: it is the mark of whichever of them is highlighted.
  const headFigure = [s, data.part].find((f) => f?.id === o.highlight);
  const text = headFigure ? 'highlight' : 'ink';
  const bar = (y: number, width: number, w: number): string =>
    el('rect', { x: 0, y, width, height: BAR, fill: colour('grid') }) +
    el('rect', { x: 0, y, width: w, height: BAR, fill, 'data-figure': s.id });
  const main = bar(0, o.width, Math.max(MIN_SLIVER, x(value)));
  const headline = data.part
    ? `${formatFigure(data.part)} · ${formatFigure(s)}`
    : `${s.subject} ${formatFigure(s)}`.trim();
  const labels = placeLabels(
    [
      {
        x: Math.max(MIN_SLIVER, x(value)) / 2,
        lines: [
          {
            text: headline,
            style: { size: fontSize.label, fill: text, weight: 700, figure: headFigure?.id },
          },
        ],
      },
      {
        x: (x(value) + o.width) / 2,
        lines: [
          {
            text: `其余 ${formatPercent(100 - value)}`,
            style: { size: fontSize.small, fill: 'muted' as const },
          },
        ],
      },
    ],
    BAR + 6,
    0,
    o.width,
  );
  let y = BAR + 6 + labels.height + 4;
  let inset = '';
  if (value > 0 && value < INSET_BELOW) {
    // The inset spans a round fraction of the whole, three times the share or more.
    const top = ZOOM_TOPS.find((t) => t >= value * 3) ?? INSET_BELOW;
    const zoom = scaleLinear().domain([0, top]).range([0, o.width]);
    const factor = Math.round(100 / top);
    const iy = y + 24;
    const ticks = axis(zoom, iy + BAR, '%', 4);
    const caption = iy + BAR + ticks.height + 4;
    inset =
      el('path', {
        d: `M0,${y}L0,${iy}M${x(top)},${y}L${o.width},${iy}`,
        stroke: colour('muted'),
        'stroke-dasharray': '3 3',
        fill: 'none',
      }) +
      bar(iy, o.width, zoom(value)) +
      ticks.markup +
      textEl(
        o.width / 2,
        caption + fontSize.small,
        `局部放大${factor}倍：0 至 ${formatPercent(top)}`,
        {
          size: fontSize.small,
          fill: 'muted',
          anchor: 'middle',
        },
      );
    y = caption + fontSize.small * 1.35 + 6;
  }
  const statement = [
    data.part
      ? `${formatFigure(data.part)}占${formatFigure(s)}`
      : `${s.subject || '比例'}${formatFigure(s)}`,
    ...(data.whole
      ? [
          `${formatFigure(data.whole)} × ${formatFigure(s)} ≈ ${formatValue((data.whole.value * s.value) / 100, data.whole.unit, 0)}`,
        ]
      : []),
    ...(data.implied
      ? [
          `按此推算${data.implied.label}约为${formatValue(data.implied.value, data.implied.unit, 2)}（四舍五入允许${formatNumber(data.implied.low, 2)}至${formatNumber(data.implied.high, 2)})`,
        ]
      : []),
  ].join(';');
  const wholeLit = data.whole?.id === o.highlight;
  const block = textBlock(statement, 0, y, o.width, {
    size: fontSize.small,
    fill: wholeLit ? 'highlight' : 'ink',
    weight: wholeLit ? 700 : undefined,
    figure: wholeLit ? data.whole?.id : undefined,
  });
  const rows = [
    figureRow('比例', s),
    ...(data.part ? [figureRow('数量', data.part)] : []),
    ...(data.whole ? [figureRow('总数', data.whole)] : []),
    ...(data.whole
      ? [
          computedRow(
            '总数 × 比例',
            formatValue((data.whole.value * s.value) / 100, data.whole.unit, 0),
          ),
        ]
      : []),
    ...(data.implied
      ? [
          computedRow(
            `推算${data.implied.label}`,
            formatValue(data.implied.value, data.implied.unit, 2),
          ),
        ]
      : []),
  ];
  return {
    body: main + labels.markup + inset + block.markup,
    height: y + block.height,
    summary: statement,
    rows,
  };
}
