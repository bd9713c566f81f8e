/** Which figures of a speech get a share image of their own (the rule: share-rule.ts). */
import { notesOf } from '../editorial/collections';
import type { SpeechData } from './collection';
import { figuresWorthSharing } from './share-rule';
import { shareImagePath } from './urls';

const worthy = new WeakMap<SpeechData, ReadonlySet<string>>();

/** Ids of the speech's figures that have their own share image. */
export function sharedFigureIds(speech: SpeechData): ReadonlySet<string> {
  let ids = worthy.get(speech);
  if (!ids) {
    const noted = notesOf(speech.slug).flatMap((n) => (n.data.figure ? [n.data.figure] : []));
    ids = figuresWorthSharing(speech.relations, noted);
    worthy.set(speech, ids);
  }
  return ids;
}

/** The share image a figure's page names: its own, else its speech's. */
export const figureShareImagePath = (speech: SpeechData, id: string): string =>
  shareImagePath(speech.slug, sharedFigureIds(speech).has(id) ? id : undefined);
