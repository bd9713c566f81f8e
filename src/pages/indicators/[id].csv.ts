/** An indicator series as CSV (UTF-8 with BOM), a row a year. */
import type { APIRoute } from 'astro';
import { indicatorPaths, type IndicatorProps } from '../../lib/site/indicators';
import { indicatorView } from '../../lib/site/indicator-view';
import { indicatorCsv } from '../../lib/site/indicator-files';

export const getStaticPaths = indicatorPaths;

export const GET: APIRoute<IndicatorProps> = ({ props: { series, speeches } }) =>
  new Response(indicatorCsv(indicatorView(series, speeches)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
