/**
 * Run as a child process, one per size, so that its peak memory is its own:
 * `tsx scripts/bench/large-input.ts <MB>` parses and extracts about that many megabytes of
 * speech-like UTF-8 and prints one JSON line: input bytes, milliseconds, figures, and the
 * peak resident memory before and after.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extractFigures } from '../../src/lib/figures/index';
import { parseSpeech } from '../../src/lib/speech/index';
import { SEED, speechLikeText } from './extraction';

export interface LargeInputResult {
  bytes: number;
  ms: number;
  figures: number;
  /** Peak resident set size in bytes once the input is built, and at the end. */
  rssBefore: number;
  rssPeak: number;
}

const maxRss = (): number => process.resourceUsage().maxRSS * 1024;

const mb = Number(process.argv[2]);
let bytes: Uint8Array | null = new TextEncoder().encode(
  speechLikeText(parseSpeech(readFileSync(SEED)), mb * 1024 * 1024),
);
const size = bytes.byteLength;
const rssBefore = maxRss();
const start = performance.now();
const speech = parseSpeech(bytes);
bytes = null;
const figures = extractFigures(speech).figures.length;
const result: LargeInputResult = {
  bytes: size,
  ms: performance.now() - start,
  figures,
  rssBefore,
  rssPeak: maxRss(),
};
process.stdout.write(JSON.stringify(result) + '\n');
