/**
 * 其中: parts of a whole. The parts may not exceed the whole; they are summed against it only
 * where the text marks the list as complete: a complementary pair (中央/地方, 城镇/农村, 市级/
 * 县(区)), a count (分为两部分, 包括三类), or a whole that names each part (国务院和省政府下放的
 * 124项，其中国务院下放14项、省政府下放110项). The parts may stand in the next sentence
 * (…1.62万亿元。其中，中央财政赤字1.12万亿元，地方财政赤字5000亿元).
 */
import { parseChineseInteger } from '../../text/numerals';
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
import { MEASURED, changeAmount, draft, perUnit, type Cue } from './common';
import type { Draft, FindInput, RelationKind } from './kind';
import { cn, shown } from './working';

/** Pairs of words that together name every part of a whole, as official prose divides it. */
const PAIRS: readonly (readonly RegExp[])[] = [
  [/中央/, /地方/],
  [/城镇|城市/, /农村|乡村/],
  [/市级|市本级/, /县\(区\)|县（区）|县区|区县|县级/],
  [/省级|省本级/, /市县|市州|市级/],
  [/一般债/, /专项债/],
  [/境内/, /境外/],
  [/男/, /女/],
];

const COUNT_MARK =
  /(?:分为|分成|包括|包含|由)[^。；;]{0,20}?([两二三四五六七八九十]|\d+)(?:个|大)?(?:部分|类|块|方面|种|项)/;

const eligible = (view: string, f: Figure): boolean =>
  MEASURED.has(f.kind) && f.unit !== '' && !perUnit(view, f);

/** The whole 其中 refers to: the figure before it, passing over changes (比上年增加1500亿元). */
function wholeBefore(view: string, figures: readonly Figure[], cueAt: number): Figure | null {
  const before = figures.filter((f) => f.end <= cueAt);
  for (let i = before.length - 1; i >= 0; i--) {
    const f = before[i]!;
    if (changeAmount(view, f) || f.unit === '%' || f.kind === 'ratio') continue;
    if (!eligible(view, f)) return null;
    const gap = view.slice(f.end, cueAt);
    const skipped = before.slice(i + 1).reduce((n, g) => n + g.text.length, 0);
    return gap.length - skipped <= 24 ? f : null;
  }
  return null;
}

/** The words naming a part: from the last boundary before it up to the number. */
function label(view: string, part: Figure, from: number): string {
  const text = view.slice(from, part.start);
  return text
    .split(/[，,、；;]/)
    .pop()!
    .replace(/^其中/, '');
}

function side(pair: readonly RegExp[], text: string): number {
  let best = -1;
  let at = -1;
  pair.forEach((re, i) => {
    const m = new RegExp(re.source, 'g');
    for (const hit of text.matchAll(m))
      if (hit.index >= at) {
        at = hit.index;
        best = i;
      }
  });
  return best;
}

function pairComplete(labels: readonly string[]): boolean {
  return PAIRS.some((pair) => {
    if (labels.length !== pair.length) return false;
    const sides = labels.map((l) => side(pair, l));
    return sides.every((s) => s >= 0) && new Set(sides).size === pair.length;
  });
}

function countComplete(text: string, parts: number): boolean {
  const m = COUNT_MARK.exec(text);
  return m !== null && parseChineseInteger(m[1]!) === parts;
}

/** Each part's label begins with an item the whole's clause lists (国务院和省政府). */
function namedComplete(wholeClause: string, labels: readonly string[]): boolean {
  if (labels.length < 2) return false;
  const spots = labels.map((l) => {
    for (let n = l.length; n >= 2; n--) {
      const at = wholeClause.indexOf(l.slice(0, n));
      if (at >= 0) return { at, end: at + n };
    }
    return null;
  });
  if (spots.some((s) => s === null)) return false;
  const sorted = [...spots].sort((a, b) => a!.at - b!.at);
  return sorted.every(
    (s, i) => i === 0 || /^[和与及、]$/.test(wholeClause.slice(sorted[i - 1]!.end, s!.at)),
  );
}

interface Parts {
  parts: Figure[];
  complete: boolean;
}

function partsOf(view: string, whole: Figure, cue: Cue, candidates: readonly Figure[]): Parts {
  const parts = candidates.filter(
    (f) => f.unit === whole.unit && eligible(view, f) && !changeAmount(view, f),
  );
  if (parts.length === 0) return { parts, complete: false };
  const labels = parts.map((p, i) => label(view, p, i === 0 ? cue.end : parts[i - 1]!.end));
  const clauseStart = Math.max(
    whole.sentence.start,
    view.lastIndexOf('，', whole.start) + 1,
    view.lastIndexOf(',', whole.start) + 1,
  );
  const complete =
    pairComplete(labels) ||
    countComplete(view.slice(clauseStart, parts[0]!.start), parts.length) ||
    namedComplete(view.slice(clauseStart, whole.start), labels);
  return { parts, complete };
}

/**
 * The relation of a whole to the parts after 其中: those of the sentence, or of the sentences up
 * to the full stop when the text marks that longer list complete (中央…；地方…).
 */
