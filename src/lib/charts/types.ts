/** The public shapes of the chart library: what the site passes in and what it gets back. */

export const CHART_FORMS = [
  'part-whole', // stacked bar of the parts inside the whole
  'before-after', // dumbbell from before to after, change and multiple labelled
  'share', // proportion bar, magnified when the share is tiny
  'rank', // position strip over the N places ranked
  'rank-distribution', // bars of how many indicators ranked 1st, 2nd …
  'growth', // bars from zero beside sibling rates
  'rate', // stated rate per period beside what the check computes
  'periods', // one quantity over several periods, a forecast among them
  'units', // one mark per unit, for small counts
  'single', // one bar for a large value, its qualifier or range drawn
] as const;

export type ChartForm = (typeof CHART_FORMS)[number];

export interface ChartMeta {
  speaker: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** The speech's title, e.g. 在全市深化“放管服”改革转变政府职能电视电话会议上的讲话 */
  title: string;
}

/** Editors' context data: facts the text leaves out. */
export interface ChartContext {
  /** How many places are ranked, by the scope word in the rank: { 全省: 9 } (Guizhou's nine
   *  prefecture-level divisions). */
  rankTotals?: Record<string, number>;
  /** The same, for one figure by id; wins over rankTotals. */
  rankTotalByFigure?: Record<string, number>;
}

export interface ChartOptions {
  /** viewBox width in user units (default 400: legible on a 390 px phone at 100% width). */
  width?: number;
  /** Suffix for the ids inside the SVG, so that two renderings can share a page. */
  variant?: string;
  /** The speech text the figures' offsets refer to; quoted in the description when given. */
  text?: string;
  /** What readers see of a span of `text` (repairs applied); the raw slice when not given. */
  shown?: (start: number, end: number) => string;
  context?: ChartContext;
  /** An editor's title for the chart, replacing the generated one. */
  title?: string;
  /** An editor's subtitle, replacing the generated one. */
  subtitle?: string;
  /** Editors' notes drawn under the chart after the generated ones. */
  notes?: string[];
  /** The form an editor asked for; used when the figure's relations allow it. */
  form?: ChartForm;
}

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface Chart {
  /** `chart-` + the figure id: stable while the figure id is. */
  id: string;
  form: ChartForm;
  /** Every figure drawn. */
  figureIds: string[];
  /** The figure the chart is for, drawn highlighted. */
  highlight: string;
  title: string;
  subtitle: string;
  /** 来源:speaker…讲话,date,第n段 */
  source: string;
  svg: string;
  /** Generated text for screen readers (also the SVG's <desc>). */
  description: string;
  table: ChartTable;
}
