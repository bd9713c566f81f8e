/** The Open Graph share image of a figure worth sharing (see lib/site/share-worthy). */
import type { APIRoute } from 'astro';
import { figureFilePaths, type SpeechData } from '../../../lib/site/collection';
import { figureFile } from '../../../lib/site/figure-files';
import { figureShareCard, pngResponse, sharePng } from '../../../lib/site/images';
import { sharedFigureIds } from '../../../lib/site/share-worthy';

export const getStaticPaths = async () =>
  (await figureFilePaths()).filter((p) => sharedFigureIds(p.props.speech).has(p.props.id));

export const GET: APIRoute<{ speech: SpeechData; id: string }> = async ({ props }) =>
  pngResponse(
    await figureFile(props.speech, props.id, 'share image', () =>
      sharePng(figureShareCard(props.speech, props.id)),
    ),
  );
