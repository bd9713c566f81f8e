/**
 * Number forms as speeches write them: Arabic (1,234.5), Chinese numerals (一百零五), the two
 * mixed (3万2千, 2千零30万), multipliers (22.66万, 4.78万亿), colloquial endings (四百五 = 450,
 * 一万二 = 12000), Chinese decimals (十五点七), 几 and 多/余 inside a number (二十几万, 1亿5千多万)
 * and a written sign (-6.8, 负三十二).
 */
import { DIGITS, UNITS as SMALL_UNITS } from '../text/numerals';

/** Arabic numbers; a comma group counts only as exactly three digits (1,234), not 1977个,其中. */
const ARABIC = String.raw`\d+(?:,\d{3}(?!\d))*(?:\.\d+)?`;
const BIG: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };
const DIGIT_CLASS = '零〇一二两三四五六七八九';
// 两 is not a decimal digit: 一点两小时 is 一 and 两, not 1.2.
const DECIMAL_CLASS = '零〇一二三四五六七八九';
// A unit that starts with a place character ends the number before it: 万千瓦, 5百分点.
const PLACE = '十|百(?!分)|千(?![瓦米克伏卡帕])|万|亿';
const SIGN = '[-−－]|负';

/**
 * The extent of one written number, sign included. It starts with a digit or 十 (not 百/千/万,
 * which start words such as 千万不要); 多/余 stay inside only before a place (十多万, 1亿5千多万).
 */
export const NUMBER_RUN = String.raw`(?:${SIGN})?(?:${ARABIC}|[${DIGIT_CLASS}十])(?:${ARABIC}|[${DIGIT_CLASS}几]|${PLACE}|点(?=[${DECIMAL_CLASS}])|[多余](?=[十百千万亿]))*`;

export interface ParsedNumber {
  /** The value, sign applied. */
  value: number;
  /** 十几, 二十几万: the written number is a lower bound. */
  lowerBound: boolean;
  /** 多 or 余 written inside the number (3万2千多, 十多万), or null. */
  more: '多' | '余' | null;
  /** Decimal places written (for rounding tolerance); 0 for integers. */
  decimals: number;
  /** Place value of the last written digit: 22.66万 → 100, 3万 → 10000, 1200 → 1. */
  place: number;
  /** The number ends in 万 or 亿 (22.66万, 三万): stated to that place, so rounded. */
  endsInMultiplier: boolean;
  /** Written with a sign: -6.8, −5, 负三十二. */
  signed: boolean;
}

/** a × factor without binary noise: 1.48 × 1e4 is 14800, not 14800.000000000002. */
export function scale(value: number, factor: number, decimals: number): number {
  return Number((value * factor).toFixed(Math.max(0, Math.ceil(decimals - Math.log10(factor)))));
}

const TOKEN = new RegExp(`${ARABIC}|点[${DECIMAL_CLASS}]+|[\\s\\S]`, 'g');

/** Reading state: 亿 groups, 万 groups, the section below 万, and the digit not yet placed. */
interface State {
  high: number;
  mid: number;
  section: number;
  digit: number | null;
  /** The pending digit is one Chinese numeral right after a place (四百五): colloquial. */
  colloquialPlace: number | null;
  /** Place of the token just read, when it was 十/百/千/万/亿. */
  afterPlace: number | null;
  decimals: number;
  place: number;
  digitPlace: number;
  /** A Chinese decimal (点) was read: no 十/百/千 may follow it (三点五十 is a time). */
  pointRead: boolean;
  endsInMultiplier: boolean;
}

/** The pending digit's value: 四百五's 五 is 50, 一万三's 三 is 3000, 一千零五's 五 is 5. */
function pending(s: State): number {
  if (s.digit === null) return 0;
  return s.colloquialPlace === null ? s.digit : s.digit * (s.colloquialPlace / 10);
}

/** 十/百/千 after a digit (or alone: 十五, 零十 = 10); 1.5千 keeps its decimals. */
function placeDigit(s: State, u: number): void {
  const digit = s.digit === null || s.digit === 0 ? 1 : s.digit;
  s.section = scale(s.section + digit * u, 1, s.decimals);
  s.place = s.digitPlace * u;
  s.digit = null;
  s.colloquialPlace = null;
  s.afterPlace = u;
  s.endsInMultiplier = false;
}

