import { describe, expect, it } from 'vitest';
import { type ParsedSpeech, parseSpeech } from '../../../src/lib/speech';
import { encodeGb18030 } from './encoders';
import { expectInvariants } from './invariants';
import { SEED_TEXT, utf8 } from './seed';

const plain = parseSpeech(SEED_TEXT);

/** What a reader sees, whatever the bytes: the structure and repairs, by their texts. */
const reading = (p: ParsedSpeech) => ({
  title: p.meta.title?.text,
  date: p.meta.date,
  speaker: p.meta.speaker?.text,
  salutation: p.meta.salutation?.text,
  headline: p.provenance.headline?.text,
  statedLength: p.provenance.statedLength,
  sourceUrl: p.provenance.sourceUrl,
  parts: p.parts.map((part) => ({
    id: part.id,
    title: part.title,
    points: part.points.map((pt) => [pt.id, pt.heading.text, pt.paragraphs]),
  })),
  paragraphs: p.paragraphs.map((para) => [para.id, para.text, para.point, para.items.length]),
  repairs: p.repairs.map((r) => [r.kind, r.text, r.takenFor, r.repaired]),
  measuredLength: p.completeness.measuredLength,
  announced: p.completeness.announced.map((a) => [
    a.phrase.text,
    a.expected,
    a.present,
    a.lastIncomplete,
  ]),
  truncatedAt: p.completeness.truncatedAt?.text,
});

const codes = (p: ParsedSpeech) => p.findings.map((f) => f.code);

describe('variants of the seed', () => {
  it('reads CRLF text the same, keeps the CRLFs and reports them', () => {
    const crlf = SEED_TEXT.replace(/\n/g, '\r\n');
    const p = parseSpeech(utf8(crlf));
    expect(p.text).toBe(crlf);
    expect(p.encoding.lineEndings).toBe('crlf');
    expect(reading(p)).toEqual(reading(plain));
    expect(codes(p)).toContain('line-endings');
    expectInvariants(p);
  });

  it('reads old Mac CR and mixed line endings the same', () => {
    const cr = parseSpeech(SEED_TEXT.replace(/\n/g, '\r'));
    expect(cr.encoding.lineEndings).toBe('cr');
    expect(reading(cr)).toEqual(reading(plain));
    let k = 0;
    const mixed = parseSpeech(SEED_TEXT.replace(/\n/g, () => (k++ % 2 === 0 ? '\r\n' : '\n')));
    expect(mixed.encoding.lineEndings).toBe('mixed');
    expect(reading(mixed)).toEqual(reading(plain));
    expectInvariants(mixed);
  });

  it('removes a UTF-8 BOM from the text, reports it, and keeps offsets as without it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SEED_TEXT)]);
    const p = parseSpeech(bytes);
    expect(p.text).toBe(SEED_TEXT);
    expect(p.encoding.bom).toBe(true);
    expect(p.paragraphs).toEqual(plain.paragraphs);
    expect(p.repairs).toEqual(plain.repairs);
    expect(codes(p)).toContain('bom');
    expect(codes(plain)).not.toContain('bom');
  });

  it('decodes GB18030 bytes to the same text and reports the encoding', () => {
    const bytes = encodeGb18030(SEED_TEXT);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const p = parseSpeech(bytes);
    expect(p.encoding.name).toBe('gb18030');
    expect(p.encoding.replacementCharacters).toBe(0);
    expect(p.text).toBe(SEED_TEXT);
    expect(reading(p)).toEqual(reading(plain));
    expect(p.findings.find((f) => f.code === 'encoding')?.message).toContain('GB18030');
  });

  it('reads full-width digits as numbers and counts them', () => {
    const wide = SEED_TEXT.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const p = parseSpeech(wide);
    expect(p.meta.date).toBe('2018-08-27');
    expect(p.provenance.statedLength).toBe(7312);
    expect(p.findings.find((f) => f.code === 'full-width-digits')?.actual).toBe(
      (SEED_TEXT.match(/[0-9]/g) ?? []).length,
    );
    expect(p.repairs.map((r) => [r.kind, r.takenFor])).toEqual(
      plain.repairs.map((r) => [r.kind, r.takenFor]),
    );
    expectInvariants(p);
  });

  it('reads a date in Chinese numerals, in full-width brackets', () => {
    const p = parseSpeech(SEED_TEXT.replace('(2018年8月27日)', '（二〇一八年八月二十七日）'));
    expect(p.meta.date).toBe('2018-08-27');
    expect(p.meta.dateSpan?.text).toBe('二〇一八年八月二十七日');
    expect(p.segments.find((s) => s.role === 'date')?.text).toBe('（二〇一八年八月二十七日）');
  });

  it('reports page clutter and captions as clutter, keeps them in the text, and reads past them', () => {
    const lines = SEED_TEXT.split('\n');
    const problems = lines.findIndex((l) => l.endsWith('以下四个方面:'));
    const withClutter = [
      lines[0],
      '下载 打印 全屏',
      ...lines.slice(1, problems),
      '图为会议现场',
      ...lines.slice(problems, -2),
      '上一篇:在全市脱贫攻坚工作会议上的讲话',
      ...lines.slice(-2),
    ].join('\n');
    const p = parseSpeech(withClutter);
    const clutter = p.segments.filter((s) => s.role === 'clutter').map((s) => s.text);
    expect(clutter).toEqual([
      '下载 打印 全屏',
      '图为会议现场',
      '上一篇:在全市脱贫攻坚工作会议上的讲话',
    ]);
    expect(p.repairs.filter((r) => r.kind === 'clutter').map((r) => r.text)).toEqual(clutter);
    expect(p.findings.find((f) => f.code === 'clutter')?.actual).toBe(3);
    expect(p.text).toBe(withClutter);
    const { repairs: _r, ...rest } = reading(p);
    const { repairs: _p, ...plainRest } = reading(plain);
    expect(rest).toEqual(plainRest);
    expectInvariants(p);
  });

  it('needs no headline: a speech that starts with its title has none', () => {
    const lines = SEED_TEXT.split('\n');
    const p = parseSpeech(lines.slice(2).join('\n'));
    expect(p.provenance.headline).toBeNull();
    expect(p.provenance.statedLength).toBeNull();
    expect(p.meta.title?.text).toBe(lines[2]);
    expect(p.meta.speaker?.text).toBe('张集智');
    expect(codes(p)).not.toContain('length-shortfall');
    expect(p.completeness.isFragment).toBe(true);
  });

  it('takes the speaker from the headline when no speaker line follows', () => {
    const p = parseSpeech(SEED_TEXT.replace('\n张集智\n', '\n'));
    expect(p.meta.speaker).toEqual({ start: 0, end: 3, text: '张集智' });
  });

  it('takes a complete ending for complete', () => {
    const ending = SEED_TEXT.replace('第四,保障', '第四,保障有力。');
    const p = parseSpeech(ending);
    expect(p.completeness.truncatedAt).toBeNull();
    expect(p.completeness.announced[1]).toMatchObject({
      expected: 4,
      present: 4,
      lastIncomplete: false,
    });
    expect(p.findings.find((f) => f.code === 'announced-count' && f.expected === 4)?.severity).toBe(
      'info',
    );
  });
});
