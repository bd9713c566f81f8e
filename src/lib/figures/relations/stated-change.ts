/**
 * 减少幅度达40.5%: a rate of change stated right after a before-after pair, checked against the
 * change the pair gives, with the value before as the base.
 */
import { fmt } from '../format';
import { ROUGH, boundsOf, conclusion, judge, rounding, roundingNote } from './arithmetic';
import { between, draft, pairLookup, wordAfter } from './common';
import type { Draft, FindInput, RelationKind } from './kind';
import { likeStated } from './working';

const CUE =
  /^[，,、]?((?:减少|下降|降低|增加|提高|增长|压缩|缩短)?(?:幅度|降幅|增幅))(?:达到?|为)?$/;

function find({ view, figures, found }: FindInput): Draft[] {
  const lookup = pairLookup(figures);
  return found.flatMap((pair) => {
    if (pair.type !== 'before-after') return [];
    const { before, after, next: stated } = lookup(pair);
    if (!before || !after || !stated || stated.unit !== '%') return [];
    const m = CUE.exec(between(view, after, stated));
    if (m === null) return [];
    return [
      draft(
        'stated-change',
        [
          ['before', before],
          ['after', after],
          ['change', stated],
        ],
        wordAfter(view, m[1]!, after.end),
      ),
    ];
  });
}

export const statedChange: RelationKind = {
  type: 'stated-change',
  cues: ['减少幅度达', '降幅', '增幅'],
  find,
  check(_relation, m) {
    const before = m.one('before');
    const after = m.one('after');
    const stated = m.one('change');
    if (before === undefined || after === undefined || stated === undefined) return null;
    const rate = (v0: number, v1: number) => (Math.abs(v1 - v0) / v0) * 100;
    const value = rate(before.value, after.value);
    const b0 = boundsOf(before);
    const b1 = boundsOf(after);
    const ends = [rate(b0.low, b1.high), rate(b0.high, b1.low)].filter(Number.isFinite);
    const low = Math.min(value, ...ends);
    const high = Math.max(value, ...ends);
    const verdict = judge(stated, low, high, [before, after]);
    return {
      title: `变化幅度核对：${before.subject}`,
      verdict,
      working: [
        `|${fmt(after.value, 4)} − ${fmt(before.value, 4)}| ÷ ${fmt(before.value, 4)} × 100% ≈ ${fmt(value, 3)}%，保留到文中的位数为${likeStated(value, stated)}%；文中为${stated.display}。`,
        conclusion(
          verdict,
          verdict === 'consistent'
            ? '在四舍五入范围内一致。'
            : verdict === 'inconsistent'
              ? `与文中相差${fmt(Math.abs(value - stated.value), 2)}个百分点，超出四舍五入的范围。`
              : ROUGH,
        ),
      ],
      assumptions: ['变化幅度以变化前的数值为基数。', ...roundingNote([before, after, stated])],
      stated: stated.value,
      computed: { value, low, high },
      tolerance: rounding(stated),
    };
  },
};
