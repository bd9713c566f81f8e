/**
 * The seed and the six real work reports of the development corpus, as found on the web. Every
 * expected value below was written by reading the texts (tests/fixtures/corpus/README.md gives
 * the metadata a person read); none was copied from what the parser prints.
 *
 * How the counts were read:
 * - parts: the 一、二、… headings; sections: the （一）（二）… headings; points: 第一，第二，…
 *   opening a paragraph; items: 一是、二是 … standing at a paragraph's start or after 。 or ：.
 * - paragraphs (line-based copies): the non-blank lines from the line after the salutation
 *   (各位代表：) to the closing line (…奋斗！), less the part headings, less the lines that hold a
 *   section heading and nothing else, with a line broken mid-sentence counted once with the lines
 *   that finish it (Guangdong: …（PM / 2.5 / 年平均… twice and …发展的 / 主要目标 / 是：… twice;
 *   Yunnan: a lone “（” before “三）…”). The sums are written out below.
 * - clutter: lines of the web page that are not the report (each line counted once): Sichuan's
 *   publish time, 来源:, 四川日报, 【字体：, 大, 中, 小, 】, 分享： (9) and its tail 责任编辑：,
 *   李莎莎, 扫一扫在手机打开当前页, 相关附件>>, 相关链接>>, three link keys and three link
 *   titles, 打印本页, 关闭窗口 (13); Yunnan's 您的位置:, 首页, >, 云南要闻 twice, 来源：云南日报,
 *   the publish time, 【字体：, 大, 中, 小, 】 (12) and its tail 》》点击图片进入专题《《, 收藏, |,
 *   分享到:, 分享到微信, ×, 相关文档： (7); the national copies' photo caption and dateline
 *   (2014: the news lead, the credit 新华社记者姚大伟摄 and the dateline).
 * - escapes: the literal `<U+00A0>` / `<U+200D>` written in the copy (2014: 7 in each copy).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSpeechRecord } from '../../../src/lib/speech-record';
import { parseSpeech, type ParsedSpeech } from '../../../src/lib/speech';
import { expectInvariants } from './invariants';

const read = (path: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url))));
const corpus = (slug: string): string => `tests/fixtures/corpus/${slug}/source.txt`;

interface Expected {
  path: string;
  title: string;
  displayName: string;
  speaker: string;
  office: string | null;
  date: string;
  venue: string;
  place: string | null;
  publisher: string | null;
  published: string | null;
  parts: number;
  sections: number;
  points: number;
  items: number;
  /** null where the copy has no paragraph breaks to count (see the run-on test below). */
  paragraphs: number | null;
  clutter: number;
  escapes: number;
}

const NATIONAL = { speaker: '李克强', office: '国务院总理', place: '全国', publisher: '新华社' };

