import { parseChineseInteger } from '../text/numerals';

const YEAR = '([0-9０-９]{4}|[〇○零Ｏ一二三四五六七八九]{4})';
const MONTH_OR_DAY = '([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})';
const DATE = new RegExp(`${YEAR}\\s*年\\s*${MONTH_OR_DAY}\\s*月\\s*${MONTH_OR_DAY}\\s*日`, 'u');

/** What a date line may hold beside the date: brackets, and a short note such as ,根据录音整理. */
const MAX_DATE_LINE = 40;
const MAX_BEFORE_DATE = 1;
const MAX_AFTER_DATE = 20;

const daysInMonth = (year: number, month: number): number => {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export interface FoundDate {
  iso: string;
  /** Offsets of the date expression within the string searched. */
  start: number;
  end: number;
}

/** The first valid calendar date written as Y年M月D日 (Arabic, full-width or Chinese numerals). */
export const findDate = (s: string): FoundDate | null => {
  const m = DATE.exec(s);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const year = parseChineseInteger(m[1]);
  const month = parseChineseInteger(m[2]);
  const day = parseChineseInteger(m[3]);
  if (year === null || month === null || day === null) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return {
    iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
    start: m.index,
    end: m.index + m[0].length,
  };
};

/** A line that is a date and little else: (2018年8月27日), （二〇一八年八月二十七日）. */
export const readDateLine = (content: string): FoundDate | null => {
  if (content.length > MAX_DATE_LINE) return null;
  const found = findDate(content);
  if (!found || found.start > MAX_BEFORE_DATE || content.length - found.end > MAX_AFTER_DATE)
    return null;
  return found;
};
