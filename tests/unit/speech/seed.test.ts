import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../src/lib/speech';
import { expectInvariants } from './invariants';
import { SEED_BYTES, SEED_TEXT, locate } from './seed';

const parsed = parseSpeech(SEED_BYTES);
const lines = SEED_TEXT.split('\n');
const allPoints = parsed.parts.flatMap((p) => p.points);

describe('the seed speech', () => {
  it('decodes as UTF-8 with LF line endings and keeps the text as received', () => {
    expect(parsed.text).toBe(SEED_TEXT);
    expect(parsed.encoding).toEqual({
      name: 'utf-8',
      bom: false,
      lineEndings: 'lf',
      replacementCharacters: 0,
    });
  });

  it('reads title, date, speaker and salutation', () => {
    expect(parsed.meta.title?.text).toBe('在全市深化“放管服”改革转变政府职能电视电话会议上的讲话');
    expect(parsed.meta.date).toBe('2018-08-27');
    expect(parsed.meta.dateSpan?.text).toBe('2018年8月27日');
    const speakerLine = SEED_TEXT.indexOf('\n张集智\n') + 1;
    expect(parsed.meta.speaker).toEqual({
      start: speakerLine,
      end: speakerLine + 3,
      text: '张集智',
    });
    expect(parsed.meta.salutation?.text).toBe('同志们:');
  });

  it('takes line 1 for the website headline with its stated length, not for the speech', () => {
    expect(parsed.provenance.headline?.text).toBe(lines[0]);
    expect(parsed.provenance.headline?.start).toBe(0);
    expect(parsed.provenance.statedLength).toBe(7312);
    expect(parsed.segments[0]?.role).toBe('headline');
    expect(parsed.paragraphs.some((p) => p.text.includes('全文7312字'))).toBe(false);
  });

  it('keeps the disclaimer and source address as provenance, not speech', () => {
    const disclaimer = lines.find((l) => l.startsWith('本文内容由')) ?? '';
    expect(parsed.provenance.disclaimer?.text).toBe(disclaimer);
    expect(parsed.provenance.sourceUrl).toBe('https://www.xiegongwen.com/46203.html');
    expect(parsed.provenance.sourceUrlSpan).toEqual({
      ...locate(SEED_TEXT, 'https://www.xiegongwen.com/46203.html'),
      text: 'https://www.xiegongwen.com/46203.html',
    });
    const provenance = parsed.segments.filter((s) => s.role === 'provenance').map((s) => s.text);
    expect(provenance).toEqual([disclaimer, lines.at(-1)]);
    const speechText = parsed.paragraphs.map((p) => p.text).join('');
    expect(speechText).not.toContain('本文内容由');
    expect(speechText).not.toContain('xiegongwen');
  });

  it('finds one part, with its heading and title', () => {
    expect(parsed.parts).toHaveLength(1);
    const [part] = parsed.parts;
    expect(part?.id).toBe('part-1');
    expect(part?.heading.text).toBe('一、“放管服”成效明显、值得肯定');
    expect(part?.title).toBe('“放管服”成效明显、值得肯定');
    expect(part?.text.endsWith('第四,保障')).toBe(true);
  });

  it('finds five points in group 1 and four in group 2, with unique readable ids', () => {
    const group1 = allPoints.filter((p) => p.group === 1);
    const group2 = allPoints.filter((p) => p.group === 2);
    expect(group1.map((p) => p.marker.text)).toEqual(['第一,', '第二,', '第三,', '第四,', '第五,']);
    expect(group2.map((p) => p.marker.text)).toEqual(['第一,', '第二,', '第三,', '第四,']);
    expect(group1.map((p) => p.ordinal)).toEqual([1, 2, 3, 4, 5]);
    expect(group2.map((p) => p.ordinal)).toEqual([1, 2, 3, 4]);
    expect(group1[1]?.id).toBe('part-1-point-2');
    expect(group2[1]?.id).toBe('part-1-g2-point-2');
    expect(group1[1]?.heading.text).toBe('第二,市场活力持续激发。');
    expect(group2[0]?.heading.text).toBe('第一,放权不够彻底。');
    expect(group2[3]?.heading.text).toBe('第四,保障');
  });

  it('reads one paragraph per body line, the lead-in to the problems belonging to no point', () => {
    const first = lines.indexOf('同志们:') + 1;
    const last = lines.indexOf('第四,保障');
    const bodyLines = lines
      .slice(first, last + 1)
      .filter((l) => !/^[一二三四五六七八九十]+、/.test(l));
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(bodyLines);
    const leadIn = parsed.paragraphs.find((p) => p.text.endsWith('以下四个方面:'));
    expect(leadIn?.point).toBeNull();
    expect(leadIn?.part).toBe('part-1');
    expect(parsed.paragraphs[0]?.part).toBeNull();
    const fifth = allPoints.find((p) => p.group === 1 && p.ordinal === 5);
    expect(fifth?.paragraphs).toHaveLength(1);
  });

  it('finds the items 一是 二是 三是 inside the problem paragraphs', () => {
    const withItems = parsed.paragraphs.filter((p) => p.items.length > 0);
    expect(withItems).toHaveLength(3);
    for (const p of withItems) {
      expect(p.items.map((i) => i.marker.text)).toEqual(['一是', '二是', '三是']);
      expect(p.items.map((i) => i.ordinal)).toEqual([1, 2, 3]);
    }
    expect(withItems[0]?.items[0]?.text.startsWith('一是明放暗不放。')).toBe(true);
    expect(withItems[0]?.items[0]?.text.endsWith('完成。')).toBe(false);
    expect(withItems[0]?.items[0]?.text.includes('二是')).toBe(false);
  });

  it('finds the four "?" with the right reading', () => {
    const artifactLine = SEED_TEXT.indexOf('\n?\n') + 1;
    const percent1 = SEED_TEXT.indexOf('34.67?%') + 5;
    const issuers = SEED_TEXT.indexOf('中共中央?国务院') + 4;
    const percent2 = SEED_TEXT.indexOf('0.13?%') + 4;
    const damage = parsed.repairs.filter((r) => r.kind !== 'punctuation');
    expect(
      damage.map(({ id, start, kind, takenFor, repaired }) => ({
        id,
        start,
        kind,
        takenFor,
        repaired,
      })),
    ).toEqual([
      { id: 'r1', start: artifactLine, kind: 'artifact-line', takenFor: null, repaired: false },
      { id: 'r2', start: percent1, kind: 'lost-character', takenFor: '', repaired: true },
      { id: 'r3', start: issuers, kind: 'lost-character', takenFor: ' ', repaired: true },
      { id: 'r4', start: percent2, kind: 'lost-character', takenFor: '', repaired: true },
    ]);
    expect(damage.every((r) => r.text === '?')).toBe(true);
    expect(parsed.segments.find((s) => s.start === artifactLine)?.role).toBe('artifact');
  });

  it('measures the speech against its stated length and calls it a fragment', () => {
    const titleAt = SEED_TEXT.indexOf(`\n${lines[2] ?? ''}\n`) + 1;
    const endAt = SEED_TEXT.indexOf('第四,保障') + '第四,保障'.length;
    const speech = SEED_TEXT.slice(titleAt, endAt).replace('\n?\n', '\n').replace(/\s/g, '');
    const c = parsed.completeness;
    expect(c.measuredLength).toBe(Array.from(speech).length);
    expect(c.statedLength).toBe(7312);
    expect(c.ratio).toBeCloseTo(c.measuredLength / 7312, 10);
    expect(c.truncatedAt).toEqual({ ...locate(SEED_TEXT, '第四,保障'), text: '第四,保障' });
    expect(c.isFragment).toBe(true);
  });

  it('compares announced counts with what is present', () => {
    expect(parsed.completeness.announced.map((a) => ({ ...a, phrase: a.phrase.text }))).toEqual([
      { phrase: '三点意见', expected: 3, present: 1, counts: 'parts', lastIncomplete: true },
      { phrase: '四个方面', expected: 4, present: 4, counts: 'points', lastIncomplete: true },
    ]);
  });

  it('reports each finding in Chinese', () => {
    const codes = parsed.findings.map((f) => f.code);
    for (const code of [
      'website-headline',
      'stated-length',
      'length-shortfall',
      'announced-count',
      'truncated',
      'provenance-footer',
      'lost-characters',
      'ascii-punctuation',
    ] as const) {
      expect(codes, code).toContain(code);
    }
    for (const code of [
      'bom',
      'line-endings',
      'encoding',
      'full-width-digits',
      'clutter',
      'empty',
    ] as const) {
      expect(codes, code).not.toContain(code);
    }
    const shortfall = parsed.findings.find((f) => f.code === 'length-shortfall');
    expect(shortfall?.message).toContain('7312');
    expect(shortfall?.message).toContain(String(parsed.completeness.measuredLength));
    expect(parsed.findings.find((f) => f.code === 'truncated')?.message).toContain('第四，保障');
    expect(parsed.findings.find((f) => f.code === 'lost-characters')?.actual).toBe(4);
  });

  it('counts the ASCII punctuation of the speech, leaving out the lost characters', () => {
    const titleAt = SEED_TEXT.indexOf(`\n${lines[2] ?? ''}\n`) + 1;
    const endAt = SEED_TEXT.indexOf('第四,保障') + '第四,保障'.length;
    const marks = SEED_TEXT.slice(titleAt, endAt).match(/[,;:()!]/g) ?? [];
    expect(parsed.findings.find((f) => f.code === 'ascii-punctuation')?.actual).toBe(marks.length);
  });

  it('keeps every span true to the text and covers it losslessly', () => {
    expectInvariants(parsed);
  });
});
