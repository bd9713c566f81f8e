/** The Open Graph share image of a figure. */
import type { APIRoute } from 'astro';
import { figureFilePaths, type SpeechData } from '../../../lib/site/collection';
import { figureFile } from '../../../lib/site/figure-files';
import { figureShareCard, pngResponse, sharePng } from '../../../lib/site/images';

export const getStaticPaths = figureFilePaths;

export const GET: APIRoute<{ speech: SpeechData; id: string }> = async ({ props }) =>
  pngResponse(
    await figureFile(props.speech, props.id, 'share image', () =>
      sharePng(figureShareCard(props.speech, props.id)),
    ),
  );
