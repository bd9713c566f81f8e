/** Every speech of the edition with its facts, in the edition's order (newest first). */
import { newestFirst } from '../edition/listing';
import type { SpeechFacts } from '../edition/facts';
import { allSpeeches, type SpeechData } from './collection';
import { factsOf } from './facts';

export interface ListedSpeech {
  slug: string;
  date: string | null;
  speech: SpeechData;
  facts: SpeechFacts;
}

export async function editionList(): Promise<ListedSpeech[]> {
  return newestFirst(
    (await allSpeeches()).map((speech) => {
      const facts = factsOf(speech);
      return { slug: speech.slug, date: facts.date, speech, facts };
    }),
  );
}
