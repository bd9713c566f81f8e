/**
 * How an outcome stated in words is read against the year's target, and the working that says
 * so. A verdict in words (预期目标未能实现) is taken as written; a fall of a growth indicator's
 * amount (出现下降) is an outcome below 0%, read against the target like any bound (近, 不到).
 */
import { describeInterval, targetInterval, verdictOf } from './reading';
import type { IndicatorDefinition, IndicatorPoint, IndicatorStatement, YearVerdict } from './types';

type Stated = Pick<IndicatorPoint, 'value' | 'high' | 'bound'>;

/** 出现下降, 负增长: growth below 0. */
const BELOW_ZERO: Stated = { value: 0, bound: 'under' };

/** What a statement says of the target: 达到, 未达到, or 无法判断 when it does not settle it. */
export function statementVerdict(
  statement: Pick<IndicatorStatement, 'reads'>,
  target: Stated,
  indicator: Pick<IndicatorDefinition, 'direction'>,
): YearVerdict {
  return statement.reads === 'below-zero'
    ? verdictOf(target, BELOW_ZERO, indicator.direction)
    : statement.reads;
}

/** 2016年国务院政府工作报告第23段说：“……” — the paragraph by its number, inside a sentence. */
export function citeStatement(statement: IndicatorStatement): string {
  const number = /\d+$/.exec(statement.paragraph)?.[0] ?? statement.paragraph;
  const quote = statement.quote.replace(/[。！？]$/, '');
  return `${statement.source}第${number}段说：“${quote}”`;
}

/** The citation as a sentence of its own: the quote's own stop inside it, or 。 after it. */
export function citeSentence(statement: IndicatorStatement): string {
  const cited = citeStatement(statement);
  const stop = /[。！？]$/.exec(statement.quote)?.[0];
  return stop === undefined ? `${cited}。` : `${cited.slice(0, -1)}${stop}”`;
}

const SETTLED: Record<YearVerdict, string> = {
  met: '在这个范围内，所以达到',
  missed: '不在这个范围内，所以未达到',
  unknown: '可能在这个范围内，也可能不在，所以无法判断',
};

/** Why the words give their verdict, in one Chinese sentence. */
export function statementReasoning(
  statement: IndicatorStatement,
  year: number,
  target: Stated,
  indicator: IndicatorDefinition,
): string {
  const what = `${year}年${indicator.name}的目标`;
  if (statement.reads === 'met') return `报告明说${what}已经达到，所以达到。`;
  if (statement.reads === 'missed') return `报告明说${what}没有实现，所以未达到。`;
  const verdict = statementVerdict(statement, target, indicator);
  const met = describeInterval(targetInterval(target, indicator.direction), indicator.unit);
  return `这句话说${indicator.name}为负，即低于0%；达到目标的结果：${met}。低于0%${SETTLED[verdict]}。`;
}
