/** An indicator series as JSON: every year with its target, outcome, verdict and working. */
import type { APIRoute } from 'astro';
import { indicatorPaths, type IndicatorProps } from '../../lib/site/indicators';
import { indicatorView } from '../../lib/site/indicator-view';
import { indicatorJson } from '../../lib/site/indicator-files';

export const getStaticPaths = indicatorPaths;

export const GET: APIRoute<IndicatorProps> = ({ props: { series, speeches } }) =>
  new Response(indicatorJson(indicatorView(series, speeches)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
