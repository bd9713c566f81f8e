/** oEmbed (rich) for a figure's embed, found through the discovery link on its pages. */
import type { APIRoute } from 'astro';
import { figureFilePaths, type SpeechData } from '../../../../lib/site/collection';
import { speechView } from '../../../../lib/site/speech-view';
import { embedHeight, oembed } from '../../../../lib/site/embed';
import { absolute, embedPath, embedScriptPath } from '../../../../lib/site/urls';
import { figureShareImagePath } from '../../../../lib/site/share-worthy';

export const getStaticPaths = figureFilePaths;

export const GET: APIRoute<{ speech: SpeechData; id: string }> = ({ props: { speech, id } }) => {
  const chart = speechView(speech).charts.get(id)!;
  const body = oembed({
    src: absolute(embedPath(speech.slug, id)),
    script: absolute(embedScriptPath),
    title: chart.title,
    height: embedHeight(chart.narrowSvg),
    provider: '讲话里的数字',
    providerUrl: absolute('/'),
    thumbnail: absolute(figureShareImagePath(speech, id)),
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
