/**
 * Every URL of the site is made here, so that it works under any origin and base path
 * (SITE_URL and BASE_PATH at build time) and published URLs stay what they are.
 */

const base = import.meta.env.BASE_URL;
const site = import.meta.env.SITE;

/** Joins the configured base path and a site-absolute path such as `/speeches/x/`. */
export function href(path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\//, '');
}

/** The absolute URL (origin, base path and path), for citations, embeds and oEmbed. */
export function absolute(path: string): string {
  return new URL(href(path), site ?? 'http://localhost:4321').href;
}

export const speechPath = (slug: string): string => `/speeches/${slug}/`;
export const readingPath = (slug: string): string => `/speeches/${slug}/read/`;
export const figuresPath = (slug: string): string => `/speeches/${slug}/figures/`;
export const checksPath = (slug: string): string => `/speeches/${slug}/checks/`;
export const chartsPath = (slug: string): string => `/speeches/${slug}/charts/`;
export const figurePath = (slug: string, id: string): string => `/speeches/${slug}/figures/${id}/`;
export const embedPath = (slug: string, id: string): string => `/speeches/${slug}/embed/${id}/`;
export const oembedPath = (slug: string, id: string): string =>
  `/speeches/${slug}/oembed/${id}.json`;

/** Files of one figure: chart SVG and PNG, data CSV and JSON. */
export const figureFile = (slug: string, id: string, ext: 'svg' | 'png' | 'csv' | 'json'): string =>
  `/speeches/${slug}/figures/${id}.${ext}`;

/** Share images. */
export const shareImagePath = (slug: string, id?: string): string =>
  id ? `/share/${slug}/${id}.png` : `/share/${slug}.png`;

/** Whole-speech downloads. */
export const speechFile = (
  slug: string,
  name: 'figures.csv' | 'relations.csv' | 'checks.csv' | 'speech.json',
): string => `/speeches/${slug}/data/${name}`;

/** The edition's speeches given in one place (key from src/lib/edition/places.ts) or one year. */
export const placePath = (key: string): string => `/speeches/place/${key}/`;
export const yearPath = (year: number): string => `/speeches/year/${year}/`;
/** The list of every speech on the home page. */
export const editionPath = '/#speeches';

export const methodPath = '/method/';
export const searchPath = '/search/';
/** The search index the search page loads (built by src/pages/search/edition.json.ts). */
export const searchIndexPath = '/search/edition.json';
export const dataIndexPath = '/data/index.json';
export const embedScriptPath = '/embed.js';

/** The element id of an editor's note on the page it stands on. */
export const noteAnchor = (noteId: string): string =>
  `note-${noteId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** Indicators followed across speeches: the list, one series' page, embed, oEmbed and files. */
export const indicatorsPath = '/indicators/';
export const indicatorPath = (id: string): string => `/indicators/${id}/`;
export const indicatorEmbedPath = (id: string): string => `/indicators/${id}/embed/`;
export const indicatorOembedPath = (id: string): string => `/indicators/oembed/${id}.json`;
export const indicatorFile = (id: string, ext: 'svg' | 'png' | 'csv' | 'json'): string =>
  `/indicators/${id}.${ext}`;
/** The method page's section on how targets are read (Astro's id for “指标：目标与结果”). */
export const methodIndicatorsPath = `${methodPath}#指标目标与结果`;
