/** What the search index needs of a speech entry, read off the collection's record. */
import type { IndexedSpeechInput } from '../edition/search-index';
import type { SpeechData } from './collection';
import { factsOf } from './facts';

export function searchInput(speech: SpeechData): IndexedSpeechInput {
  return {
    slug: speech.slug,
    name: speech.speech.meta.displayName,
    place: factsOf(speech).place.name,
    date: speech.speech.meta.date,
    text: speech.text,
    repairs: speech.repairs,
    paragraphs: speech.paragraphs,
    figures: speech.figures,
  };
}
