/**
 * The search index of the whole edition, one static JSON file the search page loads from this
 * site (src/lib/edition/search-index.ts says what it holds).
 */
import type { APIRoute } from 'astro';
import { allSpeeches } from '../../lib/site/collection';
import { buildSearchIndex } from '../../lib/edition/search-index';
import { searchInput } from '../../lib/site/search-input';

export const GET: APIRoute = async () => {
  const index = buildSearchIndex((await allSpeeches()).map(searchInput));
  return new Response(JSON.stringify(index), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
