/**
 * 从/由…到: a value before and after. Words may stand between (从2020年的X提升到2025年的Y, 从每人
 * 每月2375元提高到2423元), and 分别 lines up lists (分别从209元、280元提高到217元、290元: two
 * pairs). Only the direction the verb states can be checked: 方向相符 at best.
 */
import { fmt } from '../format';
import type { Figure } from '../types';
import { boundsOf, conclusion, qualifierNote, rounding, roundingNote } from './arithmetic';
import { between, clauseBefore, draft, inRatio } from './common';
import type { Draft, FindInput, RelationKind } from './kind';
import { cn, points, shown } from './working';

const VERB =
  '(?:增加|提高|减少|下降|降低|上升|增长|缩短|压缩|扩大|提升|缩小|调整|增|减|升|降|跃升|突破)';
/** Between before and after: a verb, then 到/至 (为 only after a verb), then words such as 2025年的. */
const AFTER_CUE = new RegExp(
  `^([^，,。；;、]{0,10}?)(${VERB}(?:到|至|为)|到|至)([^，,。；;、0-9]{0,10}|\\d{4}年(?:底|末)?的?)$`,
);
/** 从 or 由, then words without numbers but for a year (从2020年的, 由每人每年). */
const LEAD = /(?:分别)?(从|由)((?:\d{4}年(?:底|末)?的?|[^，,。；;、从由\d∶:.]){0,12})$/;
const LIST_JOIN = /^[、和及与]$/;

export function direction(cue: string): 1 | -1 | 0 {
  if (/增|提高|上升|扩大|提升|升|突破/.test(cue)) return 1;
  if (/减|降|缩短|压缩|缩小/.test(cue)) return -1;
  return 0;
}

/** A run of figures joined only by 、 or 和, from index i. */
function run(view: string, figures: readonly Figure[], i: number): Figure[] {
  const out = [figures[i]!];
  while (
    i + out.length < figures.length &&
    LIST_JOIN.test(between(view, out[out.length - 1]!, figures[i + out.length]!))
  )
    out.push(figures[i + out.length]!);
  return out;
}

function find({ view, figures }: FindInput): Draft[] {
  const drafts: Draft[] = [];
  let i = 0;
  while (i < figures.length) {
    const lead = LEAD.exec(clauseBefore(view, figures[i]!));
    if (lead === null) {
      i++;
      continue;
    }
    const respectively = lead[0].startsWith('分别');
    const befores = respectively ? run(view, figures, i) : [figures[i]!];
    const firstAfter = figures[i + befores.length];
    const cue =
      firstAfter && AFTER_CUE.exec(between(view, befores[befores.length - 1]!, firstAfter));
    if (!firstAfter || !cue) {
      i++;
      continue;
    }
    const afters = run(view, figures, i + befores.length).slice(0, befores.length);
    if (afters.length !== befores.length) {
      i++;
      continue;
    }
    const leadStart = figures[i]!.start - lead[0].length;
    const words = `${respectively ? '分别' : ''}${lead[1]}…${cue[2]}`;
    befores.forEach((before, k) => {
      const after = afters[k]!;
      if (after.unit !== before.unit || inRatio(view, before) || inRatio(view, after)) return;
      drafts.push(
        draft(
          'before-after',
          [
            ['before', before],
            ['after', after],
          ],
          { text: words, start: leadStart, end: firstAfter.start },
        ),
      );
    });
    i += befores.length * 2;
  }
  return drafts;
}

export const beforeAfter: RelationKind = {
  type: 'before-after',
  cues: ['从…增加到', '由…减少到', '从…提升至', '分别从…提高到'],
  find,
  check(relation, m) {
    const before = m.one('before');
    const after = m.one('after');
    if (before === undefined || after === undefined) return null;
    const percent = after.unit === '%';
    const change = after.value - before.value;
    const b0 = boundsOf(before);
    const b1 = boundsOf(after);
    const multiple = after.value / before.value;
    const low = (after.value - rounding(after)) / (before.value + rounding(before));
    const high = (after.value + rounding(after)) / Math.max(1e-9, before.value - rounding(before));
    const expected = direction(relation.cue);
    const rose = b1.low > b0.high;
    const fell = b1.high < b0.low;
    const agrees = expected > 0 ? rose : fell;
    const contradicts = expected > 0 ? fell : rose;
    const verdict =
      expected === 0
        ? 'uncheckable'
        : agrees
          ? 'direction'
          : contradicts
            ? 'inconsistent'
            : 'uncheckable';
    const moved = percent ? points(Math.abs(change)) : cn(Math.abs(change), after.unit);
    const lines = [
      `变化：从${shown(before)}到${shown(after)}，${change >= 0 ? '增加' : '减少'}${moved}。`,
      ...(percent || before.value <= 0
        ? []
        : [
            `${shown(after)}是${shown(before)}的${fmt(multiple, 2)}倍，即${change >= 0 ? '增加' : '减少'}${fmt(Math.abs(change / before.value) * 100, 1)}%。`,
          ]),
    ];
    const said = expected > 0 ? '增加' : '减少';
    const why =
      verdict === 'direction'
        ? `文中说“${relation.cue}”，数值确实${said}了；变化的大小文中没有另说，无从核对。`
        : verdict === 'inconsistent'
          ? `文中说“${relation.cue}”，数值却${expected > 0 ? '减少' : '增加'}了。`
          : expected === 0
            ? '文中没有说明增减方向，只列出变化。'
            : '两数是约数或范围相接，看不出增减。';
    return {
      title: `前后变化：${after.subject}`,
      verdict,
      working: [...lines, conclusion(verdict, why)],
      assumptions: [...roundingNote([before, after]), ...qualifierNote([before, after])],
      computed: percent
        ? { value: change, low: change, high: change }
        : { value: multiple, low, high },
    };
  },
};
