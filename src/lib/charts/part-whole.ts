/** Parts of a whole: the parts stacked in one bar, the whole bracketed above it, shares labelled. */
import { scaleLinear } from 'd3';
import type { Figure } from '../figures/types';
import { formatFigure, formatPercent, formatValue } from './format';
import { el } from './svg';
import { colour, fontSize } from './theme';
import { placeLabels, textBlock, type Label } from './text';
import {
  computedRow,
  figureRow,
  labelColour,
  markColour,
  type FormOptions,
  type Panel,
} from './panel';
import { distinctLabels } from './labels';

export interface PartWholeData {
  whole: Figure | null;
  parts: Figure[];
  /** Stated shares of the whole, by the id of the part they belong to. */
  shares: Record<string, Figure>;
}

/** The narrowest a part is drawn, so that a 1% part is still seen. */
export const MIN_SEGMENT = 3;
const BAR = 26;

export function partWhole(data: PartWholeData, o: FormOptions): Panel {
  const sum = data.parts.reduce((s, p) => s + p.value, 0);
  const total = Math.max(sum, data.whole?.value ?? 0);
  const x = scaleLinear().domain([0, total]).range([0, o.width]);
  const names = distinctLabels(data.parts);
  const top = 4 + fontSize.small * 1.4 + 6;
  const bracket = data.whole
    ? el('path', {
        d: `M0,${top - 4}V${top - 10}H${x(data.whole.value)}V${top - 4}`,
        fill: 'none',
        stroke: colour(data.whole.id === o.highlight ? 'highlight' : 'ink'),
        'stroke-width': 1.5,
        'data-figure': data.whole.id,
      }) +
      textBlock(`合计 ${formatFigure(data.whole)}`, 0, 0, o.width, {
        size: fontSize.small,
        fill: labelColour(data.whole.id, o.highlight),
        weight: data.whole.id === o.highlight ? 700 : undefined,
      }).markup
    : '';
  let x0 = 0;
  const segments = data.parts.map((p) => {
    const w = Math.max(MIN_SEGMENT, x(p.value));
    const seg = el('rect', {
      x: x0,
      y: top,
      width: w,
      height: BAR,
      // A part is drawn highlighted when its stated share is the figure the chart is for.
      fill: colour(
        markColour(data.shares[p.id]?.id === o.highlight ? o.highlight : p.id, o.highlight),
      ),
      stroke: colour('bg'),
      'stroke-width': 1,
      'data-figure': p.id,
    });
    const mid = x0 + w / 2;
    x0 += w;
    return { seg, mid };
  });
  const gap = data.whole && sum !== data.whole.value ? data.whole.value - sum : 0;
  const remainder =
    gap > 0
      ? el('rect', {
          x: x(sum),
          y: top,
          width: x(gap),
          height: BAR,
          fill: 'none',
          stroke: colour('muted'),
          'stroke-dasharray': '4 3',
        })
      : '';
  const labels = placeLabels(
    data.parts.map((p, i) => {
      const share = data.shares[p.id];
      const fill = labelColour(p.id, o.highlight);
      const lines: Label['lines'] = [
        { text: names[i] ?? p.text, style: { size: fontSize.small, fill } },
      ];
      lines.push({
        text: share ? `${formatFigure(p)} · ${formatFigure(share)}` : formatFigure(p),
        style: {
          size: fontSize.label,
          fill: share?.id === o.highlight ? 'highlight' : fill,
          weight: 700,
          figure: share?.id === o.highlight ? share.id : undefined,
        },
      });
      if (share && share.id === o.highlight) lines.reverse();
      return { x: segments[i]?.mid ?? 0, lines };
    }),
    top + BAR + 6,
    0,
    o.width,
  );
  const unit = data.whole?.unit ?? data.parts[0]?.unit ?? '';
  const partsText = data.parts.map((p, i) => `${names[i]}${formatFigure(p)}`).join(',');
  const summary = data.whole
    ? `合计${formatFigure(data.whole)}，其中${partsText}` +
      (gap !== 0
        ? `；各部分相加为${formatValue(sum, unit)}，与合计相差${formatValue(Math.abs(gap), unit)}`
        : '')
    : `${partsText}，相加为${formatValue(sum, unit)}`;
  const rows = [
    ...(data.whole ? [figureRow('合计', data.whole)] : []),
    ...data.parts.flatMap((p, i) => {
      const share = data.shares[p.id];
      const own = figureRow(names[i] ?? '部分', p);
      return share ? [own, figureRow(`${names[i] ?? '部分'}所占比例`, share)] : [own];
    }),
    ...data.parts.flatMap((p, i) =>
      data.whole && data.whole.value > 0 && !data.shares[p.id]
        ? [
            computedRow(
              `${names[i] ?? '部分'}占合计`,
              formatPercent((p.value / data.whole.value) * 100),
            ),
          ]
        : [],
    ),
  ];
  return {
    body: bracket + segments.map((s) => s.seg).join('') + remainder + labels.markup,
    height: top + BAR + 6 + labels.height,
    summary,
    rows,
  };
}
