/**
 * 占: a share. The part is the figure the share directly follows (1957个、占全市的98.99%); a
 * share with its own subject before 占 (产业投资占全部投资比重…) has none. The whole is a
 * figure only when 占 names it: the word after 占 stands where the whole is stated (全市 …1977个)
 * or says 总数, and the part is one of its parts.
 */
import { fmt } from '../format';
import type { Figure } from '../types';
import {
  ROUGH,
  boundsOf,
  conclusion,
  judge,
  qualifierNote,
  rounding,
  roundingNote,
} from './arithmetic';
import { MEASURED, between, clauseBefore, draft } from './common';
import type { Draft, FindInput, RelationKind } from './kind';
import { cn, likeStated, shown, span } from './working';

const SHARE_CUE =
  /^[，,、]?占([^，,；;。占]{0,14}?)的?(?:比重|比例)?(?:为|达到?|超过?|升至|提高到|约)?$/;
const WHOLE_WORDS = /^(?:总数|总量|全部|总)$/;

/** The whole of the part-whole relation the part belongs to, if any. */
function wholeOf(part: Figure, found: readonly Draft[]): string | null {
  const relation = found.find(
    (d) =>
      d.type === 'part-whole' && d.members.some((m) => m.role === 'part' && m.figure === part.id),
  );
  const whole = relation?.members.find((m) => m.role === 'whole')?.figure;
  return whole ?? null;
}

/** 支出3.4万亿元，74%以上用于民生: the share of a whole that goes to something. */
const SPENT = /^[以上左右多]{0,2}用于/;

function find({ view, figures, found }: FindInput): Draft[] {
  const drafts: Draft[] = [];
  figures.forEach((share, i) => {
    if (share.unit !== '%' || i === 0) return;
    const part = figures[i - 1]!;
    if (!MEASURED.has(part.kind)) return;
    if (/^[，,、]$/.test(between(view, part, share)) && SPENT.test(view.slice(share.end))) {
      const at = view.indexOf('用于', share.end);
      drafts.push(
        draft(
          'share',
          [
            ['share', share],
            ['whole', part],
          ],
          { text: '用于', start: at, end: at + 2 },
        ),
      );
      return;
    }
    const m = SHARE_CUE.exec(between(view, part, share));
    if (m === null) return;
    const named = m[1]!;
    const cueStart = view.indexOf('占', part.end);
    const cue = { text: `占${named}`, start: cueStart, end: share.start };
    const wholeId = wholeOf(part, found);
    const whole = figures.find((f) => f.id === wholeId);
    const wholeNames =
      whole !== undefined &&
      named !== '' &&
      (WHOLE_WORDS.test(named) ||
        clauseBefore(view, whole).includes(named) ||
        whole.scope.place.includes(named));
    const members: [string, Figure][] = [
      ['share', share],
      ['part', part],
    ];
    if (wholeNames) members.push(['whole', whole]);
    drafts.push(draft('share', members, cue));
  });
  return drafts;
}

/** A share with no whole stated: the whole it implies, and the range rounding allows. */
function impliedTotal(s: Figure, part: Figure) {
  const sb = boundsOf(s);
  const pb = boundsOf(part);
  // A share no larger than its own rounding (0%) bounds nothing.
  if (s.value <= rounding(s)) return null;
  const value = part.value / (s.value / 100);
  const low = pb.low / (Math.min(sb.high, 100) / 100);
  const high = sb.low > 0 ? pb.high / (sb.low / 100) : Infinity;
  const range = sb.exact && pb.exact ? `，按四舍五入约在${span(low, high, part.unit)}之间` : '';
  return {
    title: `占比推算总数：${part.subject}`,
    verdict: 'uncheckable' as const,
    working: [
      `${shown(part)} ÷ ${fmt(s.value, 4)}% ≈ ${cn(value, part.unit)}${range}。`,
      conclusion('uncheckable', '文中没有给出总数，无从比对。'),
    ],
    assumptions: [`${s.display}是${part.display}占全部的比例。`, ...qualifierNote([s, part])],
    stated: s.value,
    computed: { value, low, high },
    tolerance: rounding(s),
  };
}

/** A share of a whole with no part stated (74%以上用于民生): the part it implies. */
function impliedPart(s: Figure, whole: Figure) {
  const value = (whole.value * s.value) / 100;
  return {
    title: `占比推算分项：${whole.subject}`,
    verdict: 'uncheckable' as const,
    working: [
      `${shown(whole)} × ${s.display} ≈ ${s.qualifier ? '' : '约'}${cn(value, whole.unit)}${s.qualifier ? `（${s.qualifier.word}）` : ''}。`,
      conclusion('uncheckable', '文中没有给出这一部分的数额，无从比对。'),
    ],
    assumptions: [`${s.display}是${whole.display}中的比例。`],
    stated: s.value,
    computed: { value, low: value, high: value },
  };
}

function shareWithWhole(s: Figure, part: Figure, whole: Figure) {
  const pb = boundsOf(part);
  const wb = boundsOf(whole);
  const value = (part.value / whole.value) * 100;
  const low = (pb.low / wb.high) * 100;
  const high = (pb.high / wb.low) * 100;
  const verdict = judge(s, low, high, [part, whole]);
  return {
    title: `占比核对：${part.display}占${whole.display}`,
    verdict,
    working: [
      `${shown(part)} ÷ ${shown(whole)} × 100% ≈ ${fmt(value, 4)}%，保留到文中的位数为${likeStated(value, s)}%；文中为${s.display}。`,
      conclusion(
        verdict,
        verdict === 'consistent'
          ? '在四舍五入范围内一致。'
          : verdict === 'inconsistent'
            ? `算得的占比与文中相差${fmt(Math.abs(value - s.value), 2)}个百分点，超出四舍五入的范围。`
            : ROUGH,
      ),
    ],
    assumptions: [
      `${s.display}是${part.display}占${whole.display}的比例。`,
      ...roundingNote([s, part, whole]),
      ...qualifierNote([s, part, whole]),
    ],
    stated: s.value,
    computed: { value, low, high },
    tolerance: rounding(s),
  };
}

export const share: RelationKind = {
  type: 'share',
  cues: ['占…的', '占…比重', '占全市的'],
  find,
  check(_relation, m) {
    const s = m.one('share');
    const part = m.one('part');
    const whole = m.one('whole');
    if (s === undefined) return null;
    if (part === undefined) return whole === undefined ? null : impliedPart(s, whole);
    return whole === undefined ? impliedTotal(s, part) : shareWithWhole(s, part, whole);
  },
};
