/**
 * Charts for figures: one chart per figure, the figure highlighted and drawn with its relatives,
 * rendered to SVG strings at build time (no DOM, no browser JavaScript).
 */
import type { FigureSet } from '../figures/types';
import type { Chart, ChartMeta, ChartOptions } from './types';
import { chooseView } from './choose';
export { formsOf } from './choose';
export { CHART_FORMS } from './types';
import { frame, PAD } from './frame';
import { fullWidthPunctuation } from '../speech/punctuation-repairs';
import {
  chartSubtitle,
  chartTitle,
  checkNotes,
  description,
  sentenceOf,
  sourceLine,
} from './describe';

export type { Chart, ChartContext, ChartForm, ChartMeta, ChartOptions, ChartTable } from './types';
export { chartColours, colour, themeCss, fontFamily } from './theme';
export {
  formatDate,
  formatFigure,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatValue,
} from './format';

export const DEFAULT_WIDTH = 400;

/** A chart id from a figure id: ASCII letters, digits, - and _ only, prefixed `chart-`. */
export const chartId = (figureId: string): string =>
  `chart-${figureId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The chart for one figure: highlighted, with its relatives when it stands in a relation. */
export function chartForFigure(
  set: FigureSet,
  figureId: string,
  meta: ChartMeta,
  options: ChartOptions = {},
): Chart {
  const width = options.width ?? DEFAULT_WIDTH;
  const view = chooseView(set, figureId, options.context, options.form);
  const f = set.figures.find((g) => g.id === figureId);
  if (!f) throw new Error(`No figure with id ${figureId}`);
  const id = chartId(figureId);
  const svgId = options.variant ? `${id}-${options.variant}` : id;
  const panel = view.draw({ id: svgId, width: width - 2 * PAD, highlight: figureId });
  const relationIds = new Set(view.relations.map((r) => r.id));
  const checks = set.checks.filter((c) => relationIds.has(c.relation));
  // Scopes and subjects come from the source as written (县(区)): shown full-width, like the text.
  const title = fullWidthPunctuation(options.title ?? chartTitle(f, options));
  const subtitle = fullWidthPunctuation(options.subtitle ?? chartSubtitle(f, title, options));
  const source = sourceLine(meta, f);
  const desc = fullWidthPunctuation(
    description({
      title,
      subtitle,
      summary: panel.summary,
      checks,
      sentence: sentenceOf(f, options),
      source,
      highlight: f,
    }),
  );
  const notes = [
    ...(panel.notes ?? []),
    ...checkNotes(checks.filter((c) => !view.shownChecks.includes(c.id))),
    ...(options.notes ?? []).map((text) => ({ tone: 'muted' as const, text })),
  ];
  return {
    id,
    form: view.form,
    figureIds: view.figures.map((g) => g.id),
    highlight: figureId,
    title,
    subtitle,
    source,
    svg: frame({
      id: svgId,
      form: view.form,
      width,
      title,
      subtitle,
      source,
      description: desc,
      panel,
      notes,
    }),
    description: desc,
    table: {
      caption: `${title}：数据表`,
      columns: ['项目', '数值', '原文'],
      rows: panel.rows.map((row) => row.map(fullWidthPunctuation)),
    },
  };
}

/** A chart for every figure of the set, in the set's order. */
export function chartsFor(set: FigureSet, meta: ChartMeta, options: ChartOptions = {}): Chart[] {
  return set.figures.map((f) => chartForFigure(set, f.id, meta, options));
}
