import { performance } from 'node:perf_hooks';

/** Milliseconds each of `runs` calls took, after one warm-up call. */
export function timeRuns(fn: () => unknown, runs: number): number[] {
  fn();
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
