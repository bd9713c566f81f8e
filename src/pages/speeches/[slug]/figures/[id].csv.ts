/** A figure and its relatives as CSV (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { figureFilePaths, type SpeechData } from '../../../../lib/site/collection';
import { figureBundle, figureBundleCsv, figureFile } from '../../../../lib/site/figure-files';
import { absolute, figurePath } from '../../../../lib/site/urls';

export const getStaticPaths = figureFilePaths;

export const GET: APIRoute<{ speech: SpeechData; id: string }> = ({ props: { speech, id } }) =>
  new Response(
    figureFile(speech, id, 'CSV', () =>
      figureBundleCsv(figureBundle(speech, id), (fid) => absolute(figurePath(speech.slug, fid))),
    ),
    { headers: { 'content-type': 'text/csv; charset=utf-8' } },
  );
