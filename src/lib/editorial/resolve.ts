/**
 * Which speech a component in a story means: the one named by `speech`, else the only speech
 * holding the id. Failing either way is a catalogued error.
 */
import { projectError } from '../errors';
import { nearest } from './nearest';
import type { SpeechIds } from './references';

export type IdKind = 'figure' | 'paragraph' | 'figure or check';

/** What an id names, as the editors' guide calls it. */
const KIND_NAME: Record<IdKind, string> = {
  figure: '数字',
  paragraph: '段落',
  'figure or check': '数字或核对',
};

const idsOf = (kind: IdKind, ids: SpeechIds): readonly string[] =>
  kind === 'figure'
    ? ids.figures
    : kind === 'paragraph'
      ? ids.paragraphs
      : [...ids.figures, ...ids.checks];

/**
 * The slug of the speech holding `id`: among all speeches when `slug` is absent, where an id in
 * several is an error listing them; `at` (file:line, or the component) names the place.
 */
export function speechHolding(
  speeches: ReadonlyMap<string, SpeechIds>,
  kind: IdKind,
  id: string,
  at: string,
  slug?: string,
): string {
  const named = slug === undefined ? [...speeches] : [...speeches].filter(([s]) => s === slug);
  if (slug !== undefined && named.length === 0)
    throw projectError('UnknownReference', at, '讲话', slug, 'content/speeches', [
      ...nearest(slug, [...speeches.keys()]),
    ]);
  const holding = named.filter(([, ids]) => idsOf(kind, ids).includes(id)).map(([s]) => s);
  if (holding.length > 1)
    throw projectError('AmbiguousReference', at, KIND_NAME[kind], id, holding);
  const found = holding[0];
  if (found !== undefined) return found;
  const all = named.flatMap(([, ids]) => idsOf(kind, ids));
  const where = slug === undefined ? '所有讲话' : `讲话 ${slug} `;
  throw projectError('UnknownReference', at, kind, id, where, nearest(id, all));
}
