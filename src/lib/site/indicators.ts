/**
 * The edition's indicators, as the site pages read them: every series the indicator model finds
 * across the speeches, one page each, and the series a figure belongs to.
 */
import { allSpeeches, type SpeechData } from './collection';
import { indicatorSeries, type IndicatorSeries } from './indicators-stand-in';

export interface IndicatorProps {
  series: IndicatorSeries;
  speeches: SpeechData[];
}

/** Every series the speeches hold. */
export const seriesOf = (speeches: SpeechData[]): IndicatorSeries[] =>
  indicatorSeries([], speeches);

/** Every series of the edition with the speeches it is read from. */
export async function editionIndicators(): Promise<IndicatorProps[]> {
  const speeches = await allSpeeches();
  return seriesOf(speeches).map((series) => ({ series, speeches }));
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
