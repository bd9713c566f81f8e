/**
 * One indicator followed across speeches: for each year, the target as the text sets it and the
 * outcome a later speech states, on one value axis, with the year's verdict written under it.
 * Every mark is a link to the figure page it comes from, laid over the drawing: the drawing is an
 * image with a text alternative, and an image may hold no link.
 */
import { scaleBand, scaleLinear } from 'd3';
import { fullWidthPunctuation } from '../speech/punctuation-repairs';
import { sentences } from '../text/prose';
import { frame, PAD } from './frame';
import { formatValue } from './format';
import {
  DOT_RADIUS,
  outcomeDot,
  targetMark,
  targetReach,
  type IndicatorBound,
} from './indicator-marks';
import { el, textEl, type TextStyle } from './svg';
import { colour, fontSize, type ColourName } from './theme';
import { LINE, textWidth, wrap } from './text';
import type { ChartTable } from './types';

export type { IndicatorBound } from './indicator-marks';

export type IndicatorVerdict = 'met' | 'missed' | 'unknown';

/** One stated number: where it is drawn, what it says, the page it comes from. */
export interface IndicatorValue {
  value: number;
  /** The upper end of a stated range (6.5%－7%, bound `range`). */
  high?: number;
  bound: IndicatorBound;
  /** As written in the speech, e.g. 7.5%左右. */
  text: string;
  /** The figure page the mark links to. */
  href: string;
}

export interface IndicatorChartYear {
  year: number;
  target: IndicatorValue | null;
  outcome: IndicatorValue | null;
  verdict: IndicatorVerdict;
  /** The verdict in words: 达到, 未达到, 无法判断. */
  verdictLabel: string;
}

export interface IndicatorChartInput {
  /** Prefix for ids inside the SVG (ASCII). */
  id: string;
  title: string;
  subtitle: string;
  source: string;
  /** The unit of every value, e.g. %, 万人. */
  unit: string;
  years: IndicatorChartYear[];
  /** Where the links open: `_blank` for a chart embedded in another site's page. */
  linkTarget?: '_blank';
}

export interface IndicatorChart {
  svg: string;
  description: string;
  table: ChartTable;
}

/** Colours of the verdicts, the same as the site's: met green, missed red, unknown grey. */
export const VERDICT_COLOUR: Record<IndicatorVerdict, ColourName> = {
  met: 'good',
  missed: 'bad',
  unknown: 'muted',
};

const PLOT_HEIGHT = 190;
/** Room above the plot's top value and below its bottom for labels and marks. */
const HEADROOM = 26;

/** The values drawn, for the scale. */
const valuesOf = (years: IndicatorChartYear[]): number[] =>
  years.flatMap((y) =>
    [y.target, y.outcome].flatMap((v) =>
      v ? [v.value, ...(v.high !== undefined ? [v.high] : [])] : [],
    ),
  );

/** The value scale: the values' range with a margin, never flat. */
function valueScale(values: number[], top: number, bottom: number) {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  // A flat or near-flat series still gets a readable scale: a fifth of its size, at least 0.01.
  const span = Math.max(hi - lo, Math.abs(hi) * 0.2, 0.01);
  return scaleLinear()
    .domain([lo - span * 0.15, hi + span * 0.15])
    .nice(4)
    .range([bottom, top]);
}

const tickText = (t: number, unit: string): string => formatValue(t, unit === '%' ? '%' : '', 2);

/** Words a target ends in that say how it is bounded: a narrow column breaks before them. */
const QUALIFIER = /(左右|以上|以内|以下|上下|多|余)$/;

/** A target as written, in lines no wider than `width`: whole, else its number and its qualifier. */
function targetLines(text: string, width: number, size: number): string[] {
  const shown = fullWidthPunctuation(text);
  if (textWidth(shown, size) <= width) return [shown];
  const m = QUALIFIER.exec(shown);
  const parts = m ? [shown.slice(0, m.index), m[1] ?? ''] : [shown];
  return parts.flatMap((p) => wrap(p, width, size));
}

