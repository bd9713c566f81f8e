/**
 * Series of one indicator in one place across the edition's speeches, year by year: the
 * target a report sets for its year against the outcome the next report states. Places never
 * mix: a province's targets are judged only by that province's reports.
 */
import { fmt } from '../../figures/format';
import type { SpeechRecord } from '../../speech-record';
import { placeOf, type Place } from '../places';
import { speechPoints, reportYearOf } from './points';
import { readingWorking, verdictOf } from './reading';
import { speechStatements } from './statements';
import { citeStatement, citeSentence, statementReasoning, statementVerdict } from './words';
import type {
  IndicatorDefinition,
  IndicatorPoint,
  IndicatorSeries,
  IndicatorStatement,
  IndicatorYear,
  YearVerdict,
} from './types';

export const VERDICT_NAMES: Record<YearVerdict, string> = {
  met: '达到',
  missed: '未达到',
  unknown: '无法判断',
};

/** The reports of one place, by the year they were given in. */
type Reports = Map<number, string>;

const sameNumber = (a: IndicatorPoint, b: IndicatorPoint): boolean =>
  a.value === b.value && a.high === b.high && a.bound === b.bound;

/** The one value the texts give, or null with the values when they disagree. */
function agreed(points: IndicatorPoint[]): { point: IndicatorPoint | null; differ: string[] } {
  const first = points[0];
  if (first === undefined) return { point: null, differ: [] };
  if (points.every((p) => sameNumber(p, first))) return { point: first, differ: [] };
  return { point: null, differ: [...new Set(points.map((p) => p.text))] };
}

/** 目标：7.5%左右（…报告）。 — with the value in the indicator's unit when written otherwise. */
function stated(what: string, p: IndicatorPoint, unit: string): string {
  const shown = `${fmt(p.value, 4)}${unit}`;
  const written = Number(/\d+(?:\.\d+)?/.exec(p.text)?.[0]);
  const converted = written === p.value ? '' : `，合${shown}`;
  return `${what}：${p.text}（${p.source}）${converted}。`;
}

/** Why a target or an outcome is missing, for the working. */
function missing(
  role: 'target' | 'outcome',
  year: number,
  indicator: IndicatorDefinition,
  reports: Reports,
  differ: string[],
): string {
  const what = role === 'target' ? '目标' : '结果';
  if (differ.length > 0)
    return `${what}：本站收录的报告对${year}年给出了不同的数字（${differ.join('、')}），不知以哪个为准。`;
  const from = role === 'target' ? year : year + 1;
  const report = reports.get(from);
  return report === undefined
    ? `${what}：${year}年的${what}还不在本站收录的报告里（要看${from}年的报告）。`
    : `${what}：${report}没有用数字写出${year}年${indicator.name}的${what}。`;
}

/**
 * The verdict and the lines of the working after the outcome's when words are stated: a number that
 * settles the year wins, words decide only where no number does, and a number and words that
 * disagree leave it unknown. Statements that disagree among themselves settle nothing.
 */
function withWords(
  numeric: { verdict: YearVerdict; lines: string[] } | null,
  statements: [IndicatorStatement, ...IndicatorStatement[]],
  year: number,
  target: IndicatorPoint,
  indicator: IndicatorDefinition,
): { verdict: YearVerdict; lines: string[] } {
  const [statement] = statements;
  const verdicts = new Set(statements.map((s) => statementVerdict(s, target, indicator)));
  const words = verdicts.size === 1 ? [...verdicts][0]! : 'unknown';
  const cited = citeStatement(statement);
  const reasoning =
    verdicts.size > 1
      ? '本站收录的报告里，这一年的几处文字说法不一，所以无法判断。'
      : statementReasoning(statement, year, target, indicator);
  if (numeric === null) return { verdict: words, lines: [reasoning] };
  const shown = numeric.lines.slice(0, -1);
  if (numeric.verdict === 'unknown')
    return {
      verdict: words,
      lines: [...shown, `数字说不清；${citeSentence(statement)}`, reasoning],
    };
  if (words === numeric.verdict)
    return { verdict: words, lines: [...numeric.lines, `${cited}，与数字一致。`] };
  if (words === 'unknown') return numeric;
  return {
    verdict: 'unknown',
    lines: [
      ...shown,
      `按数字是${VERDICT_NAMES[numeric.verdict]}；但${cited}，按文字是${VERDICT_NAMES[words]}。数字和文字说法不一，所以无法判断。`,
    ],
  };
}

