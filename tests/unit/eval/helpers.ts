import type { GoldFigure, PredictedFigure, PredictedRelation } from '../../../src/lib/eval/index';

type Span = {
  id: string;
  start: number;
  end: number;
  value: number;
  unit: string;
  subject: string;
};

/** A gold figure over [start, end) of a text the tests never read. */
export const gold = (span: Span, extra: Partial<GoldFigure> = {}): GoldFigure => ({
  ...span,
  text: 'x'.repeat(span.end - span.start),
  kind: 'count',
  alt: [],
  optional: false,
  ...extra,
});

/** A predicted figure over [start, end). */
export const predicted = (span: Span): PredictedFigure => ({
  ...span,
  text: 'y'.repeat(span.end - span.start),
});

/** A predicted relation; members as [role, figure id]. */
export const relation = (
  id: string,
  type: string,
  cue: string,
  ...members: [string, string][]
): PredictedRelation => ({
  id,
  type: type as PredictedRelation['type'],
  cue,
  members: members.map(([role, figure]) => ({ role, figure })),
});