const TABLE: Expected[] = [
  {
    path: 'content/speeches/bijie-2018-08-27-fangguanfu/source.txt',
    title: '在全市深化“放管服”改革转变政府职能电视电话会议上的讲话',
    displayName: '在全市深化“放管服”改革转变政府职能电视电话会议上的讲话',
    speaker: '张集智',
    office: null,
    date: '2018-08-27',
    venue: '全市深化“放管服”改革转变政府职能电视电话会议',
    place: null,
    publisher: null,
    published: null,
    parts: 1,
    sections: 0,
    points: 9,
    items: 9,
    // 8月9日…, 第一…第五, 我市…, 第一…第四
    paragraphs: 1 + 5 + 1 + 4,
    clutter: 0,
    escapes: 0,
  },
  {
    path: corpus('cn-2014-zhengfu-gongzuo-baogao'),
    title: '政府工作报告',
    displayName: '2014年国务院政府工作报告',
    ...NATIONAL,
    date: '2014-03-05',
    venue: '第十二届全国人民代表大会第二次会议',
    published: '2014-03-14',
    parts: 3,
    sections: 9,
    points: 3,
    items: 5,
    paragraphs: null,
    clutter: 3,
    escapes: 14,
  },
  {
    path: corpus('cn-2015-zhengfu-gongzuo-baogao'),
    title: '政府工作报告',
    displayName: '2015年国务院政府工作报告',
    ...NATIONAL,
    date: '2015-03-05',
    venue: '第十二届全国人民代表大会第三次会议',
    published: '2015-03-16',
    parts: 6,
    sections: 0,
    points: 3,
    items: 5,
    paragraphs: 109 - 6,
    clutter: 2,
    escapes: 4,
  },
  {
    path: corpus('cn-2016-zhengfu-gongzuo-baogao'),
    title: '政府工作报告',
    displayName: '2016年国务院政府工作报告',
    ...NATIONAL,
    date: '2016-03-05',
    venue: '第十二届全国人民代表大会第四次会议',
    published: '2016-03-17',
    parts: 3,
    sections: 8,
    points: 0,
    items: 27,
    paragraphs: 104 - 3,
    clutter: 2,
    escapes: 3,
  },
  {
    path: corpus('guangdong-2026-zhengfu-gongzuo-baogao'),
    title: '政府工作报告',
    displayName: '2026年广东省政府工作报告',
    speaker: '孟凡利',
    office: '广东省省长',
    date: '2026-01-26',
    venue: '广东省第十四届人民代表大会第五次会议',
    place: '广东省',
    publisher: null,
    published: null,
    parts: 3,
    sections: 14,
    points: 0,
    items: 11,
    // 152 lines, 3 part headings, 14 section-heading lines, 4 broken paragraphs of 3 lines each;
    // then 附件1 (read like the body, its heading 附件1 and title line apart): a lead paragraph
    // and ten projects, each a numbered heading line and a paragraph
    paragraphs: 152 - 3 - 14 - 4 * 2 + 1 + 10 * 2,
    clutter: 0,
    escapes: 0,
  },
  {
    path: corpus('sichuan-2026-zhengfu-gongzuo-baogao'),
    title: '2026年四川省人民政府工作报告',
    displayName: '2026年四川省人民政府工作报告',
    speaker: '施小琳',
    office: '四川省人民政府省长',
    date: '2026-02-03',
    venue: '四川省第十四届人民代表大会第五次会议',
    place: '四川省',
    publisher: '四川日报',
    published: '2026-02-10',
    parts: 3,
    sections: 10,
    points: 0,
    items: 14,
    paragraphs: 87 - 3,
    clutter: 9 + 13,
    escapes: 0,
  },
  {
    path: corpus('yunnan-2026-zhengfu-gongzuo-baogao'),
    title: '2026年政府工作报告',
    displayName: '2026年云南省政府工作报告',
    speaker: '王予波',
    office: '省长',
    date: '2026-01-28',
    venue: '云南省第十四届人民代表大会第四次会议',
    place: '云南省',
    publisher: '云南日报',
    published: '2026-02-03',
    parts: 3,
    sections: 7 + 5 + 9,
    points: 0,
    items: 0,
    // 103 lines, 3 part headings, 21 section headings on 22 lines (（ / 三）… broken in two)
    paragraphs: 103 - 3 - 22,
    clutter: 12 + 7,
    escapes: 0,
  },
];

