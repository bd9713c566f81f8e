/** The speeches as the editorial components look them up: ids by slug, and data by slug. */
import { allSpeeches, type SpeechData } from '../../lib/site/collection';
import { speechIdsOf } from '../../lib/editorial/speech-ids';
import type { SpeechIds } from '../../lib/editorial/references';
import { speechHolding, type IdKind } from '../../lib/editorial/resolve';

const known = new WeakMap<SpeechData[], Map<string, SpeechIds>>();

/**
 * The ids of every speech, worked out once per reading of the speeches (a build reads them
 * once): a story places many components, and each asks.
 */
function idsOf(speeches: SpeechData[]): Map<string, SpeechIds> {
  let ids = known.get(speeches);
  if (!ids) {
    ids = new Map(speeches.map((s) => [s.slug, speechIdsOf(s)]));
    known.set(speeches, ids);
  }
  return ids;
}

/** The speech data holding `id` (of `kind`), or the one `slug` names. */
export async function speechFor(
  kind: IdKind,
  id: string,
  component: string,
  slug?: string,
): Promise<SpeechData> {
  const speeches = await allSpeeches();
  const found = speechHolding(idsOf(speeches), kind, id, `<${component}>`, slug);
  return speeches.find((s) => s.slug === found)!;
}
