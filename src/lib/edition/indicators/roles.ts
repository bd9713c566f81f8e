/**
 * Whether a figure is a year's target or a year's outcome, and which year, read the way work
 * reports are written: the opening part reviews last year (outcomes), a later part sets this
 * year's targets (今年…预期目标, 要, 拟, 控制在, …左右). A figure is left out when its frame is
 * several years (过去五年, “十二五”, 年均, 累计), part of a year (前三季度), another year, or
 * unclear — or when the words
 * around it make it something else: last year's target recalled in the review (高于7.5%左右的
 * 预期目标), last year's level recalled among this year's plans (从去年的2.1%提高到…), or an
 * increase (比上年增加1500亿元).
 */
import type { Figure, Relation } from '../../figures/types';
import { frameAt, type FrameMark } from './frames';

export interface Role {
  role: 'target' | 'outcome';
  year: number;
}

// In the figure's own clause, a span of years: 年均增长7.8%, 累计, 五年来, “十二五”以来.
export const SEVERAL_YEARS =
  /年均|累计|平均每年|[两二三四五六七八九十\d]+年(?:来|以来|间)|以来|十[一二三四五六七八九]五|今明两年/;
// Part of a year, before the number in its sentence: 前三季度, 上半年, 1-11月 (not a date: 3月5日).
export const PART_OF_YEAR =
  /上半年|下半年|前三季度|[一二三四]季度|前[一二三四五六七八九十\d]+个月|\d+[-－—~至]\d+月(?!\d*日)/;
// Words that make a number in this year's frame a target, before it in its sentence.
const TARGET_CUE = /目标|预期|计划|要|拟|力争|争取|确保|控制在|稳定在|保持在|不低于|不超过|安排/;
// Qualifiers only a target carries when no cue word is written: 全年进出口总额增长3%左右.
const TARGET_QUALIFIERS = new Set(['approx', 'atLeast', 'upTo']);
// In the review, a number named as a target: 7.5%左右的预期目标, 目标是….
const TARGET_AFTER = /^(?:的)?(?:预期|计划|年度|全年)?(?:增长)?目标/;
// A number in this year's frame stated for another time: 从去年的2.1%, 比去年增加2700亿元.
const OTHER_TIME = /去年|上年|过去|以来|\d{4}年/;
// Members of a relation that are not the year's value: the value before, the increase, the target.
const NOT_THE_VALUE = new Set(['before', 'change', 'target']);

/** The clause around a figure: from the mark before it to the mark after it. */
export function clauseOf(text: string, figure: Pick<Figure, 'start' | 'end' | 'sentence'>) {
  const before = text.slice(figure.sentence.start, figure.start);
  const start =
    figure.sentence.start +
    Math.max(0, ...[...before.matchAll(/[，,；;：:]/g)].map((m) => m.index + 1));
  const after = text.slice(figure.end, figure.sentence.end).search(/[，,；;：:。！？]/);
  const end = after < 0 ? figure.sentence.end : figure.end + after;
  return { start, end };
}

/** Where the sentence holding `offset` begins: after the last 。！？ or line break before it. */
function sentenceStart(text: string, offset: number): number {
  const before = text.slice(0, offset);
  return Math.max(...['。', '！', '？', '!', '?', '\n'].map((m) => before.lastIndexOf(m))) + 1;
}

/** The year a figure is about and whether it is a target or an outcome, or null. */
export function roleOf(
  text: string,
  figure: Figure,
  marks: readonly FrameMark[],
  relations: readonly Relation[],
  reportYear: number,
): Role | null {
  const frame = frameAt(marks, figure.start);
  if (frame === null || frame.kind !== 'year') return null;
  const clause = clauseOf(text, figure);
  const leading = text.slice(clause.start, figure.start);
  if (
    SEVERAL_YEARS.test(text.slice(clause.start, clause.end)) ||
    SEVERAL_YEARS.test(figure.subject)
  )
    return null;
  const sentence = text.slice(sentenceStart(text, figure.start), figure.start);
  if (PART_OF_YEAR.test(sentence) || figure.scope.time.some((t) => PART_OF_YEAR.test(t)))
    return null;
  const roles = relations.flatMap((r) =>
    r.members.filter((m) => m.figure === figure.id).map((m) => m.role),
  );
  if (roles.some((r) => NOT_THE_VALUE.has(r))) return null;
  if (frame.year === reportYear) {
    if (figure.scope.time.some((t) => OTHER_TIME.test(t) && t !== `${reportYear}年`)) return null;
    const cued =
      TARGET_CUE.test(sentence) ||
      TARGET_QUALIFIERS.has(figure.qualifier?.bound ?? '') ||
      figure.valueHigh !== undefined;
    return cued ? { role: 'target', year: frame.year } : null;
  }
  if (/目标/.test(leading) || TARGET_AFTER.test(text.slice(figure.end, figure.end + 12)))
    return null;
  return { role: 'outcome', year: frame.year };
}
