import { expect } from 'vitest';
import type { ParsedSpeech, Span } from '../../../src/lib/speech';

/** Every object anywhere in `value` that has the shape of a Span, with where it was found. */
export const collectSpans = (value: unknown, path = '$'): Array<[string, Span]> => {
  if (value === null || typeof value !== 'object') return [];
  const here: Array<[string, Span]> = [];
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
    here.push([path, o as unknown as Span]);
  }
  for (const [key, child] of Object.entries(o)) here.push(...collectSpans(child, `${path}.${key}`));
  return here;
};

/** What must hold for any parse of any input. */
export const expectInvariants = (parsed: ParsedSpeech): void => {
  const { text } = parsed;

  // One assertion over all spans (a parse holds hundreds), naming the paths of any that are off.
  const untrue = collectSpans(parsed)
    .filter(
      ([, s]) =>
        !(
          s.start >= 0 &&
          s.end >= s.start &&
          s.end <= text.length &&
          text.slice(s.start, s.end) === s.text
        ),
    )
    .map(([path]) => path);
  expect(untrue).toEqual([]);

  let cursor = 0;
  for (const segment of parsed.segments) {
    expect(segment.start).toBe(cursor);
    expect(segment.end).toBeGreaterThan(segment.start);
    cursor = segment.end;
  }
  expect(cursor).toBe(text.length);
  expect(parsed.segments.map((s) => s.text).join('')).toBe(text);

  expect(parsed.paragraphs.map((p) => p.id)).toEqual(parsed.paragraphs.map((_, k) => `p${k + 1}`));
  const damage = parsed.repairs.filter((r) => r.kind !== 'punctuation');
  const marks = parsed.repairs.filter((r) => r.kind === 'punctuation');
  expect(damage.map((r) => r.id)).toEqual(damage.map((_, k) => `r${k + 1}`));
  expect(marks.map((r) => r.id)).toEqual(marks.map((_, k) => `p${k + 1}`));
  // Each is one ASCII mark shown as its full-width form; the source keeps what was received.
  const asWritten = marks.filter(
    (r) =>
      /^[,;:()!?]$/.test(r.text) &&
      r.repaired &&
      r.takenFor === String.fromCharCode(r.text.charCodeAt(0) + 0xfee0),
  );
  expect(asWritten.length).toBe(marks.length);
  const repairStarts = parsed.repairs.map((r) => r.start);
  expect(repairStarts).toEqual([...repairStarts].sort((a, b) => a - b));

  const points = [...(parsed.pointsOutsideParts ?? []), ...parsed.parts.flatMap((p) => p.points)];
  const ids = [
    ...parsed.parts.map((p) => p.id),
    ...points.map((p) => p.id),
    ...parsed.paragraphs.map((p) => p.id),
  ];
  expect(new Set(ids).size).toBe(ids.length);

  const paragraphIds = new Set(parsed.paragraphs.map((p) => p.id));
  for (const p of points) for (const id of p.paragraphs) expect(paragraphIds.has(id)).toBe(true);
  for (const p of parsed.paragraphs) {
    if (p.point !== null) expect(points.some((q) => q.id === p.point)).toBe(true);
    if (p.part !== null) expect(parsed.parts.some((q) => q.id === p.part)).toBe(true);
  }
  for (const f of parsed.findings) expect(f.message).toMatch(/\p{Script=Han}/u);
  for (const r of parsed.repairs) expect(r.note).toMatch(/\p{Script=Han}/u);
};
