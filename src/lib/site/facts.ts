/** A speech's facts as the site shows them: the parser's reading with the editor's additions. */
import { contextOf } from '../editorial/collections';
import { speechFacts, type SpeechFacts } from '../edition/facts';
import type { SpeechData } from './collection';

export function factsOf(speech: SpeechData): SpeechFacts {
  const { meta } = speech.speech;
  const context = contextOf(speech.slug);
  return speechFacts(
    {
      slug: speech.slug,
      displayName: meta.displayName,
      place: meta.place,
      office: meta.office,
      speaker: meta.speaker?.text ?? null,
      date: meta.date,
    },
    { place: context?.place, office: context?.office },
  );
}
