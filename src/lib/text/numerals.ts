/** Reading numbers written with Chinese numerals or full-width digits. */

/** Chinese numeral digits (and the zeros of dates), shared by every reader of numerals. */
export const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  '○': 0,
  零: 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Positional units below 万. */
export const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Character class (for regular expressions) of the numerals `parseChineseInteger` reads. */
export const CHINESE_NUMERAL_CLASS = '〇○零Ｏ一二两三四五六七八九十百千';

/**
 * Replaces full-width digits ０–９ with ASCII 0–9. Each is one UTF-16 unit either way, so offsets
 * into the folded string are offsets into the original.
 */
export const foldFullWidthDigits = (s: string): string =>
  s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

const TRADITIONAL: Readonly<Record<string, string>> = {
  萬: '万',
  億: '亿',
  兩: '两',
  負: '负',
  點: '点',
  個: '个',
  幾: '几',
};

/**
 * Replaces the traditional forms of number characters (萬, 億, 兩, 負, 點, 個, 幾) with their
 * simplified ones, one character for one, so offsets still hold: 1.5萬個 reads as 1.5万个.
 */
export const foldTraditionalNumerals = (s: string): string =>
  s.replace(/[萬億兩負點個幾]/g, (c) => TRADITIONAL[c]!);

/**
 * The integer written in `s`: ASCII or full-width digits (2018, ２０１８), Chinese numerals read
 * digit by digit as years are written (二〇一八), or positional numerals (二十七, 一百零五, 十).
 * Returns null for anything else.
 */
export const parseChineseInteger = (s: string): number | null => {
  const folded = foldFullWidthDigits(s);
  if (/^[0-9]+$/.test(folded)) return Number(folded);
  const chars = Array.from(s);
  if (chars.length === 0 || chars.some((c) => DIGITS[c] === undefined && UNITS[c] === undefined))
    return null;
  if (!chars.some((c) => UNITS[c] !== undefined)) {
    return chars.reduce((n, c) => n * 10 + (DIGITS[c] ?? 0), 0);
  }
  let total = 0;
  let pending: number | null = null;
  for (const c of chars) {
    const unit = UNITS[c];
    if (unit === undefined) {
      pending = DIGITS[c] ?? 0;
    } else {
      total += (pending ?? 1) * unit;
      pending = null;
    }
  }
  return total + (pending ?? 0);
};
