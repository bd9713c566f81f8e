/**
 * Editors' context data and overrides, as the options the chart library takes for each figure.
 */
import type { ChartContext, ChartOptions } from '../charts/index';
import type { ContextData, OverridesData } from '../schema/editorial';

export type FigureChartOptions = Pick<
  ChartOptions,
  'context' | 'title' | 'subtitle' | 'notes' | 'form'
>;

/** Rank totals by scope word and by figure, from a speech's context file. */
export function chartContext(context: ContextData | undefined): ChartContext {
  if (!context) return {};
  return {
    rankTotals: Object.fromEntries(context.rankTotals.map((r) => [r.scope, r.total])),
    rankTotalByFigure: Object.fromEntries(
      context.rankTotalByFigure.map((r) => [r.figure, r.total]),
    ),
  };
}

/** The options for one figure's chart: the speech's context and the figure's overrides. */
export function figureChartOptions(
  figureId: string,
  context: ContextData | undefined,
  overrides: OverridesData | undefined,
): FigureChartOptions {
  const own = overrides?.figures[figureId];
  return {
    context: chartContext(context),
    ...(own?.title !== undefined && { title: own.title }),
    ...(own?.subtitle !== undefined && { subtitle: own.subtitle }),
    ...(own?.notes !== undefined && { notes: own.notes }),
    ...(own?.form !== undefined && { form: own.form }),
  };
}
