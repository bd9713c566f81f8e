import type { RoledLine } from './layout';
import { findItemMarkers, readPartMarker, readPointMarker } from './markers';
import { span } from './span';
import type { Item, Paragraph, Part, Point } from './types';

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

const extendTo = (
  target: { start: number; end: number; text: string },
  text: string,
  end: number,
) => {
  target.end = end;
  target.text = text.slice(target.start, end);
};

/**
 * Builds parts (一、), points (第一,) in numbered groups, items (一是) and paragraphs from the
 * body lines. A paragraph that leads into a new group of points (…以下四个方面:) belongs to no
 * point; other paragraphs continue the point before them.
 */
export const buildStructure = (text: string, lines: readonly RoledLine[]): Structure => {
  const body = lines.filter((l) => l.role === 'heading' || l.role === 'paragraph');
  const parts: Part[] = [];
  const paragraphs: Paragraph[] = [];
  const pointsOutsideParts: Point[] = [];
  let scope: Scope = { part: null, groups: 0, lastPoint: null, open: null, lastItem: 0 };

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
        points: [],
        paragraphs: [],
      };
      parts.push(part);
      scope = { part, groups: 0, lastPoint: null, open: null, lastItem: 0 };
      return;
    }
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
      point: scope.open?.id ?? null,
      items: readItems(text, line, scope),
    };
    paragraphs.push(paragraph);
    if (scope.open) {
      scope.open.paragraphs.push(paragraph.id);
      extendTo(scope.open, text, line.end);
    }
    if (scope.part) {
      scope.part.paragraphs.push(paragraph.id);
      extendTo(scope.part, text, line.end);
    }
  });
  return { parts, paragraphs, pointsOutsideParts };
};
