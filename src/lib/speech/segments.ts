import type { RoledLine } from './layout';
import { span } from './span';
import type { Segment, SegmentRole } from './types';

/**
 * The lossless cover of the text: each line's content in its role, everything between lines
 * (line breaks, blank lines, indentation) as whitespace. Concatenated, the segments give back
 * the text exactly. `lines` must be in text order, as `layOut` gives them.
 */
export const coverText = (text: string, lines: readonly RoledLine[]): Segment[] => {
  const segments: Segment[] = [];
  const add = (start: number, end: number, role: SegmentRole): void => {
    if (end > start) segments.push({ ...span(text, start, end), role });
  };
  let cursor = 0;
  for (const line of lines) {
    add(cursor, line.start, 'whitespace');
    add(line.start, line.end, line.role);
    cursor = line.end;
  }
  add(cursor, text.length, 'whitespace');
  return segments;
};
