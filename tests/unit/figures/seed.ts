import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSpeech } from '../../../src/lib/speech/index';
import type { ParsedSpeech } from '../../../src/lib/speech/types';

const SOURCE = fileURLToPath(
  new URL('../../../content/speeches/bijie-2018-08-27-fangguanfu/source.txt', import.meta.url),
);

/** The seed, parsed by the speech parser as the pipeline does. */
export function parsedSeed(): ParsedSpeech {
  return parseSpeech(readFileSync(SOURCE));
}
