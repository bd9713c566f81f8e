/**
 * 排第N位, 倒数第一: ranks, with the figure ranked when one stands before them in the sentence.
 * Editors' context says how many places there are (全省 → 9); each rank must lie between first
 * and last, and two ranks of the same thing give the movement between them.
 */
import type { Figure } from '../types';
import { rankTotalsOf, type RankContext } from '../rank-context';
import { cannot, conclusion } from './arithmetic';
import { MEASURED, draft } from './common';
import type { CheckDraft, Draft, FindInput, RelationKind } from './kind';

/**
 * What may stand between a figure and the rank of it: the rank's verb and scope, after a word
 * that refers back to the figure (总量、总规模) — nothing naming a subject of its own.
 */
const RANKED_GAP =
  /^(?:总量|总规模|规模|总数)?(?:和[\u4e00-\u9fa5]{1,3})?(?:均|持续|稳)?在?(?:居|排|位居|位列|稳居|跃居|升至|排名)?(?:全国|全省|全市|中西部|西部|东部|内地|世界|全球)?排?$/;

/** The figure a rank ranks: the one before it, with only its rates and growth between. */
function rankedBy(view: string, figures: readonly Figure[], rank: Figure): Figure | undefined {
  const before = figures.slice(0, figures.indexOf(rank));
  const ranked = [...before].reverse().find((f) => MEASURED.has(f.kind) || f.kind === 'percent');
  if (ranked === undefined) return undefined;
  let gap = view.slice(ranked.end, rank.start);
  for (const f of before.filter((f) => f.start > ranked.end))
    gap = gap.replace(view.slice(f.start, f.end), '#');
  const words = gap
    .split(/[，,、]/)
    .filter((s) => !s.includes('#'))
    .join('');
  return RANKED_GAP.test(words) ? ranked : undefined;
}

/**
 * Ranks of one thing: a rank and those after it with no measured figure between (排全省第四位，
 * 结束了…倒数第一的历史); a measured figure between starts the ranks of another thing.
 */
function groups(figures: readonly Figure[]): Figure[][] {
  const out: Figure[][] = [];
  let open = false;
  for (const f of figures) {
    if (f.kind === 'rank') {
      if (open) out[out.length - 1]!.push(f);
      else out.push([f]);
      open = true;
    } else if (MEASURED.has(f.kind)) open = false;
  }
  return out;
}

function find({ view, figures }: FindInput): Draft[] {
  return groups(figures).map((ranks) => {
    const first = ranks[0]!;
    const ranked = rankedBy(view, figures, first);
    const members: [string, Figure][] = [
      ...(ranked === undefined ? [] : [['ranked', ranked] as [string, Figure]]),
      ...ranks.map((f): [string, Figure] => ['rank', f]),
    ];
    const cue = first.fromEnd ? '倒数第' : '第…位';
    return draft('rank', members, { text: cue, start: first.start, end: first.end });
  });
}

function check(
  ranks: Figure[],
  ranked: Figure | undefined,
  context: RankContext | undefined,
): CheckDraft | null {
  if (ranks.length === 0) return null;
  const title = `名次核对：${(ranked ?? ranks[0]!).subject}`;
  const facts = ranks.map((f) => rankTotalsOf(f, context)[0]);
  const known = facts.filter((t) => t !== undefined);
  if (known.length < ranks.length)
    return cannot(
      title,
      `文中没有说明${ranks.map((f) => f.display).join('、')}是在多少个单位中排名，背景资料也没有给出。`,
    );
  const fact = known[0]!;
  const place = (f: Figure, n: number) => (f.fromEnd ? n - f.value + 1 : f.value);
  const places = ranks.map((f, i) => place(f, facts[i]!.total));
  const inside = places.every((p, i) => p >= 1 && p <= facts[i]!.total);
  const working = [
    `共${fact.total}个单位参与排名（背景资料：${fact.what}）。`,
    ...ranks.map(
      (f, i) =>
        `${f.scope.time.join('、')}${f.display}${f.fromEnd ? `即第${places[i]}位` : ''}，在第1至第${facts[i]!.total}位之间${places[i]! >= 1 && places[i]! <= facts[i]!.total ? '' : '之外'}。`,
    ),
  ];
  if (ranks.length === 2) {
    const [then, now] = ranks[1]!.scope.time.length
      ? [ranks[1]!, ranks[0]!]
      : [ranks[0]!, ranks[1]!];
    const a = places[ranks.indexOf(then)]!;
    const b = places[ranks.indexOf(now)]!;
    working.push(
      `从${then.scope.time.join('、') || '先前'}的第${a}位到${now.scope.time.join('、') || '现在'}的第${b}位，${a > b ? `上升${a - b}位` : a < b ? `下降${b - a}位` : '名次未变'}。`,
    );
  }
  const verdict = inside ? 'consistent' : 'inconsistent';
  working.push(
    conclusion(
      verdict,
      inside ? '每个名次都在参与排名的单位数之内。' : '有名次超出了参与排名的单位数。',
    ),
  );
  return {
    title,
    verdict,
    working,
    assumptions: [`参与排名的单位数来自编辑补充的背景资料，不出自讲话：${fact.source}`],
  };
}

export const rank: RelationKind = {
  type: 'rank',
  cues: ['排第…位', '居全省第', '倒数第'],
  find,
  check: (_relation, m, context) => check(m.all('rank'), m.one('ranked'), context),
};
