/** The ids one parsed speech offers to editors' references. */
import type { SpeechIds } from './references';

interface Parsed {
  figures: readonly { id: string }[];
  paragraphs: readonly { id: string }[];
  checks: readonly { id: string }[];
}

export const speechIdsOf = (speech: Parsed): SpeechIds => ({
  figures: speech.figures.map((f) => f.id),
  paragraphs: speech.paragraphs.map((p) => p.id),
  checks: speech.checks.map((c) => c.id),
});
