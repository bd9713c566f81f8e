/**
 * Every internal URL goes through here, so that the site works under any base path
 * (BASE_PATH at build time) and URLs stay stable.
 */

const base = import.meta.env.BASE_URL;

/** Joins the configured base path and a site-absolute path such as `/speeches/x/`. */
export function href(path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\//, '');
}

export const speechPath = (slug: string): string => `/speeches/${slug}/`;
export const readingPath = (slug: string): string => `/speeches/${slug}/read/`;
