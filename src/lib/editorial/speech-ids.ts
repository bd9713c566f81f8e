/** The ids one parsed speech offers to editors' references, and the chart forms per figure. */
import { formsOf } from '../charts/choose';
import type { FigureSet } from '../figures/types';
import type { SpeechIds } from './references';

interface Parsed extends FigureSet {
  paragraphs: readonly { id: string }[];
}

export const speechIdsOf = (speech: Parsed): SpeechIds => ({
  figures: speech.figures.map((f) => f.id),
  paragraphs: speech.paragraphs.map((p) => p.id),
  checks: speech.checks.map((c) => c.id),
  forms: new Map(speech.figures.map((f) => [f.id, formsOf(speech, f.id)])),
});
