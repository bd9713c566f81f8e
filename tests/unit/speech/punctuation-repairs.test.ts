import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../src/lib/speech';
import { repairedText } from '../../../src/lib/speech/repaired';
import { fullWidthPunctuation } from '../../../src/lib/speech/punctuation-repairs';

const speech = (paragraph: string): string =>
  `在全市工作会议上的讲话\n（2018年8月27日）\n张集智\n同志们：\n${paragraph}\n`;

/** The paragraph as the reading text shows it, and its punctuation repairs. */
const shown = (paragraph: string) => {
  const p = parseSpeech(speech(paragraph));
  const body = p.paragraphs[0]!;
  return {
    text: repairedText(p.text, body.start, body.end, p.repairs),
    marks: p.repairs.filter((r) => r.kind === 'punctuation'),
    source: p.text.slice(body.start, body.end),
  };
};

describe('ASCII punctuation shown full-width', () => {
  it('shows commas, semicolons, colons and brackets in Chinese text full-width', () => {
    const s = shown('五年来,新增市场主体22.66万户;其中:县(区)1957个,市级20个!');
    expect(s.text).toBe('五年来，新增市场主体22.66万户；其中：县（区）1957个，市级20个！');
    expect(s.marks).toHaveLength(7);
    expect(s.source).toBe('五年来,新增市场主体22.66万户;其中:县(区)1957个,市级20个!');
  });

  it('keeps digit group and time separators, web addresses and marks inside Latin words', () => {
    const s = shown(
      '全市1,977个项目,8:30开始办理,详见https://www.example.gov.cn/a?id=3,e,g也如此。',
    );
    expect(s.text).toBe(
      '全市1,977个项目，8:30开始办理，详见https://www.example.gov.cn/a?id=3,e,g也如此。',
    );
  });

  it('leaves the semicolon of an escape sequence written as text to that repair', () => {
    const p = parseSpeech(speech('坚持&nbsp;改革,扩大开放&#12288;共同发展。'));
    const escapes = p.repairs.filter((r) => r.kind === 'escape-sequence');
    const marks = p.repairs.filter((r) => r.kind === 'punctuation');
    expect(escapes.map((r) => r.text)).toEqual(['&nbsp;', '&#12288;']);
    expect(marks.map((r) => r.text)).toEqual([',']);
  });

  it('shows a question mark full-width and leaves a lost character to its own repair', () => {
    const s = shown('工作做得怎么样?同比增长34.67?%。');
    expect(s.text).toBe('工作做得怎么样？同比增长34.67%。');
    expect(s.marks.map((r) => r.text)).toEqual(['?']);
  });

  it('leaves a line without Chinese as written', () => {
    expect(fullWidthPunctuation('A (B), C: D;')).toBe('A (B), C: D;');
  });

  it('quotes the website headline with full-width marks', () => {
    expect(fullWidthPunctuation('张集智:在全市会议上的讲话(全文7312字)')).toBe(
      '张集智：在全市会议上的讲话（全文7312字）',
    );
  });
});
