import type { RoledLine } from './layout';
import {
  findItemMarkers,
  readNumberMarker,
  readPartMarker,
  readPointMarker,
  readSectionMarker,
} from './markers';
import { span } from './span';
import type { Item, Paragraph, Part, Point, Section } from './types';

export interface Structure {
  parts: Part[];
  paragraphs: Paragraph[];
  /** Points that stand before any part heading (speeches without 一、 parts). */
  pointsOutsideParts: Point[];
}

/** Where points and items are counted: one part, or the body before the first part. */
interface Scope {
  part: Part | null;
  groups: number;
  lastPoint: Point | null;
  /** The point that the current paragraph continues; null after a lead-in or a heading. */
  open: Point | null;
  lastItem: number;
  section: Section | null;
}

const pointId = (part: Part | null, group: number, ordinal: number): string =>
  `${part ? `${part.id}-` : ''}${group > 1 ? `g${group}-` : ''}point-${ordinal}`;

const isOpener = (line: RoledLine | undefined): boolean =>
  line?.role === 'paragraph' && readPointMarker(line.content)?.ordinal === 1;

/** Whether a 第N marker continues the scope's points: 第一 always starts a group, 第N follows N−1. */
const acceptsPoint = (scope: Scope, ordinal: number): boolean =>
  ordinal === 1 || scope.lastPoint === null || scope.lastPoint.ordinal === ordinal - 1;

const readItems = (text: string, line: RoledLine, scope: Scope): Item[] => {
  const markers = findItemMarkers(line.content).filter((m) => {
    const accepted = m.ordinal === 1 || m.ordinal === scope.lastItem + 1;
    if (accepted) scope.lastItem = m.ordinal;
    return accepted;
  });
  return markers.map((m, k) => {
    const start = line.start + m.start;
    const end = line.start + (markers[k + 1]?.start ?? line.content.length);
    return {
      ...span(text, start, end),
      ordinal: m.ordinal,
      marker: span(text, start, line.start + m.end),
    };
  });
};

const numberOf = (text: string, line: RoledLine): Paragraph['number'] => {
  const marker = readNumberMarker(line.content);
  return marker
    ? { ordinal: marker.ordinal, marker: span(text, line.start, line.start + marker.end) }
    : null;
};

const extendTo = (
  target: { start: number; end: number; text: string },
  text: string,
  end: number,
) => {
  target.end = end;
  target.text = text.slice(target.start, end);
};

const emptyScope = (part: Part | null): Scope => ({
  part,
  groups: 0,
  lastPoint: null,
  open: null,
  lastItem: 0,
  section: null,
});

/** Opens a section at a （一） heading that follows the one before it (or is the first). */
const openSection = (text: string, line: RoledLine, scope: Scope): Section | null => {
  const marker = readSectionMarker(line.content);
  const last = scope.section?.ordinal ?? 0;
  if (!marker || !scope.part || (marker.ordinal !== 1 && marker.ordinal !== last + 1)) return null;
  const heading = span(text, line.start, line.start + marker.headingEnd);
  const section: Section = {
    ...heading,
    id: `${scope.part.id}-section-${marker.ordinal}`,
    ordinal: marker.ordinal,
    marker: span(text, line.start, line.start + marker.end),
    heading,
    title: line.content.slice(marker.end, marker.headingEnd).replace(/\s/gu, ''),
    paragraphs: [],
  };
  scope.part.sections.push(section);
  extendTo(scope.part, text, line.end);
  scope.section = section;
  scope.lastItem = 0;
  return section;
};

/**
 * Builds parts (一、), sections (（一）), points (第一,) in numbered groups, items (一是),
 * numbered paragraphs (1. （1）) and paragraphs from the body lines. A heading line that is only
 * a section's heading opens the section and is no paragraph. A paragraph that leads into a new
 * group of points (…以下四个方面:) belongs to no point; other paragraphs continue the point
 * before them.
 */
export const buildStructure = (text: string, lines: readonly RoledLine[]): Structure => {
  const body = lines.filter((l) => l.role === 'heading' || l.role === 'paragraph');
  const parts: Part[] = [];
  const paragraphs: Paragraph[] = [];
  const pointsOutsideParts: Point[] = [];
  let scope = emptyScope(null);

  body.forEach((line, index) => {
    const partMarker = line.role === 'heading' ? readPartMarker(line.content) : null;
    if (partMarker) {
      const heading = span(text, line.start, line.end);
      const part: Part = {
        ...heading,
        id: `part-${partMarker.ordinal}`,
        ordinal: partMarker.ordinal,
        heading,
        title: line.content.slice(partMarker.end).trim(),
        sections: [],
        points: [],
        paragraphs: [],
      };
      parts.push(part);
      scope = emptyScope(part);
      return;
    }
    const section = openSection(text, line, scope);
    if (section && line.role === 'heading') return;
    const pointMarker = readPointMarker(line.content);
    if (pointMarker && acceptsPoint(scope, pointMarker.ordinal)) {
      if (pointMarker.ordinal === 1 || scope.groups === 0) scope.groups++;
      const period = line.content.indexOf('。');
      const headingEnd = line.start + (period === -1 ? line.content.length : period + 1);
      const point: Point = {
        ...span(text, line.start, line.end),
        id: pointId(scope.part, scope.groups, pointMarker.ordinal),
        ordinal: pointMarker.ordinal,
        marker: span(text, line.start, line.start + pointMarker.end),
        heading: span(text, line.start, headingEnd),
        group: scope.groups,
        paragraphs: [],
      };
      (scope.part ? scope.part.points : pointsOutsideParts).push(point);
      scope.lastPoint = point;
      scope.open = point;
      scope.lastItem = 0;
    } else if (isOpener(body[index + 1])) {
      scope.open = null;
    }
    const ordinal = paragraphs.length + 1;
    const paragraph: Paragraph = {
      ...span(text, line.start, line.end),
      id: `p${ordinal}`,
      ordinal,
      part: scope.part?.id ?? null,
      section: scope.section?.id ?? null,
      point: scope.open?.id ?? null,
      number: numberOf(text, line),
      items: readItems(text, line, scope),
    };
    paragraphs.push(paragraph);
    if (scope.open) {
      scope.open.paragraphs.push(paragraph.id);
      extendTo(scope.open, text, line.end);
    }
    if (scope.section) {
      scope.section.paragraphs.push(paragraph.id);
      extendTo(scope.section, text, line.end);
    }
    if (scope.part) {
      scope.part.paragraphs.push(paragraph.id);
      extendTo(scope.part, text, line.end);
    }
  });
  return { parts, paragraphs, pointsOutsideParts };
};