/** Lines centred on x, the first baseline a line below y. */
const centredLines = (lines: string[], x: number, y: number, style: TextStyle): string =>
  lines
    .map((l, i) =>
      textEl(x, y + (i * LINE.height + LINE.ascent) * style.size, l, {
        ...style,
        anchor: 'middle',
      }),
    )
    .join('');

/** A link over a mark: a transparent box where the mark and its label are drawn. */
function hitLink(
  v: IndicatorValue,
  label: string,
  box: { x0: number; x1: number; y0: number; y1: number },
  data: { year: number; role: 'target' | 'outcome' },
  target: string | undefined,
): string {
  return el(
    'a',
    {
      href: v.href,
      target,
      'aria-label': label,
      class: 'point-link',
      'data-year': data.year,
      'data-role': data.role,
    },
    el('rect', {
      x: box.x0,
      y: box.y0,
      width: box.x1 - box.x0,
      height: box.y1 - box.y0,
      fill: 'transparent',
    }),
  );
}

export function indicatorChart(input: IndicatorChartInput, width = 400): IndicatorChart {
  const inner = width - 2 * PAD;
  const size = fontSize.small;
  const legendHeight = fontSize.small * LINE.height + 8;
  const top = legendHeight + HEADROOM;
  const bottom = legendHeight + HEADROOM + PLOT_HEIGHT;
  const y = valueScale(valuesOf(input.years), top, bottom);
  const ticks = y.ticks(4);
  const gutter = Math.max(...ticks.map((t) => textWidth(tickText(t, input.unit), size))) + 6;
  const x = scaleBand<number>()
    .domain(input.years.map((yr) => yr.year))
    .range([gutter, inner])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const bw = x.bandwidth();
  const half = Math.min(bw * 0.45, 44);
  const axisY = bottom + HEADROOM;

  const legend =
    el('path', { d: `M0,${size * 0.6}H18`, stroke: colour('ink'), 'stroke-width': 2.5 }) +
    textEl(24, size * LINE.ascent, '目标', { size, fill: 'muted' }) +
    el('circle', { cx: 70, cy: size * 0.6, r: DOT_RADIUS, fill: colour('ink') }) +
    textEl(80, size * LINE.ascent, '结果', { size, fill: 'muted' }) +
    textEl(inner, size * LINE.ascent, `单位：${input.unit}`, {
      size,
      fill: 'muted',
      anchor: 'end',
    });

  const grid = ticks
    .map(
      (t) =>
        el('path', {
          d: `M${gutter},${y(t)}H${inner}`,
          stroke: colour('grid'),
          'stroke-width': 1,
        }) +
        textEl(gutter - 6, y(t) + size * 0.35, tickText(t, input.unit), {
          size,
          fill: 'muted',
          anchor: 'end',
        }),
    )
    .join('');

  // Under the axis, in rows every column shares: the year, the target as written, the verdict.
  const step = x.step();
  const targets = input.years.map((yr) =>
    yr.target ? ['目标', ...targetLines(yr.target.text, step - 4, size)] : [],
  );
  const targetsY = axisY + 6 + fontSize.label * LINE.height;
  const verdictY = targetsY + Math.max(0, ...targets.map((t) => t.length)) * size * LINE.height + 2;
  // Outcome values take the label size where every one fits its column, else the small size.
  const valueSize = input.years.every(
    (yr) => !yr.outcome || textWidth(yr.outcome.text, fontSize.label) <= step - 6,
  )
    ? fontSize.label
    : size;
  const links: string[] = [];
  const columns = input.years.map((yr, i) => {
    const cx = (x(yr.year) ?? 0) + bw / 2;
    const parts: string[] = [];
    const t = yr.target;
    if (t) {
      const mark = targetMark({
        cx,
        half,
        y: y(t.value),
        ...(t.high !== undefined ? { yHigh: y(t.high) } : {}),
        bound: t.bound,
      });
      parts.push(el('g', { class: 'target', 'data-year': yr.year, 'data-value': t.value }, mark));
      const reach = targetReach(t.bound);
      links.push(
        hitLink(
          t,
          `${yr.year}年目标：${t.text}`,
          {
            x0: cx - half,
            x1: cx + half,
            y0: y(t.high ?? t.value) - reach.above - 4,
            y1: y(t.value) + reach.below + 4,
          },
          { year: yr.year, role: 'target' },
          input.linkTarget,
        ),
      );
    }
    const o = yr.outcome;
    if (o) {
      const cy = y(o.value);
      // The value stands on the side away from the target, so the two never cover each other.
      const reach = t ? targetReach(t.bound) : { above: 0, below: 0 };
      const targetY = t ? y(t.high ?? t.value) : undefined;
      const above =
        targetY === undefined ? true : cy < targetY || (cy === targetY && reach.above === 0);
      const baseline = above ? cy - DOT_RADIUS - 4 : cy + DOT_RADIUS + 4 + valueSize * LINE.ascent;
      const label = textEl(cx, baseline, o.text, {
        size: valueSize,
        weight: 700,
        anchor: 'middle',
      });
      parts.push(
        el(
          'g',
          { class: 'outcome', 'data-year': yr.year, 'data-value': o.value },
          outcomeDot(cx, cy, colour('ink')) + label,
        ),
      );
      const halfLabel = Math.max(textWidth(o.text, valueSize) / 2, DOT_RADIUS) + 2;
      const labelTop = baseline - valueSize * LINE.ascent;
      links.push(
        hitLink(
          o,
          `${yr.year}年结果：${o.text}`,
          {
            x0: cx - halfLabel,
            x1: cx + halfLabel,
            y0: Math.min(cy - DOT_RADIUS - 2, labelTop),
            y1: Math.max(cy + DOT_RADIUS + 2, baseline + valueSize * LINE.descent),
          },
          { year: yr.year, role: 'outcome' },
          input.linkTarget,
        ),
      );
    }
    return (
      parts.join('') +
      el(
        'g',
        { class: 'year', 'data-year': yr.year, 'data-verdict': yr.verdict },
        centredLines([`${yr.year}年`], cx, axisY + 6, { size: fontSize.label, weight: 700 }) +
          centredLines(targets[i] ?? [], cx, targetsY, { size, fill: 'muted' }) +
          centredLines([yr.verdictLabel], cx, verdictY, {
            size,
            weight: 700,
            fill: VERDICT_COLOUR[yr.verdict],
          }),
      )
    );
  });

  const axisLine = el('path', {
    d: `M${gutter},${axisY}H${inner}`,
    stroke: colour('grid'),
    'stroke-width': 1,
  });
  const panel = {
    body: legend + grid + axisLine + columns.join(''),
    height: verdictY + size * LINE.height,
  };

  const table: ChartTable = {
    caption: `${input.title}：历年目标与结果`,
    columns: ['年份', '目标', '结果', '判断'],
    rows: input.years.map((yr) => [
      `${yr.year}年`,
      yr.target?.text ?? '',
      yr.outcome?.text ?? '',
      yr.verdictLabel,
    ]),
  };
  const description = fullWidthPunctuation(
    sentences([
      input.title,
      input.subtitle,
      ...input.years.map((yr) =>
        [
          `${yr.year}年`,
          yr.target ? `目标${yr.target.text}` : '',
          yr.outcome ? `结果${yr.outcome.text}` : '',
          yr.verdictLabel,
        ]
          .filter(Boolean)
          .join('，'),
      ),
      input.source,
    ]),
  );
  const svg = frame({
    id: input.id,
    form: 'indicator',
    width,
    title: input.title,
    subtitle: input.subtitle,
    source: input.source,
    description,
    panel: { ...panel, summary: '', rows: [] },
    notes: [],
    links: links.join(''),
  });
  return { svg, description, table };
}
