/**
 * Microsoft Recognizers-Text's Chinese number and percent specs (MIT; copy and licence in
 * tests/fixtures/recognizers-text/), each number put in a sentence and read by the extractor.
 *
 * A case is put in a sentence per expected result: a number as "全年完成{text}个。", a
 * percentage as "全年增长{text}。"; a case that expects nothing is read as "{input}。" and must
 * give no figure. A result is right when the sentence gives exactly one figure of the expected
 * value (a fraction read as a percentage is compared as value / 100).
 */
import numberSpecs from '../../fixtures/recognizers-text/NumberModel.json';
import percentSpecs from '../../fixtures/recognizers-text/PercentModel.json';
import { extractFigureList } from '../../../src/lib/figures/extract';
import { linesToSpeech } from './helpers';

interface SpecResult {
  Text: string;
  Resolution?: { value: string };
}
interface SpecCase {
  Input: string;
  Results: SpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
}

export interface Case {
  model: 'number' | 'percent';
  index: number;
  input: string;
  results: SpecResult[];
}

/**
 * Groups left out, each with why; the first that matches a case wins. Everything else is kept.
 */
export const LEFT_OUT: readonly { reason: string; test: (c: Case) => boolean }[] = [
  {
    reason: 'marked NotSupported / NotSupportedByDesign by the spec itself',
    test: (c) => {
      const raw = c as unknown as SpecCase;
      return raw.NotSupported !== undefined || raw.NotSupportedByDesign !== undefined;
    },
  },
  {
    reason:
      'financial numerals (壹, 贰, 陆, 伍, 拾, 佰, 仟 …) are written on cheques and contracts, not in speeches, and collide with words that are (大陆, 队伍, 收拾); the negatives that test those words are kept',
    test: (c) => c.results.some((r) => /[壹贰貳叁肆伍陆陸柒捌玖拾佰仟倆]/.test(r.Text)),
  },
  {
    reason: 'discounts (八折, 对折): shop language, not official statistics',
    test: (c) => /折/.test(c.input),
  },
  {
    reason:
      'notations of typed input: scientific (2e5, 2^5), k/M suffixes, a leading point (.5), slash and 又 fractions (3/5, 三百五又三分之一); a speech writes 0.5, 20万, 五分之三',
    test: (c) =>
      c.results.some((r) =>
        /\^|\d\s*[eE][+\-－]?\d|[kKＫmM]|(?:^|[-\s])\.\d|[/／]|又/.test(r.Text),
      ),
  },
  {
    reason:
      'spaces inside a number (一百 五 十 二, 1000  万): chat-input tolerance; in a speech a space separates words, and reading across it would join unrelated numbers',
    test: (c) => c.results.some((r) => /\S\s+\S/.test(r.Text.trim())),
  },
  {
    reason:
      '兆 means 10^6 on the mainland (兆瓦) but 10^12 in these cases (Taiwan, Japan): ambiguous, so not read',
    test: (c) => c.results.some((r) => r.Text.includes('兆')),
  },
  {
    reason: '打 as a dozen (一打, 十打苹果): not used in official statistics',
    test: (c) => c.results.some((r) => /打$/.test(r.Text)),
  },
  {
    reason:
      'dates (１９９１年１月１６日): the site leaves dates out of figures on purpose (they are scope, not quantities)',
    test: (c) => /年.*月.*日/.test(c.input),
  },
  {
    reason:
      'a lone Chinese digit (一只, 三双, 答案是四不是五, 排名前三): in speeches these are words (一个, 两个维护, 三个定位), which the extractor leaves on purpose',
    test: (c) => c.results.some((r) => /^[〇零一二两兩三四五六七八九]$/.test(r.Text.trim())),
  },
];

const toCases = (model: Case['model'], specs: SpecCase[]): Case[] =>
  specs.map((s, i) => ({ ...s, model, index: i + 1, input: s.Input, results: s.Results }));

export const ALL_CASES: Case[] = [
  ...toCases('number', numberSpecs as SpecCase[]),
  ...toCases('percent', percentSpecs as SpecCase[]),
];

export const caseId = (c: Case): string => `${c.model === 'number' ? 'N' : 'P'}${c.index}`;

export function leftOutReason(c: Case): string | null {
  return LEFT_OUT.find((g) => g.test(c))?.reason ?? null;
}

function expectedValue(r: SpecResult): number {
  return Number((r.Resolution?.value ?? '').replace(/%$/, ''));
}

function figuresOf(sentence: string) {
  return extractFigureList(linesToSpeech([sentence])).figures;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** What went wrong with a case, or null when it is read right. */
export function misreading(c: Case): string | null {
  if (c.results.length === 0) {
    const found = figuresOf(`${c.input}。`);
    return found.length === 0 ? null : `found ${found.map((f) => f.text).join('、')}`;
  }
  for (const r of c.results) {
    const text = r.Text.trim();
    const sentence = c.model === 'number' ? `全年完成${text}个。` : `全年增长${text}。`;
    const found = figuresOf(sentence);
    const want = expectedValue(r);
    if (found.length !== 1) return `${sentence}: ${found.length} figures`;
    const f = found[0]!;
    const value = c.model === 'number' && f.unit === '%' ? f.value / 100 : f.value;
    if (!close(value, want)) return `${sentence}: ${value}, expected ${want}`;
  }
  return null;
}
