/**
 * Which figures get a share image of their own: those whose page says more than the sentence —
 * a figure in a relation (so with checks, or a chart of its relatives) or one an editor wrote a
 * note on. Any other figure page shares its speech's image: a card for every bare number made
 * most of the build's bytes and said nothing the speech's card does not.
 */
import { notesOf } from '../editorial/collections';
import type { SpeechData } from './collection';
import { shareImagePath } from './urls';

const worthy = new WeakMap<SpeechData, ReadonlySet<string>>();

/** Ids of the speech's figures that have their own share image. */
export function sharedFigureIds(speech: SpeechData): ReadonlySet<string> {
  let ids = worthy.get(speech);
  if (!ids) {
    ids = new Set([
      ...speech.relations.flatMap((r) => r.members.map((m) => m.figure)),
      ...notesOf(speech.slug).flatMap((n) => (n.data.figure ? [n.data.figure] : [])),
    ]);
    worthy.set(speech, ids);
  }
  return ids;
}

/** The share image a figure's page names: its own, else its speech's. */
export const figureShareImagePath = (speech: SpeechData, id: string): string =>
  shareImagePath(speech.slug, sharedFigureIds(speech).has(id) ? id : undefined);
