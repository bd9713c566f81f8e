/** A figure's chart as a PNG download (light theme), drawn with the project's own font. */
import type { APIRoute } from 'astro';
import { figureFilePaths, type SpeechData } from '../../../../lib/site/collection';
import { figureFile } from '../../../../lib/site/figure-files';
import { chartPng, pngResponse } from '../../../../lib/site/images';

export const getStaticPaths = figureFilePaths;

export const GET: APIRoute<{ speech: SpeechData; id: string }> = async ({ props }) =>
  pngResponse(
    await figureFile(props.speech, props.id, 'PNG', () => chartPng(props.speech, props.id)),
  );
