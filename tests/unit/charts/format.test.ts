import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatDate,
  formatFigure,
  formatMultiple,
  formatNumber,
  formatPercent,
} from '../../../src/lib/charts/format';
import { FIG } from './fixtures';

describe('Chinese number formatting', () => {
  it('writes 万 and 亿 the way the speech does', () => {
    expect(formatNumber(226600)).toBe('22.66万');
    expect(formatNumber(14800)).toBe('1.48万');
    expect(formatNumber(4349000)).toBe('434.9万');
    expect(formatNumber(250000000)).toBe('2.5亿');
  });

  it('keeps numbers under 万 whole, without grouping', () => {
    expect(formatNumber(1977)).toBe('1977');
    expect(formatNumber(25.4)).toBe('25.4');
  });

  it('writes percentages as stated', () => {
    expect(formatPercent(98.99)).toBe('98.99%');
    expect(formatPercent(0.13)).toBe('0.13%');
    expect(formatPercent(40.5)).toBe('40.5%');
  });

  it('writes figures with unit and qualifier in the right place', () => {
    expect(formatFigure(FIG.firms)).toBe('22.66万户');
    expect(formatFigure(FIG.hall14800)).toBe('1.48万平方米');
    expect(formatFigure(FIG.certs8000)).toBe('8000份左右');
    expect(formatFigure(FIG.certs36960)).toBe('36960份');
    expect(formatFigure(FIG.poor10wan)).toBe('10万人以上');
    expect(formatFigure({ ...FIG.depts46, qualifier: { word: '近', bound: 'nearly' } })).toBe(
      '近46个',
    );
    expect(
      formatFigure({
        ...FIG.certs36960,
        value: 2000,
        qualifier: { word: '多', bound: 'moreThan' },
      }),
    ).toBe('2000多份');
    expect(formatFigure({ ...FIG.depts46, value: 3, valueHigh: 5 })).toBe('3个至5个');
  });

  it('writes a multiple and an ISO date the Chinese way', () => {
    expect(formatMultiple(14800 / 1200)).toBe('×12.3');
    expect(formatDate('2018-08-27')).toBe('2018年8月27日');
  });

  it('writes any whole number of hundreds from 1万 to 1亿 as a 万 value that reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 999999 }), (hundreds) => {
        const text = formatNumber(hundreds * 100);
        expect(text.endsWith('万')).toBe(true);
        expect(Math.round(Number(text.slice(0, -1)) * 100)).toBe(hundreds);
      }),
      { numRuns: 300 },
    );
  });
});
