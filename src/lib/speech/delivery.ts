/**
 * The line that says when and where a speech was delivered, as official copies write it:
 * ——2026年1月28日在云南省第十四届人民代表大会第四次会议上, the same in brackets, run into
 * the title (政府工作报告——2016年3月5日在…会议上国务院总理 李克强) or written in Chinese
 * numerals (二〇一六年三月五日). Read on text with whitespace taken out, so a line broken in two
 * reads as one.
 */
import { findDate } from './date';

export interface Delivery {
  /** Offsets into the compact text read. */
  title: [number, number] | null;
  date: { iso: string; at: [number, number] };
  venue: [number, number] | null;
  /** Whatever follows: an office and a name, or an office alone (国务院总理). */
  rest: [number, number] | null;
  /** The line says 在… after the date but the meeting's name does not close: it goes on. */
  open: boolean;
}

const OPENER = /(?:——|—|－－|--|[(（])$/u;
const MEETING =
  /^在(.{2,60}?(?:会议|大会|座谈会|论坛|典礼|仪式|年会|峰会))(?:开幕式|闭幕式)?上(?:的(?:讲话|报告|发言|致辞|主题演讲))?/u;
const MAX_LINE = 120;
const MAX_TITLE = 40;
const MAX_REST = 30;

export const readDelivery = (text: string): Delivery | null => {
  if (text.length > MAX_LINE) return null;
  const found = findDate(text);
  if (!found) return null;
  const before = text.slice(0, found.start);
  const opener = OPENER.exec(before);
  const titleEnd = before.length - (opener?.[0].length ?? 0);
  if (titleEnd > MAX_TITLE || /[。，,；;：:]/u.test(before)) return null;
  const after = text.slice(found.end);
  const meeting = MEETING.exec(after);
  const open = !meeting && after.startsWith('在') && !/[。，,]/u.test(after);
  if (!meeting && !opener && titleEnd > 0) return null;
  let at = found.end + (meeting?.[0].length ?? 0);
  if (/^[)）]/u.test(text.slice(at))) at++;
  const rest = open ? '' : text.slice(at);
  if (rest.length > MAX_REST || /[。，,；;]/u.test(rest)) return null;
  return {
    title: titleEnd > 0 ? [0, titleEnd] : null,
    date: { iso: found.iso, at: [found.start, found.end] },
    venue: meeting?.[1] ? [found.end + 1, found.end + 1 + meeting[1].length] : null,
    rest: rest.length > 0 ? [at, text.length] : null,
    open,
  };
};
