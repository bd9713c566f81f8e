/**
 * What readers see of words taken from the source: its ASCII punctuation shown full-width, as
 * the reading text shows it (县(区) → 县（区）). Downloads keep the characters as written.
 */
import { repairedText } from '../speech/repaired';
import type { Span } from '../speech/types';
import type { SpeechData } from './collection';

export { fullWidthPunctuation as shownWords } from '../speech/punctuation-repairs';

/** A span of the speech with its repairs applied: a heading, the date line, the salutation. */
export const shownSpan = (speech: SpeechData, span: Pick<Span, 'start' | 'end'>): string =>
  repairedText(speech.text, span.start, span.end, speech.repairs);
