/**
 * An outcome set against a target the same sentence names: 增长7.7%，高于7.5%左右的预期目标;
 * 新增就业1322万人，超过1000万人的目标. The verb says which way the outcome should lie.
 */
import { fmt } from '../format';
import { boundsOf, conclusion } from './arithmetic';
import { between, draft } from './common';
import type { Draft, FindInput, RelationKind } from './kind';
import { shown } from './working';

const COMPARED =
  /^[，,、]?((?:高于|超过|超出|好于|快于|低于|完成|实现|达到)(?:了)?(?:年初|全年)?(?:确定的|预期的|设定的)?)$/;
const TARGET_AFTER = /^(?:的)?(?:预期|计划|年度|全年)?目标/;

function find({ view, figures }: FindInput): Draft[] {
  return figures.flatMap((outcome, i) => {
    const target = figures[i + 1];
    if (target === undefined || target.unit !== outcome.unit) return [];
    const m = COMPARED.exec(between(view, outcome, target));
    const after = TARGET_AFTER.exec(view.slice(target.end, target.sentence.end));
    if (m === null || after === null) return [];
    const at = view.indexOf(m[1]!, outcome.end);
    return [
      draft(
        'target',
        [
          ['outcome', outcome],
          ['target', target],
        ],
        { text: `${m[1]}…${after[0]}`, start: at, end: target.end + after[0].length },
      ),
    ];
  });
}

export const target: RelationKind = {
  type: 'target',
  cues: ['高于…预期目标', '超过…目标', '完成…目标'],
  find,
  check(relation, m) {
    const outcome = m.one('outcome');
    const goal = m.one('target');
    if (outcome === undefined || goal === undefined) return null;
    const above = !/低于/.test(relation.cue);
    const strict = /高于|超过|超出|好于|快于|低于/.test(relation.cue);
    const o = boundsOf(outcome);
    const t = boundsOf(goal);
    const holds = above ? (strict ? o.low > t.high : o.low >= t.low) : o.high < t.low;
    const fails = above
      ? o.high < t.low || (strict && o.high <= t.low && o.exact && t.exact)
      : o.low > t.high;
    const verdict = holds
      ? 'direction'
      : fails && goal.qualifier?.bound !== 'approx'
        ? 'inconsistent'
        : 'uncheckable';
    const diff = outcome.value - goal.value;
    return {
      title: `目标与实绩：${outcome.subject}`,
      verdict,
      working: [
        `实绩${shown(outcome)}，目标${goal.display}，相差${outcome.unit === '%' ? `${fmt(diff, 2)}个百分点` : `${fmt(diff, 2)}${outcome.unit}`}。`,
        conclusion(
          verdict,
          verdict === 'direction'
            ? `文中说“${relation.cue}”，实绩确实在目标${above ? '之上' : '之下'}。`
            : verdict === 'inconsistent'
              ? `文中说“${relation.cue}”，实绩却不在目标${above ? '之上' : '之下'}。`
              : '目标是约数，实绩与之太近，分不出高低。',
        ),
      ],
      assumptions: [],
      stated: outcome.value,
      computed: { value: goal.value, low: t.low, high: t.high },
    };
  },
};
