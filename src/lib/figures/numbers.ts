/** Number forms: Arabic (with , thousands and decimals), Chinese numerals, multipliers. */

import { DIGITS, UNITS as SMALL_UNITS } from '../text/numerals';

export const MULTIPLIERS: Record<string, number> = {
  万亿: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  亿: 1e8,
  千万: 1e7,
  百万: 1e6,
  万: 1e4,
};

/** Arabic numbers; a comma group counts only as exactly three digits (1,234), not 1977个,其中. */
export const ARABIC = String.raw`\d+(?:,\d{3}(?!\d))*(?:\.\d+)?`;
/** A Chinese numeral starts with a digit or 十 (not 百/千/万, which start words like 千万不要). */
export const CHINESE = '[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿几]*';
export const MULTIPLIER = '万亿|千亿|百亿|亿|千万|百万|万';

export interface ParsedNumber {
  value: number;
  /** 十几: the written number is a lower bound. */
  lowerBound: boolean;
  /** Decimal places written (for rounding tolerance); 0 for integers and Chinese numerals. */
  decimals: number;
}

export function parseArabic(written: string): ParsedNumber {
  const plain = written.replace(/,/g, '');
  const dot = plain.indexOf('.');
  return {
    value: Number(plain),
    lowerBound: false,
    decimals: dot < 0 ? 0 : plain.length - dot - 1,
  };
}

/** 一百二十四 → 124, 两千 → 2000, 十几 → 10 (lower bound), 三万亿 → 3e12; null if malformed. */
export function parseChinese(written: string): ParsedNumber | null {
  let total = 0;
  let section = 0;
  let digit = 0;
  let lowerBound = false;
  let previousWasDigit = false;
  for (const ch of written) {
    const d = DIGITS[ch];
    const small = SMALL_UNITS[ch];
    if (d !== undefined) {
      // 一二 is an enumeration, not a number; 零 may stand between digits (一百零五).
      if (previousWasDigit && d !== 0 && digit !== 0) return null;
      digit = d;
      previousWasDigit = true;
      continue;
    }
    previousWasDigit = false;
    if (ch === '几') {
      lowerBound = true;
      digit = 0;
    } else if (small !== undefined) {
      section += (digit || 1) * small;
      digit = 0;
    } else if (ch === '万') {
      total = (total + section + digit) * 1e4;
      section = 0;
      digit = 0;
    } else if (ch === '亿') {
      total = (total + section + digit) * 1e8;
      section = 0;
      digit = 0;
    } else {
      return null;
    }
  }
  return { value: total + section + digit, lowerBound, decimals: 0 };
}

/** Whether a Chinese numeral is a lone digit (一, 三, 两): prose, not statistics, in these texts. */
export function isLoneChineseDigit(written: string): boolean {
  return written.length === 1 && DIGITS[written] !== undefined;
}

/** Parse a number as written, Arabic or Chinese. */
export function parseNumber(written: string): ParsedNumber | null {
  return /^[\d,.]+$/.test(written) ? parseArabic(written) : parseChinese(written);
}

/** Multiply without binary noise: 1.48 × 1e4 is 14800, not 14800.000000000002. */
export function scale(value: number, factor: number, decimals: number): number {
  return Number((value * factor).toFixed(Math.max(0, decimals - Math.log10(factor))));
}
