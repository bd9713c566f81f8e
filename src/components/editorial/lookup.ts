/** The speeches as the editorial components look them up: ids by slug, and data by slug. */
import { allSpeeches, type SpeechData } from '../../lib/site/collection';
import { speechIdsOf } from '../../lib/editorial/speech-ids';
import type { SpeechIds } from '../../lib/editorial/references';
import { speechHolding, type IdKind } from '../../lib/editorial/resolve';

/** The speech data holding `id` (of `kind`), or the one `slug` names. */
export async function speechFor(
  kind: IdKind,
  id: string,
  component: string,
  slug?: string,
): Promise<SpeechData> {
  const speeches = await allSpeeches();
  const ids = new Map<string, SpeechIds>(speeches.map((s) => [s.slug, speechIdsOf(s)]));
  const found = speechHolding(ids, kind, id, `<${component}>`, slug);
  return speeches.find((s) => s.slug === found)!;
}
