/** 7个全省第一、9个第二: how many indicators stand at each place; the sum of them. */
import { conclusion } from './arithmetic';
import { draft } from './common';
import type { Draft, FindInput, RelationKind } from './kind';

function find({ figures }: FindInput): Draft[] {
  const counts = figures.filter((f) => f.kind === 'rank-count');
  if (counts.length < 2) return [];
  return [
    draft(
      'rank-distribution',
      counts.map((f) => [`place-${f.countedRank ?? 0}`, f]),
      { text: '个第…', start: counts[0]!.start, end: counts[0]!.end },
    ),
  ];
}

export const rankDistribution: RelationKind = {
  type: 'rank-distribution',
  cues: ['N个第一、M个第二'],
  find,
  check(relation, m) {
    const figures = relation.members.flatMap((x) => m.all(x.role).slice(0, 1));
    if (figures.length === 0) return null;
    const sum = figures.reduce((s, f) => s + f.value, 0);
    const places = figures.map((f) => f.countedRank ?? 0);
    return {
      title: `名次分布：${figures[0]!.subject}`,
      verdict: 'uncheckable',
      working: [
        `${figures.map((f) => f.value).join(' + ')} = ${sum}项指标排在第${places[0]}至第${places[places.length - 1]}名。`,
        conclusion('uncheckable', '文中没有给出指标总数，无法算出占比，也无从比对。'),
      ],
      assumptions: ['每项指标只计一个名次。'],
      computed: { value: sum, low: sum, high: sum },
    };
  },
};