function yearOf(
  year: number,
  points: IndicatorPoint[],
  statements: IndicatorStatement[],
  indicator: IndicatorDefinition,
  reports: Reports,
): IndicatorYear {
  const targets = agreed(points.filter((p) => p.role === 'target'));
  const outcomes = agreed(points.filter((p) => p.role === 'outcome'));
  const target = targets.point;
  const outcome = outcomes.point;
  const statement = statements[0] ?? null;
  const targetLine =
    target === null
      ? missing('target', year, indicator, reports, targets.differ)
      : stated('目标', target, indicator.unit);
  const outcomeLine =
    outcome !== null
      ? stated('结果', outcome, indicator.unit)
      : statement !== null
        ? `结果：${citeSentence(statement)}`
        : missing('outcome', year, indicator, reports, outcomes.differ);
  const numeric =
    target === null || outcome === null
      ? null
      : {
          verdict: verdictOf(target, outcome, indicator.direction),
          lines: readingWorking(target, outcome, indicator.direction, indicator.unit),
        };
  if (target !== null && statement !== null) {
    const decided = withWords(
      numeric,
      [statement, ...statements.slice(1)],
      year,
      target,
      indicator,
    );
    return {
      year,
      target,
      outcome,
      statement,
      verdict: decided.verdict,
      working: [targetLine, outcomeLine, ...decided.lines],
    };
  }
  if (numeric === null)
    return {
      year,
      target,
      outcome,
      statement,
      verdict: 'unknown',
      working: [targetLine, outcomeLine, '目标和结果缺一，所以无法判断。'],
    };
  return {
    year,
    target,
    outcome,
    statement,
    verdict: numeric.verdict,
    working: [targetLine, outcomeLine, ...numeric.lines],
  };
}

/** A year's statements, verdicts in words (目标未能实现) before directions (出现下降). */
const explicitFirst = (list: { statement: IndicatorStatement }[]): IndicatorStatement[] =>
  list
    .map((s) => s.statement)
    .sort((a, b) => Number(a.reads === 'below-zero') - Number(b.reads === 'below-zero'));

const ROLE_ORDER = { target: 0, outcome: 1 } as const;

/** Every indicator's series in every place; only series with at least one point. */
export function indicatorSeries(
  definitions: IndicatorDefinition[],
  records: SpeechRecord[],
): IndicatorSeries[] {
  const places = new Map<string, Place>();
  const reports = new Map<string, Reports>();
  const groups = new Map<string, { indicator: IndicatorDefinition; points: IndicatorPoint[] }>();
  const inWords = new Map<string, { year: number; statement: IndicatorStatement }[]>();
  for (const record of records) {
    const place = placeOf(record.slug, record.speech.meta.place);
    if (places.get(place.key)?.name == null) places.set(place.key, place);
    const year = reportYearOf(record);
    if (year !== null) {
      const byYear = reports.get(place.key) ?? new Map<number, string>();
      if (!byYear.has(year)) byYear.set(year, record.speech.meta.displayName);
      reports.set(place.key, byYear);
    }
    for (const { indicator, year: about, reads, paragraph, quote } of speechStatements(
      record,
      definitions,
    )) {
      const key = `${indicator.id}-${place.key}`;
      const list = inWords.get(key) ?? [];
      const statement = {
        speech: record.slug,
        source: record.speech.meta.displayName,
        paragraph,
        quote,
        reads,
      };
      list.push({ year: about, statement });
      inWords.set(key, list);
    }
    for (const { indicator, point } of speechPoints(record, definitions)) {
      const key = `${indicator.id}-${place.key}`;
      const group = groups.get(key) ?? { indicator, points: [] };
      group.points.push(point);
      groups.set(key, group);
    }
  }
  const order = new Map(definitions.map((d, i) => [d.id, i]));
  return [...groups.entries()]
    .map(([id, { indicator, points }]) => {
      const placeKey = id.slice(indicator.id.length + 1);
      const sorted = [...points].sort(
        (a, b) => a.year - b.year || ROLE_ORDER[a.role] - ROLE_ORDER[b.role],
      );
      const years = [...new Set(sorted.map((p) => p.year))].map((year) =>
        yearOf(
          year,
          sorted.filter((p) => p.year === year),
          explicitFirst((inWords.get(id) ?? []).filter((s) => s.year === year)),
          indicator,
          reports.get(placeKey) ?? new Map(),
        ),
      );
      return { id, indicator, place: places.get(placeKey)!, points: sorted, years };
    })
    .sort(
      (a, b) =>
        order.get(a.indicator.id)! - order.get(b.indicator.id)! ||
        a.place.key.localeCompare(b.place.key),
    );
}
