/** Routes left at retired figure ids: one per recorded redirect, for a given kind of page. */
import { redirectsOf } from './collections';
import { absolute, href } from '../site/urls';

export function retiredPaths(pathOf: (slug: string, id: string) => string) {
  return redirectsOf().map(({ slug, from, to }) => ({
    params: { slug, retired: from },
    props: { from, to: href(pathOf(slug, to)), canonical: absolute(pathOf(slug, to)) },
  }));
}
