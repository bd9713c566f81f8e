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

/** Start of the clause that ends at `at`: after the last comma or colon, but not before `floor`. */
export function clauseStart(view: string, floor: number, at: number): number {
  for (let i = at - 1; i >= floor; i--) if (CLAUSE_END.test(view[i]!)) return i + 1;
  return floor;
}

/** End of the clause that starts at `at`, not after `ceiling`. */
export function clauseEnd(view: string, at: number, ceiling: number): number {
  for (let i = at; i < ceiling; i++) if (CLAUSE_END.test(view[i]!)) return i;
  return ceiling;
}
