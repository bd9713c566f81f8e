/** Sentences end at 。;!? (full-width or ASCII, except ASCII ?, which in these copies is damage). */
const SENTENCE_END = /[。；;！!？]/;
/** Clauses inside a sentence end at commas and colons (、 joins list items, so it does not). */
const CLAUSE_END = /[,，:：]/;

export interface Range {
  start: number;
  end: number;
}

/** The sentences of view[start, end), each including its closing mark. */
export function splitSentences(view: string, start: number, end: number): Range[] {
  const sentences: Range[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (SENTENCE_END.test(view[i]!)) {
      sentences.push({ start: from, end: i + 1 });
      from = i + 1;
    }
  }
  if (from < end) sentences.push({ start: from, end });
  return sentences;
}

/**
 * Offsets of the clause marks (commas, colons) in view[start, end), in order: found once per
 * sentence, so that each figure's clause bounds are a bisection, not a rescan of the sentence
 * (a list of thousands of figures joined by 、 is one clause).
 */
export function clauseMarks(view: string, start: number, end: number): number[] {
  const marks: number[] = [];
  for (let i = start; i < end; i++) if (CLAUSE_END.test(view[i]!)) marks.push(i);
  return marks;
}

/** Index of the first mark at or after `at`. */
function firstAtOrAfter(marks: readonly number[], at: number): number {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (marks[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Start of the clause that ends at `at`: after the last comma or colon, but not before `floor`. */
export function clauseStart(marks: readonly number[], floor: number, at: number): number {
  const mark = marks[firstAtOrAfter(marks, at) - 1];
  return mark !== undefined && mark >= floor ? mark + 1 : floor;
}

/** End of the clause that starts at `at`, not after `ceiling`. */
export function clauseEnd(marks: readonly number[], at: number, ceiling: number): number {
  const mark = marks[firstAtOrAfter(marks, at)];
  return mark !== undefined && mark < ceiling ? mark : ceiling;
}
