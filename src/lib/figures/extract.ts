import { repairedText } from '../speech/repaired';
import { foldTraditionalNumerals } from '../text/numerals';
import type { Paragraph } from '../speech/types';
import { findDoublings, findRankCounts, findRanks, type Candidate } from './candidates';
import { findExclusions } from './exclusions';
import { findQuantities } from './quantities';
import { baseId, uniqueIds } from './ids';
import { splitListSubjects } from './lists';
import type { SpeechInput } from './index';
import { openingTimeScope, scopeFor } from './scope';
import { clauseEnd, clauseMarks, clauseStart, splitSentences, type Range } from './sentences';
import { chooseSubject } from './subject';
import type { Figure } from './types';
import { makeView, withoutMarkers } from './view';

type Located = Omit<Figure, 'id'>;

/**
 * How much of its clause after a figure is read for the noun that follows it (13项审批业务, 视力、
 * 听力等残疾儿童): a few dozen characters; bounded so that a clause listing thousands of figures
 * is not reread once per figure.
 */
const AFTER_WINDOW = 256;

/** Every figure in the speech's body paragraphs, in document order, with stable ids. */
export function extractFigureList(speech: SpeechInput): { figures: Figure[]; view: string } {
  const repairs = [...speech.repairs].sort((a, b) => a.start - b.start);
  const view = makeView(speech.text, repairs);
  // Numbers are read with traditional number characters folded (1.5萬個); words from `view`.
  const numbers = foldTraditionalNumerals(view);
  const excluded = findExclusions(numbers);
  const taken = new Uint8Array(view.length);
  const paragraphs = [...speech.paragraphs].sort((a, b) => a.start - b.start);
  const sorted = { ...speech, repairs };
  const located = paragraphs.flatMap((paragraph) =>
    locateInParagraph(sorted, { view, numbers }, paragraph, excluded, taken),
  );
  const ids = uniqueIds(located.map((f) => baseId(f.subject, f.text)));
  return { figures: located.map((f, i) => ({ id: ids[i]!, ...f })), view };
}

function locateInParagraph(
  speech: SpeechInput,
  { view, numbers }: { view: string; numbers: string },
  paragraph: Paragraph,
  excluded: Uint8Array,
  taken: Uint8Array,
): Located[] {
  const { start, end } = paragraph;
  const candidates = [
    ...findRankCounts(numbers, start, end, taken),
    ...findRanks(numbers, start, end, taken),
    ...findDoublings(numbers, start, end, taken),
    ...findQuantities(numbers, start, end, excluded, taken),
  ].sort((a, b) => a.start - b.start);
  const result: Located[] = [];
  let runningTime: string | null = null;
  let next = 0;
  for (const sentence of splitSentences(view, start, end)) {
    const opening = openingTimeScope(view, skipSpace(view, sentence.start), sentence.end);
    if (opening !== null) runningTime = opening;
    const inSentence: Candidate[] = [];
    while (next < candidates.length && candidates[next]!.start < sentence.end) {
      inSentence.push(candidates[next++]!);
    }
    const head = { start: sentence.start, end: inSentence[0]?.start ?? sentence.end };
    const marks = clauseMarks(view, sentence.start, sentence.end);
    let previousEnd = sentence.start;
    let previousSubject = '';
    const named = inSentence.map((candidate) => {
      const start = clauseStart(marks, sentence.start, candidate.start);
      const clause = { start: Math.max(start, previousEnd), end: candidate.start };
      const after = Math.min(
        candidate.end + AFTER_WINDOW,
        clauseEnd(marks, candidate.end, sentence.end),
      );
      const subject = chooseSubject({
        before: withoutMarkers(view.slice(clause.start, clause.end)),
        after: withoutMarkers(view.slice(candidate.end, after)),
        previous: previousSubject,
        afterFigure: previousEnd > start,
      });
      previousSubject = subject;
      previousEnd = candidate.end;
      return { start: candidate.start, end: candidate.end, subject, clause };
    });
    const subjects = splitListSubjects(view, sentence.start, named);
    inSentence.forEach((candidate, i) => {
      result.push(
        toFigure(speech, paragraph, sentence, candidate, {
          subject: subjects[i]!,
          scope: scopeFor({ view, clause: named[i]!.clause, head, runningTime }),
        }),
      );
    });
  }
  return result;
}

function skipSpace(view: string, at: number): number {
  let i = at;
  while (/\s/.test(view[i] ?? '')) i++;
  return i;
}

function toFigure(
  speech: SpeechInput,
  paragraph: Paragraph,
  sentence: Range,
  candidate: Candidate,
  found: Pick<Figure, 'subject' | 'scope'>,
): Located {
  const { start, end } = candidate;
  const repairs = repairsIn(speech.repairs, start, end);
  return {
    text: speech.text.slice(start, end),
    display: repairedText(speech.text, start, end, repairs),
    start,
    end,
    value: candidate.value,
    ...(candidate.valueHigh === undefined ? {} : { valueHigh: candidate.valueHigh }),
    unit: candidate.unit,
    kind: candidate.kind,
    qualifier: candidate.qualifier,
    subject: found.subject,
    scope: found.scope,
    paragraph: paragraph.id,
    part: paragraph.part,
    point: paragraph.point,
    sentence: { start: sentence.start, end: sentence.end },
    repairs: repairs.map((r) => r.id),
    rounding: candidate.rounding,
    ...(candidate.fromEnd ? { fromEnd: true } : {}),
    ...(candidate.countedRank === undefined ? {} : { countedRank: candidate.countedRank }),
  };
}

/** The repairs overlapping [start, end); repairs are few per figure, so scan from a bisection. */
function repairsIn(
  repairs: SpeechInput['repairs'],
  start: number,
  end: number,
): SpeechInput['repairs'] {
  let low = 0;
  let high = repairs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (repairs[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  const found: SpeechInput['repairs'] = [];
  for (let i = low; i < repairs.length && repairs[i]!.start < end; i++) {
    if (repairs[i]!.end > start) found.push(repairs[i]!);
  }
  return found;
}
