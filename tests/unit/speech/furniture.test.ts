/**
 * Web copies other than the corpus's: the rules must hold for pages nobody has seen, so these
 * texts mix furniture of other news sites' kinds with made-up speeches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../src/lib/speech';
import { expectInvariants } from './invariants';
import { SEED_TEXT } from './seed';

const speechOf = (p: ReturnType<typeof parseSpeech>) => ({
  title: p.meta.title?.text,
  date: p.meta.date,
  speaker: p.meta.speaker?.text,
  paragraphs: p.paragraphs.map((para) => para.text),
});

describe('a web copy of a speech', () => {
  it('reads title, date, office and speaker amid a county news page, and its furniture as clutter', () => {
    const text = [
      '当前位置：首页 > 新闻中心 > 要闻',
      '在全县经济工作会议上的讲话',
      '发布时间：2021-03-02 10:00',
      '来源：某某日报 作者：李四',
      '（2021年2月28日）',
      '县长　王五',
      '同志们：',
      '今年全县生产总值增长6%。',
      '打印本页 关闭窗口',
    ].join('\n');
    const p = parseSpeech(text);
    expectInvariants(p);
    expect(speechOf(p)).toEqual({
      title: '在全县经济工作会议上的讲话',
      date: '2021-02-28',
      speaker: '王五',
      paragraphs: ['今年全县生产总值增长6%。'],
    });
    expect(p.meta.office).toBe('县长');
    expect(p.meta.venue).toBe('全县经济工作会议');
    expect(p.meta.displayName).toBe('在全县经济工作会议上的讲话');
    expect(p.provenance.publisher).toBe('某某日报');
    expect(p.provenance.published).toBe('2021-03-02');
    expect(p.segments.filter((s) => s.role === 'clutter').map((s) => s.text)).toEqual([
      '当前位置：首页 > 新闻中心 > 要闻',
      '发布时间：2021-03-02 10:00',
      '来源：某某日报 作者：李四',
      '打印本页 关闭窗口',
    ]);
    expect(p.completeness.isFragment).toBe(false);
  });

  it('does not take a salutation said mid-speech for the end of the front matter', () => {
    const text =
      '讲话\n（2020年1月6日）\n张三\n今年工作很好。成绩显著。\n同志们：\n我们要继续努力。';
    const p = parseSpeech(text);
    expect(p.paragraphs.map((para) => para.text)).toEqual([
      '今年工作很好。成绩显著。',
      '同志们：',
      '我们要继续努力。',
    ]);
    expect(p.repairs.filter((r) => r.kind === 'clutter')).toEqual([]);
  });

  it('reads a body pasted twice once, and says so', () => {
    const body =
      '一、工作回顾\n过去一年，全市生产总值增长百分之六，城镇新增就业3万人，居民收入稳步增长，各项事业取得新进展。\n二、今年安排\n今年要继续推进改革开放，确保经济平稳运行，全力以赴完成各项目标任务，为人民群众办好实事。';
    const text = `政府工作报告\n——2020年1月6日在某市第一届人民代表大会第二次会议上\n市长　张三\n各位代表：\n${body}\n${body}\n`;
    const p = parseSpeech(text);
    expectInvariants(p);
    expect(p.parts.map((part) => part.heading.text)).toEqual(['一、工作回顾', '二、今年安排']);
    expect(p.paragraphs).toHaveLength(2);
    const second = text.lastIndexOf('一、工作回顾');
    expect(p.findings.find((f) => f.code === 'repeated-text')?.span?.start).toBe(second);
    expect(p.meta.place).toBe('某市');
    expect(p.meta.displayName).toBe('2020年某市政府工作报告');
  });

  it('shows an escape sequence written as text as its character, keeping it in the source', () => {
    const p = parseSpeech('讲话\n同志们：\n全年增长<U+00A0>6%，比上年提高<U+200D>1个百分点。');
    const escapes = p.repairs.filter((r) => r.kind === 'escape-sequence');
    expect(escapes.map((r) => [r.text, r.takenFor])).toEqual([
      ['<U+00A0>', ' '],
      ['<U+200D>', ''],
    ]);
    expect(p.paragraphs[0]?.text).toBe('全年增长<U+00A0>6%，比上年提高<U+200D>1个百分点。');
  });

  it('keeps an annex after the closing words out of the speech', () => {
    const p = parseSpeech(
      '讲话\n同志们：\n今年要增长6%。让我们共同努力！\n附件\n名词解释\n1.“两新”：指设备更新和以旧换新。',
    );
    expect(p.paragraphs.map((para) => para.text)).toEqual(['今年要增长6%。让我们共同努力！']);
    expect(p.segments.filter((s) => s.role === 'annex').map((s) => s.text)).toEqual([
      '附件',
      '名词解释',
      '1.“两新”：指设备更新和以旧换新。',
    ]);
    expect(p.findings.map((f) => f.code)).toContain('annex');
  });

  it('reads an attachment of pledged projects like the body, its heading apart', () => {
    const p = parseSpeech(
      '讲话\n同志们：\n一、工作安排\n今年要增长6%。让我们共同努力！\n附件1\n十件民生实事\n一、新建学校10所。\n附件2\n名词解释\n1.“两新”：指设备更新。',
    );
    expect(p.paragraphs.map((para) => para.text)).toEqual([
      '今年要增长6%。让我们共同努力！',
      '一、新建学校10所。',
    ]);
    expect(p.parts).toHaveLength(1);
    expect(p.segments.filter((s) => s.role === 'annex').map((s) => s.text)).toEqual([
      '附件1',
      '十件民生实事',
      '附件2',
      '名词解释',
      '1.“两新”：指设备更新。',
    ]);
  });

  it('reads the seed the same with page furniture put anywhere before its salutation', () => {
    const furniture = [
      '【字体：大 中 小】',
      '分享到微信',
      '来源：毕节日报',
      '2018-08-28 09:30',
      '您的位置：首页 > 讲话',
      '新华社记者 王五 摄',
      '扫一扫在手机打开当前页',
    ];
    const lines = SEED_TEXT.split('\n');
    const salutation = lines.findIndex((l) => l.startsWith('同志们'));
    const plain = speechOf(parseSpeech(SEED_TEXT));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 2, max: salutation }), fc.constantFrom(...furniture)), {
          maxLength: 5,
        }),
        (inserts) => {
          const copy = [...lines];
          for (const [at, line] of [...inserts].sort((a, b) => b[0] - a[0])) {
            copy.splice(at, 0, line);
          }
          const p = parseSpeech(copy.join('\n'));
          expect(speechOf(p)).toEqual(plain);
          expect(p.repairs.filter((r) => r.kind === 'clutter')).toHaveLength(inserts.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
