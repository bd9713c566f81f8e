/**
 * One speech as the site and the `extract` command see it: the parse and the figures, in the
 * shape `extract` prints and the `speeches` content collection stores.
 */
import { parseSpeech } from './speech/index';
import { extractFigures } from './figures/index';
import type { ParsedSpeech } from './speech/types';
import type { FigureSet } from './figures/types';

export interface SpeechRecord extends FigureSet {
  /** Folder name under content/speeches, used in URLs. */
  slug: string;
  /** The decoded source text every offset refers to. */
  text: string;
  speech: Pick<ParsedSpeech, 'meta' | 'provenance' | 'completeness' | 'encoding' | 'findings'>;
  parts: ParsedSpeech['parts'];
  paragraphs: ParsedSpeech['paragraphs'];
  repairs: ParsedSpeech['repairs'];
  segments: ParsedSpeech['segments'];
}

export function buildSpeechRecord(slug: string, source: Uint8Array | string): SpeechRecord {
  const parsed = parseSpeech(source);
  const { meta, provenance, completeness, encoding, findings } = parsed;
  return {
    slug,
    text: parsed.text,
    speech: { meta, provenance, completeness, encoding, findings },
    parts: parsed.parts,
    paragraphs: parsed.paragraphs,
    repairs: parsed.repairs,
    segments: parsed.segments,
    ...extractFigures(parsed),
  };
}
