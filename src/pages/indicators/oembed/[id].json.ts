/** oEmbed (rich) for an indicator's embed, found through the discovery link on its pages. */
import type { APIRoute } from 'astro';
import { indicatorPaths, type IndicatorProps } from '../../../lib/site/indicators';
import { indicatorView } from '../../../lib/site/indicator-view';
import { embedHeight, oembed } from '../../../lib/site/embed';
import { indicatorPng } from '../../../lib/site/images';
import { pngSize } from '../../../lib/raster/index';
import {
  absolute,
  embedScriptPath,
  indicatorEmbedPath,
  indicatorFile,
} from '../../../lib/site/urls';

export const getStaticPaths = indicatorPaths;

export const GET: APIRoute<IndicatorProps> = async ({ props: { series, speeches } }) => {
  const view = indicatorView(series, speeches);
  const body = oembed({
    src: absolute(indicatorEmbedPath(series.id)),
    script: absolute(embedScriptPath),
    title: view.title,
    height: embedHeight(view.chart.narrowSvg),
    provider: '讲话里的数字',
    providerUrl: absolute('/'),
    thumbnail: absolute(indicatorFile(series.id, 'png')),
    thumbnailSize: pngSize(await indicatorPng(view.chart.svg)),
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
