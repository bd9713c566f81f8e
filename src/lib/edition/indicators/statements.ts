/**
 * Outcomes a report states in words, not numbers, in its review of last year. Work reports say
 * how a target turned out in two ways besides a number: a verdict on the target (进出口增长目标
 * 未能实现; 城镇新增就业1312万人，超过全年预期目标) and a direction that settles it for a growth
 * indicator (进出口总额出现下降: the growth is below 0). A clause counts only when it is wholly
 * such a statement and names the indicator — by its subject (the model's aliases, framing words
 * set aside) or, for a verdict with no subject of its own (预期增长目标未能实现), by the clause just
 * before it in the same sentence. A verdict on targets in general (主要目标任务全面完成) or on
 * anything that is not an indicator names none and settles nothing; so does a number, which is
 * the figures' business, and a level (保持较低水平).
 */
import type { SpeechRecord } from '../../speech-record';
import { frameAt } from './frames';
import { coreSubject, indicatorOf, indicatorsNamed } from './match';
import { frameMarks, reportYearOf } from './points';
import { PART_OF_YEAR, SEVERAL_YEARS } from './roles';
import type { IndicatorDefinition, IndicatorDirection, StatementReading } from './types';

// A target of one thing: 预期目标, 全年预期目标, 增长目标, 预期增长目标, 的目标.
const GOAL = '(?:的)?(?:全年|年度)?(?:预期|计划)?(?:增长)?目标';
const NOT = '(?:未能|没有|没能|未)';
const DONE = '(?:实现|完成|达到)';
// 全面完成 is left out: it speaks of every target at once.
const WELL = '(?:已经|已|顺利|圆满|超额)?';

/** Verdict forms: the subject (possibly empty) in `subject`, a comparison word in `word`. */
const VERDICTS: [
  RegExp,
  (direction: IndicatorDirection, word?: string) => StatementReading | null,
][] = [
  [new RegExp(`^(?<subject>.*?)${GOAL}${NOT}${DONE}$`), () => 'missed'],
  [new RegExp(`^${NOT}${DONE}(?:了)?(?<subject>.*?)${GOAL}$`), () => 'missed'],
  [new RegExp(`^(?<subject>.*?)${GOAL}${WELL}${DONE}(?:了)?$`), () => 'met'],
  [new RegExp(`^${WELL}${DONE}(?:了)?(?<subject>.*?)${GOAL}$`), () => 'met'],
  [new RegExp(`^(?<subject>.*?)(?<word>超过|高于|低于)(?:了)?${GOAL}$`), beyond],
];

/** 超过 / 低于 the target: which is met depends on the indicator's direction; a level has none. */
function beyond(direction: IndicatorDirection, word?: string): StatementReading | null {
  if (direction === 'level') return null;
  return (word !== '低于') === (direction === 'at-least') ? 'met' : 'missed';
}

// An amount that fell: 进出口总额出现下降, 居民消费价格下降, 出口负增长.
const FALL = /^(.+?)(?:出现|有所|同比|比上年)?(?:下降|减少|下滑|负增长)$/;
// A subject that is itself a rate: its fall (涨幅下降, 增速回落) says nothing of its sign.
const RATE = /(?:增长|涨幅|上涨|增速|增幅|率)$/;
// Numbers are read as figures, never as words.
const DIGIT = /[0-9０-９]|百分点/;

/** A growth indicator measured in %: the only kind a fall of its amount settles. */
const isGrowth = (d: IndicatorDefinition): boolean =>
  d.unit === '%' && (d.kinds?.includes('growth') ?? false);

/** The one indicator a subject names, or null. */
const named = (subject: string, definitions: readonly IndicatorDefinition[]) =>
  indicatorsNamed(subject, definitions)[0] ?? null;

export interface ClauseReading {
  /** The indicator named; null for a verdict with no subject, which takes its topic. */
  indicator: IndicatorDefinition | null;
  reads: (direction: IndicatorDirection) => StatementReading | null;
}

