import { describe, expect, it } from 'vitest';
import { foldFullWidthDigits, parseChineseInteger } from '../../../src/lib/text/numerals';
import { findDate } from '../../../src/lib/speech/date';

describe('parseChineseInteger', () => {
  it.each([
    ['2018', 2018],
    ['２０１８', 2018],
    ['二〇一八', 2018],
    ['二○一八', 2018],
    ['八', 8],
    ['十', 10],
    ['十二', 12],
    ['二十七', 27],
    ['三十一', 31],
    ['一百零五', 105],
    ['两', 2],
  ])('reads %s as %d', (s, n) => expect(parseChineseInteger(s)).toBe(n));

  it.each(['', '十a', 'abc', '第一'])('refuses %j', (s) =>
    expect(parseChineseInteger(s)).toBeNull(),
  );
});

describe('foldFullWidthDigits', () => {
  it('keeps length, so offsets carry over', () => {
    const s = '（２０１８年８月２７日）';
    expect(foldFullWidthDigits(s)).toBe('（2018年8月27日）');
    expect(foldFullWidthDigits(s)).toHaveLength(s.length);
  });
});

describe('findDate', () => {
  it.each([
    ['(2018年8月27日)', '2018-08-27'],
    ['２０１８年８月２７日', '2018-08-27'],
    ['二〇一八年八月二十七日', '2018-08-27'],
    ['2020年2月29日', '2020-02-29'],
    ['2018年 8 月 7 日', '2018-08-07'],
  ])('reads %s as %s', (s, iso) => expect(findDate(s)?.iso).toBe(iso));

  it.each(['2018年2月30日', '2019年2月29日', '2018年13月1日', '2018年8月', '8月27日'])(
    'refuses %s',
    (s) => expect(findDate(s)).toBeNull(),
  );
});
