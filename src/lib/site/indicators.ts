/**
 * The edition's indicators, as the site pages read them: every series the indicator model finds
 * across the speeches for the indicators editors list in content/indicators.yaml, one page
 * each, and the series a figure belongs to.
 */
import { getCollection } from 'astro:content';
import { indicatorSeries, type IndicatorSeries } from '../edition/indicators';
import { allSpeeches, type SpeechData } from './collection';

export interface IndicatorProps {
  series: IndicatorSeries;
  speeches: SpeechData[];
}

let last: { speeches: SpeechData[]; series: IndicatorSeries[] } | undefined;

/** Every series the speeches hold, found once for the same speeches (every figure page asks). */
export async function seriesOf(speeches: SpeechData[]): Promise<IndicatorSeries[]> {
  const same =
    last?.speeches.length === speeches.length && last.speeches.every((s, i) => s === speeches[i]);
  if (same && last) return last.series;
  const definitions = (await getCollection('indicators')).map((e) => e.data);
  last = { speeches, series: indicatorSeries(definitions, speeches) };
  return last.series;
}

/** Every series of the edition with the speeches it is read from. */
export async function editionIndicators(): Promise<IndicatorProps[]> {
  const speeches = await allSpeeches();
  return (await seriesOf(speeches)).map((series) => ({ series, speeches }));
}

/** getStaticPaths for pages and files with one route per series. */
export async function indicatorPaths(): Promise<
  { params: { id: string }; props: IndicatorProps }[]
> {
  return (await editionIndicators()).map((props) => ({ params: { id: props.series.id }, props }));
}

/** The series a figure is a point of (at most one per indicator and place). */
export async function seriesOfFigure(slug: string, figure: string): Promise<IndicatorSeries[]> {
  return (await editionIndicators())
    .map((p) => p.series)
    .filter((s) => s.points.some((p) => p.speech === slug && p.figure === figure));
}
