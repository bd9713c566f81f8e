/**
 * The site's PNG images: charts as PNG downloads and Open Graph share images, drawn with one
 * font subset made once per build from every character any image needs.
 */
import { formatDate } from '../text/dates';
import {
  loadFonts,
  shareImage,
  shareSvg,
  svgToPng,
  type FontSet,
  type ShareCard,
} from '../raster/index';
import { allSpeeches, type SpeechData } from './collection';
import { speechView } from './speech-view';
import { piecesOf, shownOf } from './pieces';
import { completenessNotice } from './notice';
import { claimsInQuestion } from './claims';
import { shownWords } from './shown';

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

let fonts: Promise<FontSet> | undefined;

/** The build's font subset: every character of every chart and share card of every speech. */
function buildFonts(): Promise<FontSet> {
  fonts ??= allSpeeches().then((speeches) =>
    loadFonts(
      speeches
        .flatMap((s) => [
          ...[...speechView(s).charts.values()].map((c) => c.svg),
          ...s.figures.map((f) => shareSvg(figureShareCard(s, f.id))),
          shareSvg(speechShareCard(s)),
        ])
        .join(''),
    ),
  );
  return fonts;
}

export async function chartPng(speech: SpeechData, id: string): Promise<Uint8Array> {
  const svg = speechView(speech).charts.get(id)!.svg;
  return svgToPng(svg, { width: CHART_PNG_WIDTH, fonts: await buildFonts(), theme: 'light' });
}

export async function sharePng(card: ShareCard): Promise<Uint8Array> {
  return shareImage(card, await buildFonts());
}

/** A PNG as an endpoint's response. */
export const pngResponse = (png: Uint8Array): Response =>
  new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
