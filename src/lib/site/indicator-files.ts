/**
 * An indicator series as data files: CSV (one row a year, through the project's CSV writer, which
 * keeps quoted text from running as a formula) and JSON, each value with its figure page's URL.
 */
import { toCsv } from './csv';
import type { CitedPoint, CitedStatement, IndicatorView } from './indicator-view';
import { absolute, indicatorPath } from './urls';

const COLUMNS = [
  '年份',
  '目标（原文）',
  '目标数值',
  '目标限定',
  '目标出处',
  '目标原句',
  '目标图页',
  '结果（原文）',
  '结果数值',
  '结果出处',
  '结果原句',
  '结果页面',
  '判断',
  '推理',
  '单位',
] as const;

/** A value's cells; an outcome stated only in words gives its clause, paragraph and page. */
const cells = (p: CitedPoint | null, words: CitedStatement | null = null) =>
  p
    ? [p.text, p.value, p.bound, p.where, p.quote, absolute(p.page)]
    : words
      ? ['', '', '', words.where, words.quote, absolute(words.page)]
      : ['', '', '', '', '', ''];

export function indicatorCsv(view: IndicatorView): string {
  return toCsv(
    COLUMNS,
    view.years.map((y) => {
      const [tText, tValue, tBound, tWhere, tQuote, tPage] = cells(y.target);
      const [oText, oValue, , oWhere, oQuote, oPage] = cells(y.outcome, y.statement);
      return [
        y.year,
        tText,
        tValue,
        tBound,
        tWhere,
        tQuote,
        tPage,
        oText,
        oValue,
        oWhere,
        oQuote,
        oPage,
        y.verdictName,
        y.working.join(''),
        view.series.indicator.unit,
      ];
    }),
  );
}

const jsonPoint = (p: CitedPoint | null) => p && { ...p, page: absolute(p.page) };

export function indicatorJson(view: IndicatorView): string {
  const { series } = view;
  return JSON.stringify(
    {
      url: absolute(indicatorPath(series.id)),
      id: series.id,
      indicator: series.indicator,
      place: series.place,
      years: view.years.map((y) => ({
        ...y,
        target: jsonPoint(y.target),
        outcome: jsonPoint(y.outcome),
        statement: y.statement && { ...y.statement, page: absolute(y.statement.page) },
      })),
    },
    null,
    2,
  );
}
