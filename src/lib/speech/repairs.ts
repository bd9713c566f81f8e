import type { ClutterKind } from './clutter';
import type { Escape } from './escapes';
import type { RoledLine } from './layout';
import { urlRanges } from './footer';
import { punctuationRepairs } from './punctuation-repairs';
import { readQuestionMark } from './question-mark';
import { span } from './span';
import type { Repair } from './types';

type Draft = Omit<Repair, 'id'>;

const NOTES = {
  'number-percent':
    '此处的“?”是复制时丢失的字符（数字与“%”之间原为空格一类的字符），阅读文本已删去；原文保留。',
  'joint-issuers':
    '此处的“?”是复制时丢失的字符：联合发文机关“中共中央 国务院”之间原为空格，阅读文本已还原为空格；原文保留。',
  unknown: '此处的“?”是复制时丢失的字符，原字无法确定，只作标记，未作修改。',
  artifact:
    '此行只有“?”，是复制网页时留下的残迹（原处可能是图片或无法显示的字符），不属于讲话正文；只作标记，原文保留。',
} as const;

const CLUTTER_WHAT: Record<ClutterKind | 'preface', string> = {
  controls: '网页上的按钮或字号、分享控件',
  navigation: '网页上的导航（当前位置、栏目名）',
  source: '网页的来源、作者或编辑行',
  time: '网页的发布时间',
  dateline: '新闻电头',
  caption: '图片说明',
  links: '网页末尾的相关链接或按钮',
  preface: '网页在讲话前加的报道文字或图片说明',
};

const clutterNote = (kind: ClutterKind | 'preface' | undefined): string =>
  `此行是${CLUTTER_WHAT[kind ?? 'controls']}，不属于讲话正文；只作标记，原文保留。`;

const escapeNote = (e: Escape, written: string): string =>
  `此处的“${written}”是复制网页时把一个字符写成了代码，阅读文本显示为${e.takenFor === '' ? '空（不可见字符）' : e.takenFor.trim() === '' ? '空格' : `“${e.takenFor}”`}；原文保留。`;

const replacementNote = (count: number): string =>
  `此处有${count}个无法解码的字符（显示为“\uFFFD”），原字无法确定，只作标记，未作修改。`;

const insideAny = (at: number, ranges: ReadonlyArray<[number, number]>): boolean =>
  ranges.some(([start, end]) => at >= start && at < end);

/** Lost "?" and undecodable U+FFFD runs inside one line. */
const damageInLine = (text: string, line: RoledLine): Draft[] => {
  const urls = urlRanges(line.content);
  return Array.from(line.content.matchAll(/\?+|\uFFFD+/gu)).flatMap((m): Draft[] => {
    const at = m.index;
    const end = at + m[0].length;
    const where = span(text, line.start + at, line.start + end);
    if (m[0].startsWith('\uFFFD')) {
      return [
        {
          ...where,
          kind: 'replacement-character',
          takenFor: null,
          repaired: false,
          note: replacementNote(m[0].length),
        },
      ];
    }
    if (insideAny(at, urls)) return [];
    const reading = readQuestionMark(line.content, at, end);
    if (reading.kind === 'punctuation') return [];
    return [
      {
        ...where,
        kind: 'lost-character',
        takenFor: reading.takenFor,
        repaired: reading.takenFor !== null,
        note: NOTES[reading.reason],
      },
    ];
  });
};

const wholeLine = (text: string, line: RoledLine, kind: 'artifact-line' | 'clutter'): Draft => ({
  ...span(text, line.start, line.end),
  kind,
  takenFor: null,
  repaired: false,
  note: kind === 'clutter' ? clutterNote(line.kind) : NOTES.artifact,
});

const escapeRepair = (text: string, e: Escape): Draft => ({
  ...span(text, e.start, e.end),
  kind: 'escape-sequence',
  takenFor: e.takenFor,
  repaired: true,
  note: escapeNote(e, text.slice(e.start, e.end)),
});

const findDamage = (
  text: string,
  lines: readonly RoledLine[],
  escapes: readonly Escape[],
): Repair[] =>
  [
    ...lines.flatMap((line): Draft[] =>
      line.role === 'artifact'
        ? [wholeLine(text, line, 'artifact-line')]
        : line.role === 'clutter'
          ? [wholeLine(text, line, 'clutter')]
          : damageInLine(text, line),
    ),
    ...escapes.map((e) => escapeRepair(text, e)),
  ]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((draft, k) => ({ id: `r${k + 1}`, ...draft }));

/**
 * Every piece of copy damage, with ids r1, r2, …: lines that hold only damage or page furniture,
 * lost characters "?", undecodable characters U+FFFD and escape sequences written as text
 * (<U+00A0>). Only repairs that are safe are marked `repaired`; the rest are flagged. Then ASCII
 * punctuation shown full-width (p1, p2, …); all in order of appearance.
 */
export const findRepairs = (
  text: string,
  lines: readonly RoledLine[],
  escapes: readonly Escape[],
): Repair[] => {
  const damage = findDamage(text, lines, escapes);
  return [...damage, ...punctuationRepairs(text, lines, damage)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
};
