/** Working written for a Chinese reader: 万/亿 as reports write them, 个百分点, no empty ranges. */
import { describe, expect, it } from 'vitest';
import { cn, span } from '../../../../src/lib/figures/relations/working';
import { checkOf, read } from './find';

describe('numbers in the working', () => {
  it('writes amounts in 万, 亿 and 万亿, never as raw digits', () => {
    expect(cn(677e12, '元')).toBe('677万亿元');
    expect(cn(2.18e12, '元')).toBe('2.18万亿元');
    expect(cn(7800e8, '元')).toBe('7800亿元');
    expect(cn(1977, '个')).toBe('1977个');
    const check = checkOf(read('国内生产总值达到67.7万亿元，增长6.9%。'), 'growth');
    expect(check.working.join('')).toContain('67.7万亿元 ÷');
    expect(check.working.join('')).not.toMatch(/\d{9,}/);
  });

  it('gives a range only when its ends differ (never “6个至6个”)', () => {
    expect(span(6, 6, '个')).toBe('6个');
    expect(span(99259.26, 107200, '项')).toBe('9.93万项至10.72万项');
  });

  it('writes the difference of two percentages in 个百分点', () => {
    const check = checkOf(read('城市天然气普及率从45.8%提升至77.3%。'), 'before-after');
    expect(check.working.join('')).toContain('31.5个百分点');
    expect(check.working.join('')).not.toContain('31.5%');
  });

  it('rounds a rate to as many decimals as the text wrote it: never “3%” beside 3.1%', () => {
    const check = checkOf(read('排查问题32个，整改率3.1%。'), 'ratio');
    // 1 of 32 is 3.125%, which is 3.1% to one decimal.
    expect(check.verdict).toBe('consistent');
    expect(check.working.join('')).toContain('为3.1%');
    expect(check.working.join('')).not.toContain('为3%');
  });
});