function relationFor(
  view: string,
  whole: Figure,
  cue: Cue,
  sentences: readonly (readonly Figure[])[],
): Draft | null {
  const after = (list: readonly Figure[]) => list.filter((f) => f.start > cue.start);
  const own = partsOf(view, whole, cue, after(sentences[0] ?? []));
  const longer = partsOf(view, whole, cue, after(toFullStop(view, sentences)));
  const { parts, complete } = longer.complete ? longer : own;
  if (parts.length === 0) return null;
  const d = draft(
    'part-whole',
    [['whole', whole], ...parts.map((p): [string, Figure] => ['part', p])],
    cue,
  );
  return complete ? { ...d, complete } : d;
}

/** Figures up to the full stop: sentences that end in a semicolon run on into the next. */
function toFullStop(view: string, lists: readonly (readonly Figure[])[]): Figure[] {
  const out: Figure[] = [];
  for (const list of lists) {
    if (list.length === 0) break;
    out.push(...list);
    const end = list[0]!.sentence.end;
    if (!/[；;]/.test(view[end - 1] ?? '')) break;
  }
  return out;
}

function find({ view, figures, following }: FindInput): Draft[] {
  const drafts: Draft[] = [];
  const first = figures[0];
  if (first === undefined) return drafts;
  for (const m of view.slice(first.sentence.start, first.sentence.end).matchAll(/其中/g)) {
    const at = first.sentence.start + m.index;
    const whole = wholeBefore(view, figures, at);
    if (whole === null) continue;
    const cue = { text: '其中', start: at, end: at + 2 };
    const d = relationFor(view, whole, cue, [figures, ...following]);
    if (d) drafts.push(d);
  }
  const next = following[0]?.[0];
  if (next !== undefined && /[。.！!？]/.test(view[first.sentence.end - 1] ?? '')) {
    const lead = /^\s*其中/.exec(view.slice(next.sentence.start, next.start));
    const whole = lead && wholeBefore(view, figures, first.sentence.end);
    if (lead && whole) {
      const at = next.sentence.start + lead[0].length - 2;
      const d = relationFor(view, whole, { text: '其中', start: at, end: at + 2 }, following);
      if (d) drafts.push(d);
    }
  }
  return drafts;
}

export const partWhole: RelationKind = {
  type: 'part-whole',
  cues: ['其中', '其中…分为两部分', '中央/地方', '。其中，'],
  find,
  check(relation, m) {
    const whole = m.one('whole');
    const parts = m.all('part');
    if (whole === undefined || parts.length === 0) return null;
    const complete = relation.complete === true;
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const bounds = parts.map(boundsOf);
    const low = bounds.reduce((s, b) => s + b.low, 0);
    const high = bounds.reduce((s, b) => s + b.high, 0);
    const wholeBounds = boundsOf(whole);
    const added =
      parts.length === 1
        ? `分项：${shown(parts[0]!)}。`
        : `分项相加：${parts.map(shown).join(' + ')} = ${cn(sum, whole.unit)}。`;
    const base = {
      title: `分项之和与总数：${whole.subject}`,
      assumptions: [
        complete
          ? '文中所列分项齐全，其和应等于总数。'
          : '文中没有说明所列是全部分项，分项之和只应不超过总数。',
        ...roundingNote([whole, ...parts]),
        ...qualifierNote([whole, ...parts]),
      ],
      stated: whole.value,
      computed: { value: sum, low, high },
      tolerance: rounding(whole),
    };
    const first = boundsOf(parts[0]!);
    // A part listed without the text saying the list is complete may belong elsewhere; only the
    // part right after 其中 surely belongs to the whole.
    const exceeds = complete ? low > wholeBounds.high + 1e-9 : first.low > wholeBounds.high + 1e-9;
    if (exceeds)
      return {
        ...base,
        verdict: 'inconsistent',
        working: [
          added,
          `文中总数：${shown(whole)}。`,
          conclusion(
            'inconsistent',
            complete
              ? `分项之和比总数多${cn(sum - whole.value, whole.unit)}。`
              : `紧接“其中”的分项${shown(parts[0]!)}已超过总数。`,
          ),
        ],
      };
    if (!complete)
      return {
        ...base,
        verdict: 'uncheckable',
        working: [
          added,
          `文中总数：${shown(whole)}。`,
          conclusion(
            'uncheckable',
            low > wholeBounds.high
              ? '所列各项之和超过总数，它们未必都属于这个总数；文中没有说明，无从核对。'
              : '分项之和没有超过总数；文中只列出部分分项，总和无从核对。',
          ),
        ],
      };
    const verdict = judge(whole, low, high, parts);
    const gap = whole.value - sum;
    return {
      ...base,
      verdict,
      working: [
        added,
        `文中总数：${shown(whole)}${gap === 0 ? '' : `，相差${cn(Math.abs(gap), whole.unit)}`}。`,
        conclusion(
          verdict,
          verdict === 'consistent'
            ? '分项之和在四舍五入范围内等于总数。'
            : verdict === 'inconsistent'
              ? '分项齐全，但其和与总数对不上。'
              : ROUGH,
        ),
      ],
    };
  },
};
