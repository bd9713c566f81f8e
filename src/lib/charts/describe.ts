/** The words around a chart: title, subtitle, source line, notes for checks, the description. */
import { sentences } from '../text/prose';
import { standingLabel, standingOf } from '../figures/standing';
import type { Check, Figure } from '../figures/types';
import type { ChartMeta, ChartOptions } from './types';
import type { Note } from './panel';
import { formatDate, formatNumber } from './format';
import { scopeText } from './labels';

/** The text of the speech as charts quote it: the source, and what readers see of a span. */
export type Quoted = Pick<ChartOptions, 'text' | 'shown'>;

const quote = (q: Quoted, start: number, end: number): string =>
  (q.shown ? q.shown(start, end) : (q.text?.slice(start, end) ?? '')).trim();

/** The sentence a figure stands in, when the text is at hand. */
export const sentenceOf = (f: Figure, q: Quoted): string =>
  q.text ? quote(q, f.sentence.start, f.sentence.end) : '';

/** Subjects shorter than this (事项, 总量) say too little to stand as a title alone. */
const SHORT_SUBJECT = 4;

/** The title: what the figure measures; when that is too short to say, the clause it stands in. */
export function chartTitle(f: Figure, q: Quoted): string {
  if (f.subject.length >= SHORT_SUBJECT) return f.subject;
  const clause = clauseOf(f, q);
  return clause ? (clause.length > 24 ? `${clause.slice(0, 24)}…` : clause) : f.subject || f.text;
}

/** The clause a figure stands in (between commas, semicolons or full stops), when the text is at hand. */
export function clauseOf(f: Figure, q: Quoted): string {
  const { text } = q;
  if (!text) return '';
  const stop = /[,,;;。:!?\n]/;
  let s = f.start;
  while (s > f.sentence.start && !stop.test(text[s - 1] ?? '')) s--;
  let e = f.end;
  while (e < f.sentence.end && !stop.test(text[e] ?? '')) e++;
  return quote(q, s, e);
}

/** The subtitle: the figure's scope, then the words of its clause unless the title has them. */
export function chartSubtitle(f: Figure, title: string, q: Quoted): string {
  const scope = scopeText(f);
  const clause = clauseOf(f, q) || `${f.subject}${f.text}`;
  const quoted =
    title === clause || (title.endsWith('…') && clause.startsWith(title.slice(0, -1)))
      ? ''
      : `“${clause}”`;
  return [scope, quoted].filter(Boolean).join(':');
}

/** Paragraph number from a paragraph id such as p3. */
const paragraphNumber = (id: string): string => /(\d+)$/.exec(id)?.[1] ?? id;

/** 来源:张集智在全市深化“放管服”改革…会议上的讲话,2018年8月27日,第3段 */
export function sourceLine(meta: ChartMeta, f: Figure): string {
  const speech = meta.title.startsWith('在') ? meta.title : `《${meta.title}》`;
  return `来源：${meta.speaker}${speech}，${formatDate(meta.date)}，第${paragraphNumber(f.paragraph)}段`;
}

/** A marked note for each 不符 an editor confirmed, with the stated and the computed value. */
export function checkNotes(checks: Check[]): Note[] {
  return checks
    .filter((c) => standingOf(c) === 'inconsistent')
    .map((c) => ({
      tone: 'bad' as const,
      text:
        `核对${standingLabel.inconsistent}:${c.title}` +
        (c.computed
          ? `。文中${c.stated !== undefined ? formatNumber(c.stated, 2) : '所述'}，按文中其他数字计算为${formatNumber(c.computed.low, 2)}至${formatNumber(c.computed.high, 2)}`
          : ''),
    }));
}

/** Plain text for screen readers: what is drawn, every check's verdict, the sentence, the source. */
export function description(parts: {
  title: string;
  subtitle: string;
  summary: string;
  checks: Check[];
  sentence: string;
  source: string;
  highlight: Figure;
}): string {
  return sentences([
    parts.title,
    parts.subtitle,
    parts.summary,
    `本图突出显示：${parts.highlight.display}`,
    ...parts.checks.map((c) => `核对“${c.title}”：${standingLabel[standingOf(c)]}`),
    parts.sentence ? `原文：“${parts.sentence}”` : '',
    parts.source,
  ]);
}
