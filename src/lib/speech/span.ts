import type { Span } from './types';

/** The one way spans are made, so that `text.slice(start, end) === span.text` always holds. */
export const span = (text: string, start: number, end: number): Span => ({
  start,
  end,
  text: text.slice(start, end),
});

/** Whether `inner` lies wholly inside `outer`. */
export const within = (inner: Span, outer: Span): boolean =>
  inner.start >= outer.start && inner.end <= outer.end;
