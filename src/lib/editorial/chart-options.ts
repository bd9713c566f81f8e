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

export interface ContextFact {
  total: number;
  what: string;
  source: string;
}

/**
 * The context facts a rank figure's chart uses, for citing beside it: the figure's own entry,
 * else the entries whose scope word the rank is stated under (as the chart library matches).
 */
export function contextFactsOf(
  figure: { id: string; kind: string; text: string; scope: { place: readonly string[] } },
  context: ContextData | undefined,
): ContextFact[] {
  if (!context || figure.kind !== 'rank') return [];
  const own = context.rankTotalByFigure.filter((r) => r.figure === figure.id);
  if (own.length) return own;
  return context.rankTotals.filter(
    (r) => figure.text.includes(r.scope) || figure.scope.place.includes(r.scope),
  );
}
