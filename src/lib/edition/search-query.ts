/**
 * Querying the search index: every word of the query must match. A word that is a number
 * (193, 22.66, 22.66万, ２２.６６) matches a figure written with that number or worth that
 * value (22.66万 finds 226600), and never the digits inside a longer number (193 does not find
 * 1930); any other word matches as written, character for character, so Chinese needs no
 * segmenting. Pure, so the page's script and the tests share it.
 */
import type { IndexedFigure, IndexedParagraph, IndexedSpeech, SearchIndex } from './search-index';

export interface SearchFilters {
  place?: string;
  year?: number;
  unit?: string;
}

export interface FigureHit {
  figure: IndexedFigure;
  speech: IndexedSpeech;
}

export interface ParagraphHit {
  paragraph: IndexedParagraph;
  speech: IndexedSpeech;
  /** Where the first word matched in the paragraph's text, [from, to), for an excerpt. */
  match: [number, number];
}

export interface SearchResults {
  figures: FigureHit[];
  paragraphs: ParagraphHit[];
}

interface Term {
  pattern: RegExp;
  /** The value a number word stands for (22.66万 → 226600), or null for other words. */
  value: number | null;
}

const SCALE: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const NUMBER = /^([+-]?\d+(?:\.\d+)?)(万亿|万|亿)?$/;

/**
 * Full-width digits, letters and signs as their ASCII forms, so ２２.６６ finds 22.66. Character
 * by character, keeping any whose form would change length (㎡), so a match's offsets in the
 * normalized text are its offsets in the text as shown.
 */
export function normalize(text: string): string {
  return [...text]
    .map((c) => {
      const n = c.normalize('NFKC').replace(/[−–]/g, '-').toLowerCase();
      return n.length === c.length ? n : c;
    })
    .join('');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function parseQuery(query: string): Term[] {
  return normalize(query)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const m = NUMBER.exec(word);
      if (!m) return { pattern: new RegExp(escape(word)), value: null };
      return {
        // Not part of a longer number: no digit or decimal point on either side.
        pattern: new RegExp(`(?<![\\d.])${escape(word)}(?!\\d|\\.\\d)`),
        value: Number(m[1]) * SCALE[m[2] ?? '']!,
      };
    });
}

const sameValue = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The text each figure and paragraph is searched in, normalized once per index. */
interface Haystacks {
  figures: string[];
  subjects: string[];
  paragraphs: string[];
}

const prepared = new WeakMap<SearchIndex, Haystacks>();

function haystacks(index: SearchIndex): Haystacks {
  const known = prepared.get(index);
  if (known) return known;
  const made: Haystacks = {
    // A figure is found by what it measures and how it is written; its sentence stands in
    // only when no subject was found, so one word does not bring up every figure of a paragraph.
    figures: index.figures.map((f) =>
      normalize([f.display, f.subject || sentenceOf(index, f), f.unit].join('\n')),
    ),
    subjects: index.figures.map((f) => normalize(f.subject)),
    paragraphs: index.paragraphs.map((p) => normalize(p.text)),
  };
  prepared.set(index, made);
  return made;
}

/** A figure's sentence as readers see it. */
export function sentenceOf(index: SearchIndex, f: IndexedFigure): string {
  const p = index.paragraphs.find((q) => q.speech === f.speech && q.id === f.paragraph);
  return p ? p.text.slice(...f.sentence).trim() : '';
}

export function search(
  index: SearchIndex,
  query: string,
  filters: SearchFilters = {},
): SearchResults {
  const terms = parseQuery(query);
  const hay = haystacks(index);
  const speechOk = (i: number): boolean => {
    const s = index.speeches[i]!;
    return (
      (filters.place === undefined || s.place === filters.place) &&
      (filters.year === undefined || s.year === filters.year)
    );
  };
  const figures = index.figures
    .map((figure, order) => ({ figure, order }))
    .filter(
      ({ figure: f, order }) =>
        speechOk(f.speech) &&
        (filters.unit === undefined || f.unit === filters.unit) &&
        terms.every(
          (t) =>
            t.pattern.test(hay.figures[order]!) ||
            (t.value !== null && sameValue(t.value, f.value)),
        ),
    )
    // Figures whose subject holds the words come first: they are about them, not near them.
    .map(({ figure, order }) => ({
      figure,
      order,
      rank: terms.filter((t) => t.value === null && t.pattern.test(hay.subjects[order]!)).length,
    }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .map(({ figure }) => ({ figure, speech: index.speeches[figure.speech]! }));
  // Paragraphs have no unit, and an empty query asks for figures, not the whole text.
  const paragraphs =
    terms.length === 0 || filters.unit !== undefined
      ? []
      : index.paragraphs.flatMap((paragraph, i) => {
          if (!speechOk(paragraph.speech)) return [];
          const text = hay.paragraphs[i]!;
          const found = terms.map((t) => t.pattern.exec(text));
          if (found.some((m) => m === null)) return [];
          const [first] = found as RegExpExecArray[];
          const match: [number, number] = [first!.index, first!.index + first![0].length];
          return [{ paragraph, speech: index.speeches[paragraph.speech]!, match }];
        });
  return { figures, paragraphs };
}

/** The places, years and units present, sorted, for the filters' choices. */
export function facets(index: SearchIndex): { places: string[]; years: number[]; units: string[] } {
  const distinct = <T>(xs: (T | null)[]): T[] => [...new Set(xs)].filter((x): x is T => x !== null);
  return {
    places: distinct(index.speeches.map((s) => s.place)).sort((a, b) =>
      a.localeCompare(b, 'zh-CN'),
    ),
    years: distinct(index.speeches.map((s) => s.year)).sort((a, b) => a - b),
    units: distinct(index.figures.map((f) => f.unit || null)).sort((a, b) =>
      a.localeCompare(b, 'zh-CN'),
    ),
  };
}
