import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../src/lib/speech';
import { expectInvariants } from './invariants';
import { SEED_TEXT } from './seed';

describe('structure beyond the seed', () => {
  it('reads points in a speech without parts, with full-width commas', () => {
    const p = parseSpeech(
      '同志们:\n今天讲三点意见。\n第一，要提高认识。\n要抓落实。\n第二、要强化措施。\n第三：要加强领导。\n',
    );
    expectInvariants(p);
    expect(p.parts).toEqual([]);
    expect(p.pointsOutsideParts?.map((pt) => [pt.id, pt.marker.text, pt.paragraphs])).toEqual([
      ['point-1', '第一，', ['p2', 'p3']],
      ['point-2', '第二、', ['p4']],
      ['point-3', '第三：', ['p5']],
    ]);
    expect(p.completeness.announced.map((a) => [a.phrase.text, a.counts, a.present])).toEqual([
      ['三点意见', 'points', 3],
    ]);
    expect(p.completeness.isFragment).toBe(false);
  });

  it('reads several parts, each with its own points, and counts announced parts', () => {
    const p = parseSpeech(
      [
        '在全市工作会议上的讲话',
        '同志们:',
        '下面,我讲两点意见。',
        '一、充分肯定成绩',
        '第一,发展加快。经济增长。',
        '第二,民生改善。',
        '二、明确重点任务',
        '第一,抓项目。',
        '谢谢大家!',
      ].join('\n'),
    );
    expectInvariants(p);
    expect(p.parts.map((part) => [part.id, part.title, part.points.map((pt) => pt.id)])).toEqual([
      ['part-1', '充分肯定成绩', ['part-1-point-1', 'part-1-point-2']],
      ['part-2', '明确重点任务', ['part-2-point-1']],
    ]);
    expect(p.completeness.announced).toMatchObject([{ expected: 2, present: 2, counts: 'parts' }]);
    expect(p.completeness.truncatedAt).toBeNull();
    expect(p.completeness.isFragment).toBe(false);
    expect(p.parts[0]?.points[0]?.heading.text).toBe('第一,发展加快。');
  });

  it('does not take 唯一是 or 统一是 for items, nor a 第三 out of sequence for a point', () => {
    const p = parseSpeech(
      '同志们:\n第一,目标唯一是发展,思想统一是前提。\n这是第三,不是要点。\n第三,还是第三。\n',
    );
    expectInvariants(p);
    expect(p.paragraphs.flatMap((para) => para.items)).toEqual([]);
    expect(p.pointsOutsideParts?.map((pt) => pt.ordinal)).toEqual([1]);
  });

  it('reads items that run on into the next paragraph', () => {
    const p = parseSpeech('同志们:\n第一,要抓好三件事:一是抓项目。\n二是抓招商。三是抓服务。\n');
    expect(p.paragraphs.map((para) => para.items.map((i) => i.marker.text))).toEqual([
      ['一是'],
      ['二是', '三是'],
    ]);
  });

  it('reports an empty text as empty, and still covers it', () => {
    for (const input of ['', '\n\n', '   \r\n\u3000']) {
      const p = parseSpeech(input);
      expectInvariants(p);
      expect(p.findings.map((f) => f.code)).toContain('empty');
      expect(p.paragraphs).toEqual([]);
    }
  });

  it('keeps indentation and blank lines outside spans but inside the cover', () => {
    const text = '\u3000\u3000同志们:\r\n\r\n\u3000\u3000今天开会。  \r\n';
    const p = parseSpeech(text);
    expectInvariants(p);
    expect(p.meta.salutation?.text).toBe('同志们:');
    expect(p.paragraphs.map((para) => para.text)).toEqual(['今天开会。']);
  });

  it('cuts a speech run into one line back into its heading, points and paragraphs', () => {
    const oneLine = SEED_TEXT.replace(/\n/g, '');
    const p = parseSpeech(oneLine);
    expectInvariants(p);
    expect(p.parts.map((part) => part.heading.text)).toEqual(['一、“放管服”成效明显、值得肯定']);
    expect(p.parts[0]?.points.map((pt) => pt.heading.text).slice(0, 3)).toEqual([
      '第一,上级放权有效承接。',
      '第二,市场活力持续激发。',
      '第三,便民服务稳步提升。',
    ]);
    expect(p.paragraphs.length).toBeGreaterThan(5);
    expect(p.paragraphs.every((para) => para.text.length < oneLine.length / 3)).toBe(true);
  });

  it('reads a stated length in full-width digits and brackets', () => {
    const p = parseSpeech(
      '李四：在全县大会上的讲话（全文１,２００字）\n在全县大会上的讲话\n同志们：\n今天开会。',
    );
    expect(p.provenance.statedLength).toBe(1200);
    expect(p.meta.speaker?.text).toBe('李四');
    expect(p.findings.map((f) => f.code)).toContain('length-shortfall');
  });
});