const parsed = new Map<string, ParsedSpeech>();
const parse = (path: string): ParsedSpeech => {
  const hit = parsed.get(path);
  if (hit) return hit;
  const p = parseSpeech(read(path));
  parsed.set(path, p);
  return p;
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

describe('the seed and six real work reports', () => {
  it.each(TABLE)('reads $path as a newsroom would', (e) => {
    const p = parse(e.path);
    const got = {
      title: p.meta.title?.text.replace(/\s/gu, ''),
      displayName: p.meta.displayName,
      speaker: p.meta.speaker?.text,
      office: p.meta.office,
      date: p.meta.date,
      venue: p.meta.venue,
      place: p.meta.place,
      publisher: p.provenance.publisher,
      published: p.provenance.published,
      parts: p.parts.length,
      sections: p.parts.reduce((n, part) => n + part.sections.length, 0),
      points: p.parts.reduce((n, part) => n + part.points.length, 0),
      items: p.paragraphs.reduce((n, para) => n + para.items.length, 0),
      paragraphs: e.paragraphs === null ? null : p.paragraphs.length,
      clutter: p.repairs.filter((r) => r.kind === 'clutter').length,
      escapes: p.repairs.filter((r) => r.kind === 'escape-sequence').length,
    };
    const { path: _path, ...expected } = e;
    expect(got).toEqual(expected);
    expectInvariants(p);
  });

  it.each(TABLE)('never reads a line of clutter in $path as speech', (e) => {
    const p = parse(e.path);
    const notSpeech = p.segments.filter((s) =>
      ['clutter', 'repeat', 'annex', 'provenance', 'headline'].includes(s.role),
    );
    for (const s of notSpeech) {
      for (const para of p.paragraphs)
        expect(overlaps(s, para), `${s.text} / ${para.id}`).toBe(false);
      for (const found of [p.meta.title, p.meta.speaker, p.meta.dateSpan]) {
        if (found) expect(overlaps(s, found), s.text).toBe(false);
      }
    }
    for (const r of p.repairs.filter((x) => x.kind === 'clutter')) {
      expect(p.segments.find((s) => s.start === r.start)?.role).toBe('clutter');
    }
  });

  it('calls no complete report a fragment, and tells a related-links tail from a cut', () => {
    for (const e of TABLE.slice(1)) {
      const p = parse(e.path);
      expect(p.completeness.isFragment, e.path).toBe(false);
      expect(p.completeness.truncatedAt, e.path).toBeNull();
    }
    expect(parse(TABLE[0]!.path).completeness.isFragment).toBe(true);
  });

  it('checks announced sections against those present', () => {
    const announced = (i: number) =>
      parse(TABLE[i]!.path).completeness.announced.map((a) => [a.counts, a.expected, a.present]);
    expect(announced(3)).toEqual([['sections', 8, 8]]);
    expect(announced(4)).toContainEqual(['sections', 14, 14]);
    expect(announced(5)).toEqual([['sections', 10, 10]]);
    expect(announced(6)).toEqual([['sections', 9, 9]]);
  });

  it('reads the 2014 copy once: the report twice over is one report, its second copy a repeat', () => {
    const p = parse(TABLE[1]!.path);
    const second = p.text.indexOf('3月5日，李克强代表国务院', 100);
    expect(second).toBeGreaterThan(0);
    const repeat = p.findings.find((f) => f.code === 'repeated-text');
    expect(repeat?.span?.start).toBe(second);
    for (const para of p.paragraphs) expect(para.end).toBeLessThan(second);
    const figures = buildSpeechRecord('cn-2014', read(TABLE[1]!.path)).figures;
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f.end).toBeLessThan(second);
  });

  it('cuts the 2014 one-line body into paragraphs that give back the body exactly once', () => {
    const p = parse(TABLE[1]!.path);
    const first = p.text.slice(0, p.text.indexOf('3月5日，李克强代表国务院', 100));
    const bodyFrom = first.indexOf('现在，我代表国务院');
    const plain = (s: string) => s.replace(/<U\+[0-9A-F]+>|\s/gu, '');
    const headings = p.parts.flatMap((part) => [
      part.heading,
      ...part.sections
        .filter((s) => !p.paragraphs.some((para) => para.start === s.start))
        .map((s) => s.heading),
    ]);
    const read = [...headings, ...p.paragraphs]
      .sort((a, b) => a.start - b.start)
      .map((s) => plain(s.text))
      .join('');
    expect(read).toBe(plain(first.slice(bodyFrom)));
    expect(Math.max(...p.paragraphs.map((para) => para.text.length))).toBeLessThan(1000);
    expect(p.parts.map((part) => part.heading.text)).toEqual([
      '一、2013年工作回顾',
      '二、2014年工作总体部署',
      '三、2014年重点工作',
    ]);
  });

  it("keeps Sichuan's glossary as its annex and its repeated title and opening as a repeat", () => {
    const p = parse(TABLE[5]!.path);
    const annex = p.segments.filter((s) => s.role === 'annex');
    expect(annex[0]?.text).toBe('名词解释');
    expect(annex.at(-1)?.text.startsWith('20.“一件事”全链条专项整治')).toBe(true);
    const repeats = p.segments.filter((s) => s.role === 'repeat').map((s) => s.text);
    expect(repeats[0]).toBe('2026年四川省人民政府工作报告');
    expect(repeats[1]?.startsWith('各位代表：现在，我代表省人民政府')).toBe(true);
    expect(p.paragraphs.at(-1)?.text.endsWith('为谱写中国式现代化四川新篇章不懈奋斗！')).toBe(true);
  });

  it('reads a delivery date written in Chinese numerals and in brackets', () => {
    const p = parseSpeech(
      '政府工作报告\n（二〇一六年三月五日在第十二届全国人民代表大会第四次会议上）\n国务院总理　李克强\n各位代表：\n现在，我代表国务院，向大会报告政府工作。',
    );
    expect(p.meta.date).toBe('2016-03-05');
    expect(p.meta.venue).toBe('第十二届全国人民代表大会第四次会议');
    expect(p.meta.office).toBe('国务院总理');
    expect(p.meta.speaker?.text).toBe('李克强');
    expect(p.meta.displayName).toBe('2016年国务院政府工作报告');
  });
});
