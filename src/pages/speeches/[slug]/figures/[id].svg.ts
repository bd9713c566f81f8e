/**
 * A figure's chart as a standalone SVG file (light colours as fallbacks): the narrow rendering,
 * which reads at the width of a column or a phone, and which the reading page's cards load.
 */
import type { APIRoute } from 'astro';
import { figureFilePaths, type SpeechData } from '../../../../lib/site/collection';
import { figureFile } from '../../../../lib/site/figure-files';
import { speechView } from '../../../../lib/site/speech-view';

export const getStaticPaths = figureFilePaths;

export const GET: APIRoute<{ speech: SpeechData; id: string }> = ({ props: { speech, id } }) => {
  const svg = figureFile(speech, id, 'SVG', () => speechView(speech).charts.get(id)!.narrowSvg);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'content-type': 'image/svg+xml' },
  });
};
