/**
 * What a reader sees of a stretch of the source: the repairs that were made applied, the
 * flagged-only ones left as written.
 */
import type { Repair } from './types';

export function repairedText(
  text: string,
  start: number,
  end: number,
  repairs: readonly Pick<Repair, 'start' | 'end' | 'takenFor' | 'repaired'>[],
): string {
  let out = '';
  let at = start;
  for (const r of [...repairs].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > end || !r.repaired || r.takenFor === null) continue;
    out += text.slice(at, r.start) + r.takenFor;
    at = r.end;
  }
  return out + text.slice(at, end);
}
