/**
 * The site's PNG images: charts as PNG downloads and Open Graph share images, kept in the image
 * cache across builds and drawn in parallel when missing (src/lib/raster/batch.ts).
 */
import { formatDate } from '../text/dates';
import {
  pngOf,
  rasterJob,
  renderMissing,
  SHARE_WIDTH,
  shareSvg,
  type RasterJob,
  type ShareCard,
} from '../raster/index';
import { allSpeeches, type SpeechData } from './collection';
import { speechView } from './speech-view';
import { piecesOf, shownOf } from './pieces';
import { completenessNotice } from './notice';
import { claimsInQuestion } from './claims';
import { shownWords } from './shown';
import { sharedFigureIds } from './share-worthy';
import { seriesOf } from './indicators';
import { indicatorView } from './indicator-view';

/** Width of chart PNG downloads, in pixels. */
export const CHART_PNG_WIDTH = 800;

function shareSpeech(speech: SpeechData) {
  const meta = speechView(speech).meta;
  return { speaker: meta.speaker, date: formatDate(meta.date), title: meta.title };
}

export function figureShareCard(speech: SpeechData, id: string): ShareCard {
  const figure = speechView(speech).figures.get(id)!;
  const { start, end } = figure.sentence;
  const sentence = shownOf(piecesOf(speech.text, start, end, [figure], speech.repairs));
  const mark = sentence.figures[0];
  return {
    kind: 'figure',
    value: mark ? sentence.text.slice(mark.start, mark.end) : figure.text,
    subject: shownWords(figure.subject),
    scope: shownWords([...figure.scope.place, ...figure.scope.time].join(' · ')),
    inQuestion: claimsInQuestion(speech).has(id),
    text: sentence.text,
    ...(mark ? { mark: { start: mark.start, end: mark.end } } : {}),
    speech: shareSpeech(speech),
  };
}

export function speechShareCard(speech: SpeechData): ShareCard {
  const { completeness, provenance, findings } = speech.speech;
  return {
    kind: 'speech',
    speech: shareSpeech(speech),
    figureCount: speech.figures.length,
    checkCount: speech.checks.length,
    ...(completeness.isFragment
      ? { notice: completenessNotice(completeness, provenance, findings).headline }
      : {}),
  };
}

function chartJob(speech: SpeechData, id: string): RasterJob {
  return rasterJob(speechView(speech).charts.get(id)!.svg, CHART_PNG_WIDTH, 'light');
}

const shareJob = (card: ShareCard): RasterJob => rasterJob(shareSvg(card), SHARE_WIDTH);

/** An indicator's chart (its wide rendering, as its page shows it). */
const indicatorJob = (svg: string): RasterJob => rasterJob(svg, CHART_PNG_WIDTH, 'light');

/** Every image the site serves: each figure's chart, each speech's card, the cards worth one,
 *  each indicator's chart. */
async function siteJobs(speeches: SpeechData[]): Promise<RasterJob[]> {
  return [
    ...speeches.flatMap((s) => [
      ...s.figures.map((f) => chartJob(s, f.id)),
      shareJob(speechShareCard(s)),
      ...[...sharedFigureIds(s)].map((id) => shareJob(figureShareCard(s, id))),
    ]),
    ...(await seriesOf(speeches)).map((s) => indicatorJob(indicatorView(s, speeches).chart.svg)),
  ];
}

let prepared: Promise<number> | undefined;

/**
 * On the first image asked for, every image not yet cached is drawn in one parallel batch: Astro
 * asks for endpoints one at a time, so drawing each when asked would use one core.
 */
async function pngFor(job: RasterJob): Promise<Uint8Array> {
  prepared ??= allSpeeches().then(async (speeches) => renderMissing(await siteJobs(speeches)));
  await prepared;
  return pngOf(job);
}

export const chartPng = (speech: SpeechData, id: string): Promise<Uint8Array> =>
  pngFor(chartJob(speech, id));

/** An indicator's chart as a PNG, from its wide SVG. */
export const indicatorPng = (svg: string): Promise<Uint8Array> => pngFor(indicatorJob(svg));

export const sharePng = (card: ShareCard): Promise<Uint8Array> => pngFor(shareJob(card));

/** A PNG as an endpoint's response. */
export const pngResponse = (png: Uint8Array): Response =>
  new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
