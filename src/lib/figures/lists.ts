import { listItems } from './subject';

/** A figure's span and the subject chosen for it on its own. */
export interface Named {
  start: number;
  end: number;
  subject: string;
}

const LIST_JOIN = /^(?:、|和|及|与|以及)$/;

/** Runs of figures joined by 、/和 (209元、280元), as index ranges [from, to). */
function listRuns(view: string, figures: readonly Named[]): [number, number][] {
  const runs: [number, number][] = [];
  let from = 0;
  for (let i = 1; i <= figures.length; i++) {
    const joined =
      i < figures.length && LIST_JOIN.test(view.slice(figures[i - 1]!.end, figures[i]!.start));
    if (joined) continue;
    if (i - from >= 2) runs.push([from, i]);
    from = i;
  }
  return runs;
}

/**
 * 分别 lists: one subject per item. In 用水量、能耗、二氧化碳排放量分别下降23%、15%、18% each
 * figure takes its own item; a second list of the same length in the sentence (分别从209元、280元
 * 提高到217元、290元) takes the same items. Subjects of figures outside such lists are kept.
 */
export function splitListSubjects(
  view: string,
  sentenceStart: number,
  figures: readonly Named[],
): string[] {
  const subjects = figures.map((f) => f.subject);
  let items: readonly string[] = [];
  for (const [from, to] of listRuns(view, figures)) {
    if (!view.slice(sentenceStart, figures[from]!.start).includes('分别')) continue;
    const count = to - from;
    const own = listItems(subjects[from]!, count);
    const named = own ?? (items.length === count ? items : null);
    if (named === null) continue;
    items = named;
    for (let i = from; i < to; i++) subjects[i] = named[i - from]!;
  }
  return subjects;
}
