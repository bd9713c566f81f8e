/** The sitemap: every HTML page meant for readers (embeds are left out: they are not pages). */
import type { APIRoute } from 'astro';
import { allSpeeches } from '../lib/site/collection';
import { editionIndicators } from '../lib/site/indicators';
import { factsOf } from '../lib/site/facts';
import { placeFilters, yearFilters } from '../lib/edition/listing';
import {
  absolute,
  chartsPath,
  checksPath,
  figurePath,
  figuresPath,
  indicatorPath,
  indicatorsPath,
  methodPath,
  placePath,
  readingPath,
  speechPath,
  yearPath,
} from '../lib/site/urls';

export const GET: APIRoute = async () => {
  const speeches = await allSpeeches();
  const facts = speeches.map(factsOf);
  const paths = [
    '/',
    methodPath,
    indicatorsPath,
    ...placeFilters(facts).map((p) => placePath(p.key)),
    ...yearFilters(facts).map((y) => yearPath(y.year)),
  ];
  for (const s of speeches) {
    paths.push(
      speechPath(s.slug),
      readingPath(s.slug),
      figuresPath(s.slug),
      checksPath(s.slug),
      chartsPath(s.slug),
    );
    paths.push(...s.figures.map((f) => figurePath(s.slug, f.id)));
  }
  paths.push(...(await editionIndicators()).map((p) => indicatorPath(p.series.id)));
  const urls = paths.map((p) => `  <url><loc>${absolute(p)}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    { headers: { 'content-type': 'application/xml; charset=utf-8' } },
  );
};
