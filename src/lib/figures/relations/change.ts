/**
 * A change stated beside the result: 13500亿元，比上年增加1500亿元; 上升3个百分点，达到51.2%;
 * 51.2%，比上年提高3个百分点. It implies the value before, which the text does not give.
 * Differences of percentages are in 个百分点.
 */
import { conclusion, roundingNote } from './arithmetic';
import { MEASURED, between, clauseBefore, draft, wordAfter } from './common';
import type { Draft, FindInput, RelationKind } from './kind';
import { cn, points, shown } from './working';

const UP = /增加|提高|上升|增长|多|扩大|突破|达|增至/;
const AMOUNT_AFTER =
  /^[，,、]?((?:比[^，,。；;、]{1,8}?)?(?:增加|减少|多|少|提高|下降|降低))(?:了)?$/;
/** 新增1700公里、突破7000公里: what was added, then the total it brought. */
const ADDED = /(?:新增|新建|新开通|新投运)(?:了)?$/;
const TOTAL_AFTER = /^[，,、]((?:[\u4e00-\u9fa5]{0,6}?)(?:突破|达到|达|增至|总数达))$/;
const POINTS_AFTER =
  /^[，,、]?(比[^，,。；;、]{1,8}?(?:提高|上升|增加|下降|降低|减少|回落))(?:了)?$/;
const POINTS_BEFORE = /(提高|上升|增加|下降|降低|减少|回落)(?:了)?$/;
const REACHED = /^[，,、]?(?:达到|达|至|为)$/;

function find({ view, figures }: FindInput): Draft[] {
  const drafts: Draft[] = [];
  figures.forEach((f, i) => {
    const next = figures[i + 1];
    if (next === undefined) return;
    const gap = between(view, f, next);
    const amount = AMOUNT_AFTER.exec(gap);
    if (amount && MEASURED.has(f.kind) && next.unit === f.unit && f.unit !== '%') {
      drafts.push(
        draft(
          'change',
          [
            ['after', f],
            ['change', next],
          ],
          wordAfter(view, amount[1]!, f.end),
        ),
      );
      return;
    }
    const total = TOTAL_AFTER.exec(gap);
    if (
      total &&
      ADDED.test(clauseBefore(view, f)) &&
      MEASURED.has(f.kind) &&
      next.unit === f.unit
    ) {
      drafts.push(
        draft(
          'change',
          [
            ['change', f],
            ['after', next],
          ],
          wordAfter(view, total[1]!, f.end),
        ),
      );
      return;
    }
    const after = POINTS_AFTER.exec(gap);
    if (after && f.unit === '%' && next.unit === '个百分点') {
      drafts.push(
        draft(
          'change',
          [
            ['after', f],
            ['change', next],
          ],
          wordAfter(view, after[1]!, f.end),
        ),
      );
      return;
    }
    const verb = POINTS_BEFORE.exec(clauseBefore(view, f));
    if (verb && f.unit === '个百分点' && next.unit === '%' && REACHED.test(gap)) {
      drafts.push(
        draft(
          'change',
          [
            ['change', f],
            ['after', next],
          ],
          { text: `${verb[1]}…达到`, start: f.start - verb[0].length, end: next.start },
        ),
      );
    }
  });
  return drafts;
}

export const change: RelationKind = {
  type: 'change',
  cues: ['比上年增加', '上升…个百分点，达到', '比上年提高…个百分点'],
  find,
  check(relation, m) {
    const after = m.one('after');
    const delta = m.one('change');
    if (after === undefined || delta === undefined) return null;
    const sign = UP.test(relation.cue.replace(/^比[^增减多少提下降上回扩]*/, '')) ? 1 : -1;
    const before = after.value - sign * delta.value;
    const unit = after.unit;
    const written = unit === '%' ? points(delta.value) : shown(delta);
    return {
      title: `变化推算原值：${after.subject}`,
      verdict: 'uncheckable',
      working: [
        `${shown(after)} ${sign > 0 ? '−' : '+'} ${written} = ${cn(before, unit)}，即变化前的数值。`,
        conclusion('uncheckable', '变化前的数值文中没有给出，无从比对。'),
      ],
      assumptions: [
        `“${relation.cue}”的变化以${shown(after)}为变化后的数值。`,
        ...roundingNote([after, delta]),
      ],
      computed: { value: before, low: before, high: before },
    };
  },
};
