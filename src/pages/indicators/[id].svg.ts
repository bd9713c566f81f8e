/** An indicator's chart as a standalone SVG file: the narrow rendering, its links absolute. */
import type { APIRoute } from 'astro';
import { indicatorPaths, type IndicatorProps } from '../../lib/site/indicators';
import { indicatorView } from '../../lib/site/indicator-view';
import { absolute } from '../../lib/site/urls';

export const getStaticPaths = indicatorPaths;

export const GET: APIRoute<IndicatorProps> = ({ props: { series, speeches } }) =>
  new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n${indicatorView(series, speeches, { link: absolute }).chart.narrowSvg}\n`,
    { headers: { 'content-type': 'image/svg+xml' } },
  );
