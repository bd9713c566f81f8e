import { describe, expect, it } from 'vitest';
import { citation } from '../../../src/lib/site/citation';

describe('citation', () => {
  it('names speaker, title, date in Chinese, paragraph, site and URL', () => {
    expect(
      citation({
        speaker: '张集智',
        title: '在全市深化“放管服”改革转变政府职能电视电话会议上的讲话',
        date: '2018-08-27',
        paragraph: 3,
        url: 'https://example.org/speeches/x/figures/y/',
        site: '讲话里的数字',
      }),
    ).toBe(
      '张集智：《在全市深化“放管服”改革转变政府职能电视电话会议上的讲话》，2018年8月27日，第3段。讲话里的数字，https://example.org/speeches/x/figures/y/',
    );
  });

  it('puts the office, when known, before the name', () => {
    expect(
      citation({
        speaker: '王予波',
        office: '云南省省长',
        title: '2026年云南省政府工作报告',
        date: '2026-01-28',
        paragraph: 12,
        url: 'https://example.org/f/',
        site: '讲话里的数字',
      }),
    ).toBe(
      '云南省省长王予波：《2026年云南省政府工作报告》，2026年1月28日，第12段。讲话里的数字，https://example.org/f/',
    );
  });
});
