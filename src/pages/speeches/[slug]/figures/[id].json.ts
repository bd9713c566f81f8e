/** A figure with its relatives, relations and checks, as JSON. */
import type { APIRoute } from 'astro';
import { figureFilePaths, type SpeechData } from '../../../../lib/site/collection';
import { figureBundle, figureFile } from '../../../../lib/site/figure-files';
import { absolute, figurePath } from '../../../../lib/site/urls';

export const getStaticPaths = figureFilePaths;

export const GET: APIRoute<{ speech: SpeechData; id: string }> = ({ props: { speech, id } }) =>
  new Response(
    figureFile(speech, id, 'JSON', () =>
      JSON.stringify(
        { url: absolute(figurePath(speech.slug, id)), ...figureBundle(speech, id) },
        null,
        2,
      ),
    ),
    { headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
