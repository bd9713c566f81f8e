import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../src/lib/speech';
import { expectInvariants } from './invariants';

/** A small speech around one body paragraph, its own punctuation all full-width. */
const speech = (paragraph: string): string =>
  `在全市工作会议上的讲话\n（2018年8月27日）\n张集智\n同志们：\n${paragraph}\n`;

const repairsIn = (paragraph: string) => {
  const p = parseSpeech(speech(paragraph));
  expectInvariants(p);
  return p.repairs
    .filter((r) => r.kind !== 'punctuation')
    .map(({ kind, text, takenFor, repaired }) => ({
      kind,
      text,
      takenFor,
      repaired,
    }));
};

describe('reading "?" by context', () => {
  it('drops a lost character between a number and a percent sign', () => {
    expect(repairsIn('同比增长12.5?%,增幅明显。')).toEqual([
      { kind: 'lost-character', text: '?', takenFor: '', repaired: true },
    ]);
    expect(repairsIn('占比达３０?％。')).toHaveLength(1);
  });

  it('reads the lost character between joint issuers as the space of the official name', () => {
    expect(repairsIn('按照《中共中央办公厅?国务院办公厅关于加强工作的意见》要求。')).toEqual([
      { kind: 'lost-character', text: '?', takenFor: ' ', repaired: true },
    ]);
  });

  it('flags, and does not guess, a lost character it cannot read', () => {
    expect(repairsIn('王?明同志作了发言。')).toEqual([
      { kind: 'lost-character', text: '?', takenFor: null, repaired: false },
    ]);
    expect(repairsIn('投资10?20亿元。')).toEqual([
      { kind: 'lost-character', text: '?', takenFor: null, repaired: false },
    ]);
  });

  it('takes a run of "?" for one damaged place', () => {
    expect(repairsIn('由??同志负责。').map((r) => r.text)).toEqual(['??']);
  });

  it.each([
    '这是为什么?我们必须回答。',
    '群众满意吗?我看还不满意。',
    '我们的工作做得怎么样?',
    '该放的权放了没有?有没有放到位?',
    '难道不应该反思?',
    'Why? 这是外国专家的问题。',
  ])('leaves a question mark alone: %s', (paragraph) => {
    expect(repairsIn(paragraph)).toEqual([]);
  });

  it('leaves a "?" inside a web address alone', () => {
    expect(repairsIn('详见网站https://www.example.gov.cn/list?id=3&page=2。')).toEqual([]);
  });

  it('flags a line holding only "?" as an artifact, and U+FFFD as undecodable', () => {
    const p = parseSpeech(speech('？\n产值\uFFFD\uFFFD亿元。'));
    expect(p.repairs.map((r) => [r.kind, r.text, r.repaired])).toEqual([
      ['artifact-line', '？', false],
      ['replacement-character', '\uFFFD\uFFFD', false],
    ]);
    expect(p.segments.find((s) => s.text === '？')?.role).toBe('artifact');
    expect(p.findings.find((f) => f.code === 'lost-characters')?.actual).toBe(2);
  });

  it('does not count lost characters as ASCII punctuation', () => {
    const p = parseSpeech(speech('增长12.5?%,增幅明显;效果好。'));
    expect(p.findings.find((f) => f.code === 'ascii-punctuation')?.actual).toBe(2);
  });

  it('does not count digit separators and web addresses as ASCII punctuation', () => {
    const p = parseSpeech(speech('共1,977个项目,详见https://a.example/x?y=1。'));
    expect(p.findings.find((f) => f.code === 'ascii-punctuation')?.actual).toBe(1);
  });
});
