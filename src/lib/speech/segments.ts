import type { Escape } from './escapes';
import type { RoledLine } from './layout';
import { span } from './span';
import type { Segment, SegmentRole } from './types';

/**
 * The lossless cover of the text: each line's content in its role, escape sequences that stand
 * between lines (<U+00A0> where an indent was) as artifacts, everything else between lines (line
 * breaks, blank lines, indentation) as whitespace. Concatenated, the segments give back the text
 * exactly. `lines` and `escapes` must be in text order, as `layOut` gives them.
 */
export const coverText = (
  text: string,
  lines: readonly RoledLine[],
  escapes: readonly Escape[],
): Segment[] => {
  const segments: Segment[] = [];
  const add = (start: number, end: number, role: SegmentRole): void => {
    if (end > start) segments.push({ ...span(text, start, end), role });
  };
  let next = 0;
  const gap = (start: number, end: number): void => {
    let cursor = start;
    while (next < escapes.length && (escapes[next]?.start ?? end) < end) {
      const e = escapes[next++]!;
      if (e.start < cursor) continue;
      add(cursor, e.start, 'whitespace');
      add(e.start, e.end, 'artifact');
      cursor = e.end;
    }
    add(cursor, end, 'whitespace');
  };
  let cursor = 0;
  for (const line of lines) {
    gap(cursor, line.start);
    add(line.start, line.end, line.role);
    cursor = line.end;
  }
  gap(cursor, text.length);
  return segments;
};
