/** Helpers the kinds share for finding relations in the words between figures. */
import type { Figure, RelationType } from '../types';
import type { Draft } from './kind';

/** Kinds of figure that measure an amount of something, which parts and wholes can be. */
export const MEASURED: ReadonlySet<Figure['kind']> = new Set([
  'count',
  'amount',
  'area',
  'length',
  'duration',
  'other',
]);

/**
 * A before-after pair's figures and the one right after them, looked up by id (once per list,
 * not a scan of the sentence per pair).
 */
export function pairLookup(
  figures: readonly Figure[],
): (pair: Draft) => { before?: Figure; after?: Figure; next?: Figure } {
  const index = new Map(figures.map((f, i) => [f.id, i]));
  const at = (id: string) => {
    const i = index.get(id);
    return i === undefined ? undefined : figures[i];
  };
  return (pair) => {
    const afterAt = index.get(pair.members[1]!.figure);
    return {
      before: at(pair.members[0]!.figure),
      after: afterAt === undefined ? undefined : figures[afterAt],
      next: afterAt === undefined ? undefined : figures[afterAt + 1],
    };
  };
}

/** Where in the text a cue stands. */
export interface Cue {
  text: string;
  start: number;
  end: number;
}

export function between(view: string, a: Figure, b: Figure): string {
  // A leading qualifier (突破7000公里, 超过5%) is part of b's text but reads as the cue's verb.
  const word = b.qualifier?.word ?? '';
  const lead = word !== '' && b.text.startsWith(word) ? word.length : 0;
  return view.slice(a.end, b.start + lead);
}

/**
 * A relation with its cue and its evidence: the span from the first of its cue and members to
 * the last, so that a reader can see every member in the words quoted.
 */
export function draft(type: RelationType, members: [string, Figure][], cue: Cue): Draft {
  const starts = [cue.start, ...members.map(([, f]) => f.start)];
  const ends = [cue.end, ...members.map(([, f]) => f.end)];
  const first = members.reduce((a, b) => (b[1].start < a[1].start ? b : a))[1];
  return {
    type,
    members: members.map(([role, f]) => ({ role, figure: f.id })),
    cue: cue.text,
    sentence: { ...first.sentence },
    evidence: { start: Math.min(...starts), end: Math.max(...ends) },
  };
}

/** The cue `word` where it first stands after `from`. */
export function wordAfter(view: string, word: string, from: number): Cue {
  const start = view.indexOf(word, from);
  return { text: word, start, end: start + word.length };
}

/**
 * How far before a figure its cues are read: every cue ends at the figure and is a few words
 * long, so reading no further keeps a sentence listing thousands of figures from being reread
 * once per figure.
 */
const CUE_REACH = 128;

/** The sentence up to a figure, at most CUE_REACH characters of it. */
const leadingUpTo = (view: string, f: Figure): string =>
  view.slice(Math.max(f.sentence.start, f.start - CUE_REACH), f.start);

/** A figure stated per person or per thousand (每千人6.6批次, 每人每月2375元): not an amount. */
export function perUnit(view: string, f: Figure): boolean {
  return f.kind === 'rate' || /每[^，,。；;、]{0,4}$/.test(leadingUpTo(view, f));
}

/** A figure that is one side of a ratio written with a colon (2.9∶1, 4.0∶37.7∶58.3). */
export function inRatio(view: string, f: Figure): boolean {
  return /[∶:]/.test(view[f.end] ?? '') || /[∶:]/.test(view[f.start - 1] ?? '');
}

/** A figure stated as a change from an earlier one (比上年增加1500亿元, 增加110万套). */
export function changeAmount(view: string, f: Figure): boolean {
  const clause =
    leadingUpTo(view, f)
      .split(/[，,、；;：:]/)
      .pop() ?? '';
  return /(?:增加|减少|增长|下降|多|少|提高|降低|新增了?)(?:了|达到?|为)?(?:超过|近|约|超)?$/.test(
    clause,
  );
}

/** The clause a figure stands in, up to the figure: where its subject is named. */
export function clauseBefore(view: string, f: Figure): string {
  return (
    leadingUpTo(view, f)
      .split(/[，,；;：:]/)
      .pop() ?? ''
  );
}
