/**
 * Run as a child process, one per size, so that its peak memory is its own:
 * `node --expose-gc --import tsx scripts/bench/large-input.ts <MB>` parses and extracts about
 * that many megabytes of speech-like UTF-8 (the pure functions: the 2 MB limit is the file
 * readers'), and prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extractFigures } from '../../src/lib/figures/index';
import { parseSpeech } from '../../src/lib/speech/index';
import { SEED, speechLikeText } from './extraction';

export interface LargeInputResult {
  bytes: number;
  ms: number;
  /** CPU time (user and system), which other processes on the machine do not inflate. */
  cpuMs: number;
  figures: number;
  /** How far the peak resident set size rose above where it stood once the input was built. */
  peakRise: number;
  /** Heap the parse and the figures hold once garbage is collected. */
  retained: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const maxRss = (): number => process.resourceUsage().maxRSS * 1024;
const heap = (): number => (gc(), process.memoryUsage().heapUsed);

const mb = Number(process.argv[2]);
const bytes = new TextEncoder().encode(
  speechLikeText(parseSpeech(readFileSync(SEED)), mb * 1024 * 1024),
);
const heapBefore = heap();
const rssBefore = maxRss();
const start = performance.now();
const cpu = process.cpuUsage();
const speech = parseSpeech(bytes);
const set = extractFigures(speech);
const ms = performance.now() - start;
const { user, system } = process.cpuUsage(cpu);
const result: LargeInputResult = {
  bytes: bytes.byteLength,
  ms,
  cpuMs: (user + system) / 1000,
  figures: set.figures.length,
  peakRise: maxRss() - rssBefore,
  retained: heap() - heapBefore,
};
process.stdout.write(JSON.stringify(result) + '\n');
