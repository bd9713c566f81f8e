/**
 * Permalinks that never break: a figure id once published stays reachable, either as the
 * figure itself or through a recorded redirect to its successor.
 */
import { projectError, type ProjectError } from '../errors';
import type { PermalinksData } from '../schema/editorial';
import { lineOfPath, lineOfValue } from './lines';
import { nearest } from './nearest';

/** The first published id that is gone without a redirect, or a redirect away from a live id. */
export function permalinkError(
  file: string,
  text: string,
  record: PermalinksData,
  current: readonly string[],
): ProjectError | null {
  const live = new Set(current);
  for (const id of record.published) {
    if (live.has(id) || id in record.redirects) continue;
    const at = `${file}:${lineOfValue(text, id, lineOfPath(text, ['published']))}`;
    return projectError('PublishedIdRemoved', at, id, nearest(id, current));
  }
  for (const from of Object.keys(record.redirects))
    if (live.has(from))
      return projectError('BadField', [
        `${file}:${lineOfPath(text, ['redirects', from])}：字段“redirects.${from}”所指的数字仍然存在，不能跳转；请删去这一行。`,
      ]);
  return null;
}

/** Current ids not yet recorded as published: the record should list them. */
export const unrecorded = (record: PermalinksData, current: readonly string[]): string[] =>
  current.filter((id) => !record.published.includes(id));