/** What one clause says in words about an indicator's outcome, or null when it says nothing. */
export function readClause(
  clause: string,
  definitions: readonly IndicatorDefinition[],
): ClauseReading | null {
  if (DIGIT.test(clause)) return null;
  for (const [form, reading] of VERDICTS) {
    const match = form.exec(clause);
    if (match === null) continue;
    // No subject (但预期增长目标未能实现): the verdict takes its topic from the clause before.
    // A subject that is no indicator (主要, 各项, 居民收入) makes it about something else.
    const subject = match.groups!.subject!;
    const own = coreSubject(subject) !== '';
    const indicator = own ? named(subject, definitions) : null;
    if (own && indicator === null) return null;
    return { indicator, reads: (direction) => reading(direction, match.groups!.word) };
  }
  const fall = FALL.exec(clause);
  if (fall === null) return null;
  const indicator = named(fall[1]!, definitions);
  if (indicator === null || !isGrowth(indicator) || RATE.test(fall[1]!)) return null;
  return { indicator, reads: () => 'below-zero' };
}

export interface StatedOutcome {
  indicator: IndicatorDefinition;
  year: number;
  paragraph: string;
  quote: string;
  reads: StatementReading;
}

interface Span {
  start: number;
  end: number;
}

/** The sentences of a span of text, and the clauses of each (marks excluded). */
function sentences(text: string, { start, end }: Span): Span[][] {
  const result: Span[][] = [];
  let clauses: Span[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text[i]! : '。';
    if (!/[。！？!?\n，,；;：:]/.test(c)) continue;
    if (i > from) clauses.push({ start: from, end: i });
    from = i + 1;
    if (/[。！？!?\n]/.test(c)) {
      if (clauses.length > 0) result.push(clauses);
      clauses = [];
    }
  }
  return result;
}

/** Every outcome a speech states in words in its review of the year before it. */
export function speechStatements(
  record: SpeechRecord,
  definitions: readonly IndicatorDefinition[],
): StatedOutcome[] {
  const reportYear = reportYearOf(record);
  if (reportYear === null) return [];
  const marks = frameMarks(record, reportYear);
  const national = record.speech.meta.place === '全国';
  const text = record.text;
  // The indicator a clause's figures state, for a verdict that follows it: 1312万人，超过….
  const figureIndicator = (span: Span): IndicatorDefinition | null => {
    const found = new Set(
      record.figures
        .filter((f) => f.start >= span.start && f.end <= span.end)
        .map((f) => indicatorOf(f, definitions))
        .filter((d) => d !== null),
    );
    return found.size === 1 ? [...found][0]! : null;
  };
  return record.paragraphs.flatMap((paragraph) =>
    sentences(text, paragraph).flatMap((clauses) => {
      const sentenceEnd = clauses.at(-1)!.end;
      const closing = /[。！？!?]/.test(text[sentenceEnd] ?? '') ? text[sentenceEnd]! : '';
      return clauses.flatMap((span, i) => {
        const clause = text.slice(span.start, span.end);
        const frame = frameAt(marks, span.start);
        if (frame?.kind !== 'year' || frame.year !== reportYear - 1) return [];
        const before = text.slice(clauses[0]!.start, span.end);
        if (SEVERAL_YEARS.test(before) || PART_OF_YEAR.test(before)) return [];
        const reading = readClause(clause, definitions);
        if (reading === null) return [];
        const previous = clauses[i - 1];
        const topic =
          previous === undefined
            ? null
            : (figureIndicator(previous) ??
              readClause(text.slice(previous.start, previous.end), definitions)?.indicator ??
              null);
        const indicator = reading.indicator ?? topic;
        if (indicator === null) return [];
        const reads = reading.reads(indicator.direction);
        if (reads === null) return [];
        const from = reading.indicator === null ? previous!.start : span.start;
        // A provincial report quoting the nation (全国…) does not state its own outcome.
        if (!national && text.slice(from, span.end).includes('全国')) return [];
        const last = i === clauses.length - 1;
        return [
          {
            indicator,
            year: reportYear - 1,
            paragraph: paragraph.id,
            quote: text.slice(from, span.end) + (last ? closing : ''),
            reads,
          },
        ];
      });
    }),
  );
}
