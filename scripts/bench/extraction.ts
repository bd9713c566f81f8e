import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractFigures } from '../../src/lib/figures/index';
import { parseSpeech } from '../../src/lib/speech/index';
import type { ParsedSpeech } from '../../src/lib/speech/types';
import type { BenchSection } from './section';
import { median, timeRuns } from './timing';

export const SEED = fileURLToPath(
  new URL('../../content/speeches/bijie-2018-08-27-fangguanfu/source.txt', import.meta.url),
);

/**
 * About `bytes` (UTF-8) of speech-like text: the seed's body paragraphs repeated, each copy's
 * numbers shifted so figures and ids differ.
 */
export function speechLikeText(seed: ParsedSpeech, bytes: number): string {
  const body = seed.paragraphs.map((p) => p.text);
  const lines: string[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    for (const line of body) {
      const varied = line.replace(/\d+/g, (d) => String(Number(d) + copy));
      lines.push(varied);
      size += Buffer.byteLength(varied) + 1;
      if (size >= bytes) break;
    }
  }
  return lines.join('\n');
}

/** Speech-like text of about `bytes`, fed through the real parser. */
export const speechLike = (seed: ParsedSpeech, bytes: number): ParsedSpeech =>
  parseSpeech(speechLikeText(seed, bytes));

export const extractionSection: BenchSection = {
  name: 'extraction',
  run() {
    const seed = parseSpeech(readFileSync(SEED));
    const seedMs = median(timeRuns(() => extractFigures(seed), 15));
    const lines = [
      `seed: ${extractFigures(seed).figures.length} figures, median ${seedMs.toFixed(2)} ms over 15 runs`,
    ];
    const sizes = [0.25, 0.5, 1];
    const perMb: number[] = [];
    for (const mb of sizes) {
      const speech = speechLike(seed, mb * 1024 * 1024);
      const ms = median(timeRuns(() => extractFigures(speech), 3));
      const count = extractFigures(speech).figures.length;
      perMb.push(ms / mb);
      lines.push(
        `${mb} MB: ${count} figures, median ${ms.toFixed(0)} ms (${(mb / (ms / 1000)).toFixed(2)} MB/s)`,
      );
    }
    const spread = Math.max(...perMb) / Math.min(...perMb);
    lines.push(
      `linearity: ms per MB ${perMb.map((v) => v.toFixed(0)).join(' / ')} (max/min ${spread.toFixed(2)}; near 1 means linear)`,
    );
    return lines;
  },
};
