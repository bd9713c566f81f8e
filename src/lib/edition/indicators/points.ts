/**
 * The indicator points one speech gives: each figure that states an indicator, with the year
 * it is about, whether it is a target or an outcome, its value in the indicator's unit and
 * how the words bound it.
 */
import type { Figure } from '../../figures/types';
import type { SpeechRecord } from '../../speech-record';
import { headingFrame, paragraphFrames, type Frame, type FrameMark } from './frames';
import { clauseOf, roleOf } from './roles';
import { indicatorOf } from './match';
import { convert } from './units';
import type { Bound, IndicatorDefinition, IndicatorPoint } from './types';

const BOUNDS: Record<NonNullable<Figure['qualifier']>['bound'], Bound> = {
  approx: 'about',
  atLeast: 'at-least',
  upTo: 'at-most',
  moreThan: 'over',
  nearly: 'under',
};

/** How the words bound a figure's value: 左右 about, 以上 at least, 6.5%－7% a range …. */
export const boundOf = (figure: Pick<Figure, 'qualifier' | 'valueHigh'>): Bound =>
  figure.valueHigh !== undefined
    ? 'range'
    : figure.qualifier === null
      ? 'exact'
      : BOUNDS[figure.qualifier.bound];

/** The frames of a speech, from its part headings and the clauses of its paragraphs. */
export function frameMarks(record: SpeechRecord, reportYear: number): FrameMark[] {
  const marks: FrameMark[] = [];
  let part: Frame | null = null;
  for (const p of record.parts) {
    const frame = headingFrame(p.heading?.text ?? p.title ?? '', reportYear);
    if (frame !== null) marks.push({ at: p.start, frame });
    part = frame ?? part;
    for (const paragraph of record.paragraphs.filter((x) => x.part === p.id))
      marks.push(...paragraphFrames(record.text, paragraph.start, paragraph.end, reportYear, part));
  }
  const outside = record.paragraphs.filter((x) => x.part === null);
  for (const paragraph of outside)
    marks.push(...paragraphFrames(record.text, paragraph.start, paragraph.end, reportYear));
  return marks.sort((a, b) => a.at - b.at);
}

/** The year a report was given in, from its date; null when the text gives none. */
export const reportYearOf = (record: SpeechRecord): number | null => {
  const date = record.speech.meta.date;
  return date ? Number(date.slice(0, 4)) : null;
};

export interface SpeechPoint {
  indicator: IndicatorDefinition;
  point: IndicatorPoint;
}

/** Every figure of a speech that is an indicator's target or outcome for one year. */
export function speechPoints(
  record: SpeechRecord,
  definitions: readonly IndicatorDefinition[],
): SpeechPoint[] {
  const reportYear = reportYearOf(record);
  if (reportYear === null) return [];
  const marks = frameMarks(record, reportYear);
  const national = record.speech.meta.place === '全国';
  return record.figures.flatMap((figure) => {
    // A provincial report quoting a national number (全国…) does not state its own.
    if (national !== true && figure.scope.place.includes('全国')) return [];
    const indicator = indicatorOf(figure, definitions);
    if (indicator === null) return [];
    const role = roleOf(record.text, figure, marks, record.relations, reportYear);
    if (role === null) return [];
    const value = convert(figure.value, figure.unit, indicator.unit)!;
    const high =
      figure.valueHigh === undefined
        ? undefined
        : convert(figure.valueHigh, figure.unit, indicator.unit)!;
    const clause = clauseOf(record.text, figure);
    const point: IndicatorPoint = {
      speech: record.slug,
      source: record.speech.meta.displayName,
      figure: figure.id,
      paragraph: figure.paragraph,
      ...role,
      value,
      ...(high === undefined ? {} : { high }),
      bound: boundOf(figure),
      text: figure.display,
      quote: record.text.slice(clause.start, clause.end),
    };
    return [{ indicator, point }];
  });
}
