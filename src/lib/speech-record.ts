/**
 * One speech as the site and the `extract` command see it: the parse and the figures, in the
 * shape `extract` prints and the `speeches` content collection stores.
 */
import type { z } from 'astro/zod';
import { parseSpeech } from './speech/index';
import { extractFigures, type RankContext } from './figures/index';
import { withReviews } from './figures/standing';
import type { ReviewsData } from './schema/editorial';
import type { speechRecordSchema } from './schema/record';

export type SpeechRecord = z.infer<typeof speechRecordSchema>;

export function buildSpeechRecord(
  slug: string,
  source: Uint8Array | string,
  context?: RankContext,
  reviews?: ReviewsData['checks'],
): SpeechRecord {
  const parsed = parseSpeech(source);
  const { meta, provenance, completeness, encoding, findings } = parsed;
  const figures = extractFigures(parsed, context);
  return {
    slug,
    text: parsed.text,
    speech: { meta, provenance, completeness, encoding, findings },
    parts: parsed.parts,
    paragraphs: parsed.paragraphs,
    repairs: parsed.repairs,
    segments: parsed.segments,
    ...figures,
    checks: withReviews(figures.checks, reviews),
  };
}
