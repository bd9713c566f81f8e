import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSpeech } from '../../../src/lib/speech/index';
import { completenessNotice } from '../../../src/lib/site/notice';

const seed = parseSpeech(readFileSync('content/speeches/bijie-2018-08-27-fangguanfu/source.txt'));

describe('completeness notice', () => {
  it('says plainly that the seed is a fragment, with the stated and measured lengths', () => {
    const n = completenessNotice(seed.completeness, seed.provenance, seed.findings);
    expect(n.headline).toContain('片段');
    expect(n.headline).toContain('7,312');
    expect(n.headline).toContain(seed.completeness.measuredLength.toLocaleString('zh-CN'));
    expect(n.sourceUrl).toBe('https://www.xiegongwen.com/46203.html');
  });

  it('shows every finding once: warnings and notes, minus what the headline says', () => {
    const n = completenessNotice(seed.completeness, seed.provenance, seed.findings);
    const shown = [...n.warnings, ...n.notes];
    const expected = seed.findings
      .filter((f) => f.code !== 'stated-length' && f.code !== 'length-shortfall')
      .map((f) => f.message);
    expect(shown.sort()).toEqual(expected.sort());
    expect(n.warnings.length).toBeGreaterThan(0);
  });

  it('does not call a whole text a fragment', () => {
    const whole = parseSpeech('讲话\n(2020年1月2日)\n张三\n同志们:\n今天讲一件事。\n');
    const n = completenessNotice(whole.completeness, whole.provenance, whole.findings);
    expect(whole.completeness.isFragment).toBe(false);
    expect(n.headline).not.toContain('片段');
  });

  it('gives a length of 万 characters and more in 万', () => {
    // 2,000 different sentences of seven characters after the salutation: 14,000 characters.
    const sentence = (i: number) =>
      `${Array.from({ length: 6 }, (_, k) => String.fromCodePoint(0x4e00 + i * 6 + k)).join('')}。`;
    const body = Array.from({ length: 2000 }, (_, i) => sentence(i)).join('');
    const long = parseSpeech(`讲话\n(2020年1月2日)\n张三\n同志们:\n${body}\n`);
    const n = completenessNotice(long.completeness, long.provenance, long.findings);
    expect(n.headline).toContain('约1.4万字');
  });
});