function multiply(s: State, factor: number): void {
  const group = s.section + pending(s);
  if (s.digit !== null && s.colloquialPlace !== null) s.place = s.colloquialPlace / 10;
  if (factor === 1e4) {
    if (group === 0) {
      // 万万 (四万万): the 万 applies to everything before it.
      s.high = scale(s.high + s.mid, 1e4, s.decimals);
      s.mid = 0;
    } else s.mid += scale(group, 1e4, s.decimals);
  } else {
    s.high = scale(s.high + s.mid + group, 1e8, s.decimals);
    s.mid = 0;
  }
  s.place *= factor;
  s.section = 0;
  s.digit = null;
  s.colloquialPlace = null;
  s.afterPlace = factor;
  s.endsInMultiplier = true;
}

/** Reads one token; false when the run is not a number (一二, 十四五, 三点五十). */
function readToken(s: State, token: string): boolean {
  const wasAfterPlace = s.afterPlace;
  s.afterPlace = null;
  if (/^\d/.test(token)) {
    if (s.digit !== null && s.digit !== 0) return false;
    const plain = token.replace(/,/g, '');
    const dot = plain.indexOf('.');
    s.decimals = dot < 0 ? 0 : plain.length - dot - 1;
    s.digit = Number(plain);
    s.digitPlace = 10 ** -s.decimals;
    s.place = s.digitPlace;
    s.colloquialPlace = null;
    s.endsInMultiplier = false;
    return true;
  }
  if (token.startsWith('点')) {
    const fraction = [...token.slice(1)].map((c) => DIGITS[c]!).join('');
    const whole = s.section + pending(s);
    s.decimals = fraction.length;
    s.digit = Number(`${whole}.${fraction}`);
    s.digitPlace = 10 ** -s.decimals;
    s.place = s.digitPlace;
    s.section = 0;
    s.colloquialPlace = null;
    s.pointRead = true;
    s.endsInMultiplier = false;
    return true;
  }
  const d = DIGITS[token];
  if (d !== undefined) {
    // 一二 is an enumeration, not a number; 零 may stand between digits (一百零五).
    if (s.digit !== null && s.digit !== 0) return false;
    s.digit = d;
    s.digitPlace = 1;
    s.place = 1;
    s.colloquialPlace = d !== 0 && wasAfterPlace !== null ? wasAfterPlace : null;
    s.endsInMultiplier = false;
    return true;
  }
  const small = SMALL_UNITS[token];
  if (small !== undefined) {
    if (s.pointRead) return false;
    placeDigit(s, small);
    return true;
  }
  const big = BIG[token];
  if (big === undefined) return false;
  multiply(s, big);
  return true;
}

/**
 * Parse a number as written: 22.66万, 3万2千, 两千四百五, 十五点七, 负三十二, 二十几万, 1亿5千多万.
 * Returns null for what is not one number: enumerations (一二), slogans (十四五), times (三点五十).
 */
export function parseNumber(written: string): ParsedNumber | null {
  const signMatch = new RegExp(`^(?:${SIGN})`).exec(written);
  const body = written.slice(signMatch?.[0].length ?? 0);
  if (body === '') return null;
  const s: State = {
    high: 0,
    mid: 0,
    section: 0,
    digit: null,
    colloquialPlace: null,
    afterPlace: null,
    decimals: 0,
    place: 1,
    digitPlace: 1,
    pointRead: false,
    endsInMultiplier: false,
  };
  let lowerBound = false;
  let more: ParsedNumber['more'] = null;
  for (const [token] of body.matchAll(TOKEN)) {
    if (token === '几') {
      if (s.digit !== null && s.digit !== 0) return null;
      lowerBound = true;
      s.digit = 0;
      s.colloquialPlace = null;
      s.afterPlace = null;
    } else if (token === '多' || token === '余') {
      if (more !== null) return null;
      more = token;
      s.afterPlace = null;
    } else if (!readToken(s, token)) return null;
  }
  const magnitude = s.high + s.mid + s.section + pending(s);
  if (s.digit !== null && s.colloquialPlace !== null) s.place = s.colloquialPlace / 10;
  if (!Number.isFinite(magnitude)) return null;
  const signed = signMatch !== null;
  return {
    value: signed ? -magnitude : magnitude,
    lowerBound,
    more,
    decimals: s.decimals,
    place: s.place,
    endsInMultiplier: s.endsInMultiplier,
    signed,
  };
}

/** Whether a Chinese numeral is a lone digit (一, 三, 两): prose, not statistics, in these texts. */
export function isLoneChineseDigit(written: string): boolean {
  return written.length === 1 && DIGITS[written] !== undefined;
}
