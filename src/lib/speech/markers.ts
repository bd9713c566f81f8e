import { codePointLength } from '../text/chars';
import { parseChineseInteger } from '../text/numerals';

const PART = /^([一二三四五六七八九十]+)、/u;
const POINT = /^第([一二三四五六七八九十]+)\s*[,，、:：]/u;
const ITEM = /([一二三四五六七八九十]+)是/gu;

/** What may stand right before an item marker: the paragraph start, punctuation or a space. */
const BEFORE_ITEM = /[:：;；。,，!！?？、“"(（\s]/u;

/** Headings are short and hold at most one sentence. */
const MAX_HEADING = 60;

export interface Marker {
  ordinal: number;
  /** Offsets of the marker within the string read. */
  start: number;
  end: number;
}

/** 一、“放管服”成效明显、值得肯定 — a part heading, if the line is short enough to be one. */
export const readPartMarker = (content: string): Marker | null => {
  const m = PART.exec(content);
  if (!m?.[1] || codePointLength(content) > MAX_HEADING) return null;
  const period = content.indexOf('。');
  if (period !== -1 && period !== content.length - 1) return null;
  const ordinal = parseChineseInteger(m[1]);
  return ordinal === null ? null : { ordinal, start: 0, end: m[0].length };
};

/** 第二,市场活力持续激发。 — a point marker at the start of a paragraph, comma included. */
export const readPointMarker = (content: string): Marker | null => {
  const m = POINT.exec(content);
  const ordinal = m?.[1] ? parseChineseInteger(m[1]) : null;
  return m && ordinal !== null ? { ordinal, start: 0, end: m[0].length } : null;
};

/** Every 一是 二是 … marker in a paragraph that stands after punctuation or at its start. */
export const findItemMarkers = (content: string): Marker[] =>
  Array.from(content.matchAll(ITEM)).flatMap((m) => {
    const ordinal = m[1] ? parseChineseInteger(m[1]) : null;
    const before = content[m.index - 1];
    if (ordinal === null || (before !== undefined && !BEFORE_ITEM.test(before))) return [];
    return [{ ordinal, start: m.index, end: m.index + m[0].length }];
  });

const SECTION = /^[（(]\s*([一二三四五六七八九十]+)\s*[）)]/u;
const NUMBER = /^(?:([0-9]{1,2})[.．、](?![0-9])|[（(]([0-9]{1,2})[）)])/u;

interface SectionMarker extends Marker {
  /** Offset after the heading: after its first 。, or the whole line when it has none. */
  headingEnd: number;
  /** Whether the line holds the heading and nothing more. */
  headingOnly: boolean;
}

/**
 * （一）稳定和完善宏观经济政策。… — a section heading at the start of a line, its text run on
 * or not. Whitespace inside the marker is allowed (a copy that broke "（" from "三）").
 */
export const readSectionMarker = (content: string): SectionMarker | null => {
  const m = SECTION.exec(content);
  const ordinal = m?.[1] ? parseChineseInteger(m[1]) : null;
  if (!m || ordinal === null) return null;
  const period = content.indexOf('。');
  const headingEnd = period === -1 ? content.length : period + 1;
  if (codePointLength(content.slice(0, headingEnd)) > MAX_HEADING) return null;
  return {
    ordinal,
    start: 0,
    end: m[0].length,
    headingEnd,
    headingOnly: content.slice(headingEnd).trim() === '',
  };
};

/** 1. or （1） — a numbered paragraph. */
export const readNumberMarker = (content: string): Marker | null => {
  const m = NUMBER.exec(content);
  const digits = m?.[1] ?? m?.[2];
  return m && digits ? { ordinal: Number(digits), start: 0, end: m[0].length } : null;
};
