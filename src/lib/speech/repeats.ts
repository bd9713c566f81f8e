/**
 * A copy that repeats itself: the whole report twice over, or its title and opening pasted again
 * at the end. Each line is cut into sentences (at 。！？；：), and a sentence is looked up among
 * those already read (one hash lookup each, so the cost is linear in the text). A line all of
 * whose sentences were read before is seen again; a run of such lines is a repeat when it holds
 * at least MIN_RUN characters, or when nothing but page furniture follows it.
 */
import type { Line } from './lines';

/** Sentences shorter than this (各位代表！) recur in any speech and prove nothing. */
const MIN_SENTENCE = 4;
/** A run of repeated lines this long is no coincidence. */
const MIN_RUN = 200;
/** A run at the very end must hold at least this much: a title, an opening sentence. */
const MIN_END_RUN = 10;

const SENTENCE = /[^。！？；：!?;:]+[。！？；：!?;:]*/gu;

const sentencesOf = (content: string): string[] =>
  Array.from(content.replace(/\s/gu, '').matchAll(SENTENCE), (m) => m[0]).filter(
    (s) => Array.from(s).length >= MIN_SENTENCE,
  );

export interface RepeatRun {
  /** Indices into the lines given: the first and one past the last line of the run. */
  from: number;
  to: number;
  /** Offsets of the run's first character and after its last. */
  start: number;
  end: number;
  /** Characters (whitespace excluded) of the repeated sentences. */
  length: number;
}

/**
 * Runs of lines that repeat what came before. `skip` marks lines (front matter, page furniture)
 * whose sentences count as read but which neither start nor end a run, nor break one.
 */
export const findRepeats = (lines: readonly Line[], skip: (i: number) => boolean): RepeatRun[] => {
  const seen = new Set<string>();
  const runs: RepeatRun[] = [];
  let open: RepeatRun | null = null;
  const close = (atEnd: boolean): void => {
    if (open && (open.length >= MIN_RUN || (atEnd && open.length >= MIN_END_RUN))) runs.push(open);
    open = null;
  };
  lines.forEach((line, i) => {
    const sentences = sentencesOf(line.content);
    if (skip(i)) {
      for (const s of sentences) seen.add(s);
      return;
    }
    const again = sentences.length > 0 && sentences.every((s) => seen.has(s));
    if (again) {
      const length = sentences.reduce((n, s) => n + Array.from(s).length, 0);
      if (open) {
        open.to = i + 1;
        open.end = line.end;
        open.length += length;
      } else {
        open = { from: i, to: i + 1, start: line.start, end: line.end, length };
      }
    } else if (sentences.length > 0) {
      close(false);
    }
    for (const s of sentences) seen.add(s);
  });
  close(true);
  return runs;
};
