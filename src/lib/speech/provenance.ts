import { isSourceLine, urlRanges } from './footer';
import type { Layout, RoledLine } from './layout';
import { span } from './span';
import type { Provenance, Span, SpeechMeta } from './types';
import { readPublishTime } from './clutter';
import { describeSpeech } from './display';

/** 来源：四川日报 — the value after a source label, or on the line after a label alone. */
const SOURCE = /^(?:来源|稿源|信息来源)\s*[:：]\s*(.*)$/u;
/** 新华社北京3月17日电 — the agency that opens a dateline. */
const AGENCY =
  /^(\p{Script=Han}{1,6}?(?:社|报|网|台))\p{Script=Han}{0,8}?([0-9]{1,2})月([0-9]{1,2})日[电讯]/u;

interface Found {
  name: string;
  span: Span;
}

const publisherOf = (text: string, lines: readonly RoledLine[]): Found | null => {
  for (const [k, line] of lines.entries()) {
    if (line.kind === 'source') {
      const m = SOURCE.exec(line.content);
      if (!m) continue;
      const value = m[1]?.trim().split(/\s/u)[0] ?? '';
      const next = lines[k + 1];
      if (value !== '') {
        const at = line.start + line.content.lastIndexOf(value);
        return { name: value, span: span(text, at, at + value.length) };
      }
      if (next?.kind === 'source')
        return { name: next.content, span: span(text, next.start, next.end) };
    }
    if (line.kind === 'dateline') {
      const m = AGENCY.exec(line.content);
      if (m?.[1]) return { name: m[1], span: span(text, line.start, line.start + m[1].length) };
    }
  }
  return null;
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** A dateline gives month and day: the year is the delivery's, or the next if that date is earlier. */
const datelineDate = (month: number, day: number, delivered: string | null): string | null => {
  if (!delivered) return null;
  const year = Number(delivered.slice(0, 4));
  const monthDay = `${pad(month)}-${pad(day)}`;
  return `${monthDay >= delivered.slice(5) ? year : year + 1}-${monthDay}`;
};

const publishedOf = (
  text: string,
  lines: readonly RoledLine[],
  delivered: string | null,
): { iso: string | null; span: Span } | null => {
  for (const line of lines) {
    if (line.kind === 'time') {
      const t = readPublishTime(line.content);
      if (t) return { iso: t.iso, span: span(text, line.start + t.start, line.start + t.end) };
    }
    if (line.kind === 'dateline') {
      const m = AGENCY.exec(line.content);
      if (m?.[2] && m[3]) {
        return {
          iso: datelineDate(Number(m[2]), Number(m[3]), delivered),
          span: span(text, line.start, line.end),
        };
      }
    }
  }
  return null;
};

/** The website's headline, stated length, disclaimer, source address, publisher and publish time. */
export const readProvenance = (
  text: string,
  layout: Layout,
  delivered: string | null,
): Provenance => {
  const footer = layout.lines.filter((l) => l.role === 'provenance');
  const source = footer.find((l) => isSourceLine(l.content));
  const [url] = source ? urlRanges(source.content) : [];
  const disclaimer = footer.filter((l) => l !== source);
  const first = disclaimer[0];
  const last = disclaimer.at(-1);
  const headline = layout.headline;
  const publisher = publisherOf(text, layout.lines);
  const published = publishedOf(text, layout.lines, delivered);
  return {
    headline: headline ? span(text, headline.line.start, headline.line.end) : null,
    statedLength: headline?.statedLength ?? null,
    disclaimer: first && last ? span(text, first.start, last.end) : null,
    sourceUrl: source && url ? source.content.slice(url[0], url[1]) : null,
    sourceUrlSpan: source && url ? span(text, source.start + url[0], source.start + url[1]) : null,
    publisher: publisher?.name ?? null,
    publisherSpan: publisher?.span ?? null,
    published: published?.iso ?? null,
    publishedSpan: published?.span ?? null,
  };
};

const at = (text: string, range: [number, number] | null): Span | null =>
  range ? span(text, range[0], range[1]) : null;

const compactOf = (s: Span | null): string | null => (s ? s.text.replace(/\s/gu, '') : null);

/** 在…上的讲话 — a title that names its meeting. */
const TITLE_MEETING = /^在(.+?)(?:上|中)的(?:讲话|致辞|发言|报告)/u;

/**
 * Title, date, speaker (falling back to the headline's "name:" prefix), office, venue (from the
 * delivery line, or from a title 在…上的讲话), place and the name pages use.
 */
export const readMeta = (text: string, layout: Layout): SpeechMeta => {
  const { front } = layout;
  const title = at(text, front.title);
  const venueSpan =
    at(text, front.venue) ??
    (title && TITLE_MEETING.test(title.text)
      ? span(
          text,
          title.start + 1,
          title.start + 1 + (TITLE_MEETING.exec(title.text)?.[1]?.length ?? 0),
        )
      : null);
  const officeSpan = at(text, front.office);
  const speaker = at(text, front.speaker) ?? layout.headline?.speaker ?? null;
  const date = front.date?.iso ?? null;
  const venue = compactOf(venueSpan);
  const office = compactOf(officeSpan);
  const described = describeSpeech({ title: compactOf(title), date, venue, office });
  return {
    title,
    date,
    dateSpan: at(text, front.date?.at ?? null),
    speaker,
    office,
    officeSpan,
    venue,
    venueSpan,
    place: described.place,
    displayName: described.displayName,
    salutation: front.salutation ? span(text, front.salutation.start, front.salutation.end) : null,
  };
};
