/**
 * What an indicator's page, embed and files show: the chart in both renderings, each year with
 * its target and outcome traced to their figure pages and paragraphs, the verdicts counted, the
 * citation line.
 */
import { indicatorChart, type IndicatorValue } from '../charts/indicator';
import { chartId, formatValue } from '../charts/index';
import type { ChartTable } from '../charts/types';
import type { SpeechData } from './collection';
import {
  VERDICT_NAMES,
  type Bound,
  type IndicatorPoint,
  type IndicatorSeries,
  type IndicatorStatement,
  type IndicatorYear,
  type YearVerdict,
} from '../edition/indicators';
import { standingClass } from './verdicts';
import { NARROW_WIDTH, WIDE_WIDTH } from './speech-view';
import { absolute, figurePath, href, indicatorPath, readingPath } from './urls';

/** A target or outcome with where it stands: its figure page and its paragraph, named. */
export interface CitedPoint extends IndicatorPoint {
  /** Site path of the figure page. */
  page: string;
  /** 2015年国务院政府工作报告，第3段 */
  where: string;
}

/** An outcome stated in words, with the paragraph it stands in on the reading page. */
export interface CitedStatement extends IndicatorStatement {
  page: string;
  where: string;
}

export interface ShownYear extends Omit<IndicatorYear, 'target' | 'outcome' | 'statement'> {
  target: CitedPoint | null;
  outcome: CitedPoint | null;
  statement: CitedStatement | null;
  verdictName: string;
}

export interface IndicatorView {
  series: IndicatorSeries;
  title: string;
  subtitle: string;
  source: string;
  chart: { id: string; svg: string; narrowSvg: string; description: string; table: ChartTable };
  years: ShownYear[];
  /** 达到2年，无法判断3年 */
  tally: string;
  /** The speeches the series is read from, in order. */
  speechNames: string[];
}

/** Badge classes of the verdicts: the colours of the checks' consistent, inconsistent, uncheckable. */
export const verdictClass: Record<YearVerdict, string> = {
  met: standingClass.consistent,
  missed: standingClass.inconsistent,
  unknown: standingClass.uncheckable,
};

const VERDICTS: YearVerdict[] = ['met', 'missed', 'unknown'];

export function verdictTally(series: IndicatorSeries): string {
  return VERDICTS.map((v) => [v, series.years.filter((y) => y.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${VERDICT_NAMES[v]}${n}年`)
    .join('，');
}

/** 2013年至2016年, or 2015年 for one year. */
export function yearSpan(series: IndicatorSeries): string {
  const years = series.years.map((y) => y.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? `${first}年` : `${first}年至${last}年`;
}

export const placeName = (series: IndicatorSeries): string => series.place.name ?? series.place.key;

/** 2015年国务院政府工作报告，第3段: the speech's name and the paragraph's ordinal, when known. */
function whereOf(
  speech: string,
  source: string,
  paragraph: string,
  speeches: Map<string, SpeechData>,
) {
  const ordinal = speeches.get(speech)?.paragraphs.find((q) => q.id === paragraph)?.ordinal;
  return ordinal === undefined ? source : `${source}，第${ordinal}段`;
}

const cite = (p: IndicatorPoint, speeches: Map<string, SpeechData>): CitedPoint => ({
  ...p,
  page: figurePath(p.speech, p.figure),
  where: whereOf(p.speech, p.source, p.paragraph, speeches),
});

const citeStatement = (
  s: IndicatorStatement,
  speeches: Map<string, SpeechData>,
): CitedStatement => ({
  ...s,
  page: `${readingPath(s.speech)}#${s.paragraph}`,
  where: whereOf(s.speech, s.source, s.paragraph, speeches),
});

/** The words of a bound around a number in the indicator's unit: 左右, 以上, 超过… */
const BOUND_WORDS: Record<Bound, [string, string]> = {
  about: ['', '左右'],
  'at-least': ['', '以上'],
  'at-most': ['', '以内'],
  over: ['超过', ''],
  under: ['不到', ''],
  exact: ['', ''],
  range: ['', ''],
};

/** A value as the chart labels it: as written when written in the axis's unit (7.5%左右), else
 *  in that unit with its bound (732.5亿斤 on an axis of 万吨: 3662.5万吨). */
function chartText(p: IndicatorPoint, unit: string): string {
  if (p.text.includes(unit)) return p.text;
  const [before, after] = BOUND_WORDS[p.bound];
  const high = p.high !== undefined ? `至${formatValue(p.high, unit)}` : '';
  return `${before}${formatValue(p.value, unit)}${high}${after}`;
}

const chartValue = (
  p: CitedPoint,
  unit: string,
  link: (path: string) => string,
): IndicatorValue => ({
  value: p.value,
  ...(p.high !== undefined ? { high: p.high } : {}),
  bound: p.bound,
  text: chartText(p, unit),
  href: link(p.page),
});

/** How the chart's links are written: site paths under the base path by default; absolute URLs
 *  for the SVG file, read away from the site; absolute and opening a new page for embeds. */
export interface LinkOptions {
  link?: (path: string) => string;
  linkTarget?: '_blank';
}

export function indicatorView(
  series: IndicatorSeries,
  speeches: readonly SpeechData[],
  { link = href, linkTarget }: LinkOptions = {},
): IndicatorView {
  const bySlug = new Map(speeches.map((s) => [s.slug, s]));
  const years: ShownYear[] = series.years.map((y) => ({
    ...y,
    target: y.target && cite(y.target, bySlug),
    outcome: y.outcome && cite(y.outcome, bySlug),
    statement: y.statement && citeStatement(y.statement, bySlug),
    verdictName: VERDICT_NAMES[y.verdict],
  }));
  // Every speech a number or an outcome in words is read from, in the speeches' order.
  const cited = [
    ...series.points,
    ...series.years.flatMap((y) => (y.statement ? [y.statement] : [])),
  ];
  const speechNames = [
    ...new Set(cited.sort((a, b) => a.speech.localeCompare(b.speech)).map((p) => p.source)),
  ];
  const title = `${series.indicator.name}：目标与结果`;
  const subtitle = `${placeName(series)}，${yearSpan(series)}`;
  const source = `来源：${speechNames.join('、')}`;
  const id = chartId(`indicator-${series.id}`);
  const draw = (width: number, variant: string) =>
    indicatorChart(
      {
        id: `${id}-${variant}`,
        title,
        subtitle,
        source,
        unit: series.indicator.unit,
        ...(linkTarget ? { linkTarget } : {}),
        years: years.map((y) => ({
          year: y.year,
          target: y.target && chartValue(y.target, series.indicator.unit, link),
          outcome: y.outcome && chartValue(y.outcome, series.indicator.unit, link),
          verdict: y.verdict,
          verdictLabel: y.verdictName,
        })),
      },
      width,
    );
  const wide = draw(WIDE_WIDTH, 'w');
  return {
    series,
    title,
    subtitle,
    source,
    chart: {
      id,
      svg: wide.svg,
      narrowSvg: draw(NARROW_WIDTH, 'n').svg,
      description: wide.description,
      table: wide.table,
    },
    years,
    tally: verdictTally(series),
    speechNames,
  };
}

/** 讲话里的数字：《城镇新增就业：目标与结果》（全国，2013年至2016年），据…。URL */
export function indicatorCitation(view: IndicatorView): string {
  return `讲话里的数字：《${view.title}》（${placeName(view.series)}，${yearSpan(view.series)}），据${view.speechNames.join('、')}。${absolute(indicatorPath(view.series.id))}`;
}
