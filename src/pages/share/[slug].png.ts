/** The Open Graph share image of a speech's home page. */
import type { APIRoute } from 'astro';
import { speechPaths, type SpeechData } from '../../lib/site/collection';
import { pngResponse, sharePng, speechShareCard } from '../../lib/site/images';

export const getStaticPaths = speechPaths;

export const GET: APIRoute<{ speech: SpeechData }> = async ({ props }) =>
  pngResponse(await sharePng(speechShareCard(props.speech)));
