/**
 * What extraction costs on inputs no editor should send but anyone may: a list of 8,000
 * figures joined by 、 (one clause) against the same joined by ，, which must cost no more than
 * twice as much; and time and memory for 1, 2 and 5 MB of speech-like text, each in its own
 * child process.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractFigures } from '../../src/lib/figures/index';
import { parseSpeech } from '../../src/lib/speech/index';
import type { LargeInputResult } from './large-input';
import type { BenchSection } from './section';
import { median, timeRuns } from './timing';

const LIST_ITEMS = 8000;
const MAX_LIST_RATIO = 2;
const SIZES_MB = [1, 2, 5];
const CHILD = fileURLToPath(new URL('./large-input.ts', import.meta.url));

/** A speech whose one sentence lists `n` counts (企业123户) joined by `joiner`. */
const listSpeech = (n: number, joiner: string): string =>
  `同志们：\n今年以来，全市新增${Array.from({ length: n }, (_, i) => `企业${100 + (i % 900)}户`).join(joiner)}。\n`;

const extractText = (text: string) => extractFigures(parseSpeech(text));

const mbOf = (n: number): string => `${(n / 2 ** 20).toFixed(1)} MB`;

function listLines(): string[] {
  const ms = (joiner: string) =>
    median(timeRuns(() => extractText(listSpeech(LIST_ITEMS, joiner)), 3));
  const enumeration = ms('、');
  const commas = ms('，');
  const ratio = enumeration / commas;
  return [
    `${LIST_ITEMS} figures joined by 、: median ${enumeration.toFixed(0)} ms; by ，: ${commas.toFixed(0)} ms; ratio ${ratio.toFixed(2)} (must be ≤ ${MAX_LIST_RATIO}: ${ratio <= MAX_LIST_RATIO ? 'ok' : 'OVER'})`,
  ];
}

function sizeLine(mb: number): string {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, String(mb)], {
    encoding: 'utf8',
  });
  if (child.status !== 0) return `${mb} MB: failed: ${child.stderr.trim().split('\n')[0]}`;
  const r = JSON.parse(child.stdout) as LargeInputResult;
  return `${mbOf(r.bytes)}: ${r.figures} figures in ${(r.ms / 1000).toFixed(2)} s, CPU ${(r.cpuMs / 1000).toFixed(2)} s (${(r.bytes / 2 ** 20 / (r.ms / 1000)).toFixed(2)} MB/s); peak RSS +${mbOf(r.peakRise)} (${(r.peakRise / r.bytes).toFixed(1)}× input); heap held by the result ${mbOf(r.retained)} (${(r.retained / r.bytes).toFixed(1)}×)`;
}

export const costSection: BenchSection = {
  name: 'Cost on large and unusual inputs',
  run() {
    return [
      ...listLines(),
      'parse and extract, pure functions (the build refuses files over 2 MB; 5 MB is measured all the same):',
      ...SIZES_MB.map(sizeLine),
    ];
  },
};
