import { parseChineseInteger } from '../text/numerals';
import type { RoledLine } from './layout';
import { readPointMarker, readSectionMarker } from './markers';
import { span, within } from './span';
import type { AnnouncedCount, Point, Span } from './types';
import type { Structure } from './structure';

/**
 * 讲三点意见, 以下四个方面, 重点做好以下10个方面工作, 具体抓好9个方面工作 — a speaker announcing
 * how many parts, sections or points follow.
 */
const ANNOUNCEMENT =
  /(?:讲|谈|提|强调|以下|如下|下面|主要有|体现在|表现在|包括|分为|做好|抓好)[^,，。;；:：!！?？]{0,6}?([一二三四五六七八九十两]+|[0-9]{1,2})(?:点|个方面|个问题|个部分|条)(?:意见|看法|想法|体会|要求|建议|问题|内容|工作)?/gu;

const lastAnnouncement = (
  line: RoledLine,
): { phrase: [number, number]; expected: number } | null => {
  const m = Array.from(line.content.matchAll(ANNOUNCEMENT)).at(-1);
  const numeral = m?.[1];
  const expected = numeral
    ? /^[0-9]+$/u.test(numeral)
      ? Number(numeral)
      : parseChineseInteger(numeral)
    : null;
  if (!m || !numeral || expected === null || expected < 2) return null;
  const start = m.index + m[0].lastIndexOf(numeral);
  return { phrase: [start, m.index + m[0].length], expected };
};

const lastIncomplete = (last: Span | undefined, truncatedAt: Span | null): boolean =>
  last !== undefined && truncatedAt !== null && within(truncatedAt, last);

/**
 * Each point's group, by the point's start: made once, so that many announcements do not each
 * search every point of the speech.
 */
const groupsByStart = (structure: Structure): Map<number, Point[]> => {
  const byStart = new Map<number, Point[]>();
  for (const points of [structure.pointsOutsideParts, ...structure.parts.map((p) => p.points)]) {
    const groups = new Map<Point['group'], Point[]>();
    for (const p of points) {
      const group = groups.get(p.group);
      if (group) group.push(p);
      else groups.set(p.group, [p]);
    }
    for (const p of points) if (!byStart.has(p.start)) byStart.set(p.start, groups.get(p.group)!);
  }
  return byStart;
};

/** Index of the first part that starts after `at` (parts are in order). */
const firstPartAfter = (structure: Structure, at: number): number => {
  const { parts } = structure;
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (parts[mid]!.start > at) high = mid;
    else low = mid + 1;
  }
  return low;
};

/**
 * Announcements of what follows, and how much of it is there. An announcement counts parts when a
 * part heading follows its paragraph, points when a group's 第一 follows it, and whatever is more
 * likely (parts before the first heading, points after) when nothing follows because the text ends.
 */
export const findAnnouncements = (
  text: string,
  lines: readonly RoledLine[],
  structure: Structure,
  truncatedAt: Span | null,
): AnnouncedCount[] => {
  const body = lines.filter((l) => l.role === 'heading' || l.role === 'paragraph');
  const groups = groupsByStart(structure);
  return body.flatMap((line, index): AnnouncedCount[] => {
    if (line.role !== 'paragraph') return [];
    const found = lastAnnouncement(line);
    if (!found) return [];
    const phrase = span(text, line.start + found.phrase[0], line.start + found.phrase[1]);
    const next = body[index + 1];
    const announce = (
      counts: AnnouncedCount['counts'],
      present: number,
      last: Span | undefined,
    ): AnnouncedCount[] => [
      {
        phrase,
        expected: found.expected,
        present,
        counts,
        lastIncomplete: lastIncomplete(last, truncatedAt),
      },
    ];
    if (next && readSectionMarker(next.content)?.ordinal === 1) {
      const part = structure.parts.find((p) => p.start <= line.start && line.end <= p.end);
      const sections = (part?.sections ?? []).filter((s) => s.start > line.end);
      return announce('sections', sections.length, sections.at(-1));
    }
    if (next?.role === 'heading') {
      const { parts } = structure;
      const first = firstPartAfter(structure, line.end);
      return announce(
        'parts',
        parts.length - first,
        first < parts.length ? parts.at(-1) : undefined,
      );
    }
    if (next && readPointMarker(next.content)?.ordinal === 1) {
      const group = groups.get(next.start) ?? [];
      return announce('points', group.length, group.at(-1));
    }
    if (!next) {
      const counts = structure.parts.some((p) => p.start < line.start) ? 'points' : 'parts';
      return announce(counts, 0, undefined);
    }
    return [];
  });
};
