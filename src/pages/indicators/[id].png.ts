/** An indicator's chart as a PNG download (light theme), through the image cache. */
import type { APIRoute } from 'astro';
import { indicatorPaths, type IndicatorProps } from '../../lib/site/indicators';
import { indicatorView } from '../../lib/site/indicator-view';
import { indicatorPng, pngResponse } from '../../lib/site/images';

export const getStaticPaths = indicatorPaths;

export const GET: APIRoute<IndicatorProps> = async ({ props: { series, speeches } }) =>
  pngResponse(await indicatorPng(indicatorView(series, speeches).chart.svg));
