/**
 * The edition's search index: every figure (as readers see it, with its subject, unit and
 * sentence) and every paragraph's text, for the search page to query in the browser. Built at
 * build time from the same records the pages use, so search never asks another server.
 */
import type { Figure } from '../figures/types';
import type { Paragraph, Repair } from '../speech/types';
import { repairedText } from '../speech/repaired';

/** What the index needs of one speech. */
export interface IndexedSpeechInput {
  slug: string;
  /** The name pages use for the speech. */
  name: string;
  /** Where it was delivered (毕节市, 全国), or null when the text does not say. */
  place: string | null;
  /** Date of delivery, YYYY-MM-DD, or null. */
  date: string | null;
  text: string;
  repairs: readonly Pick<Repair, 'start' | 'end' | 'takenFor' | 'repaired'>[];
  paragraphs: readonly Pick<Paragraph, 'id' | 'ordinal' | 'start' | 'end'>[];
  figures: readonly Pick<
    Figure,
    'id' | 'display' | 'subject' | 'unit' | 'value' | 'paragraph' | 'sentence'
  >[];
}

export interface IndexedSpeech {
  slug: string;
  name: string;
  place: string | null;
  /** Year of delivery, or null. */
  year: number | null;
}

export interface IndexedFigure {
  /** Position of its speech in `speeches`. */
  speech: number;
  id: string;
  display: string;
  subject: string;
  unit: string;
  value: number;
  /** Anchor id of its paragraph (p3). */
  paragraph: string;
  /**
   * Where its sentence stands in its paragraph's text, [from, to): the text is kept once, in
   * `paragraphs`, which is most of the index's size.
   */
  sentence: [number, number];
}

export interface IndexedParagraph {
  speech: number;
  id: string;
  ordinal: number;
  text: string;
}

export interface SearchIndex {
  version: 1;
  speeches: IndexedSpeech[];
  figures: IndexedFigure[];
  paragraphs: IndexedParagraph[];
}

export function buildSearchIndex(inputs: readonly IndexedSpeechInput[]): SearchIndex {
  const sorted = [...inputs].sort((a, b) => a.slug.localeCompare(b.slug));
  return {
    version: 1,
    speeches: sorted.map((s) => ({
      slug: s.slug,
      name: s.name,
      place: s.place,
      year: s.date && /^\d{4}/.test(s.date) ? Number(s.date.slice(0, 4)) : null,
    })),
    figures: sorted.flatMap((s, speech) => s.figures.map((f) => indexFigure(s, speech, f))),
    paragraphs: sorted.flatMap((s, speech) =>
      s.paragraphs.map((p) => ({
        speech,
        id: p.id,
        ordinal: p.ordinal,
        text: repairedText(s.text, p.start, p.end, s.repairs),
      })),
    ),
  };
}

function indexFigure(
  s: IndexedSpeechInput,
  speech: number,
  f: IndexedSpeechInput['figures'][number],
): IndexedFigure {
  const shown = (start: number, end: number): string => repairedText(s.text, start, end, s.repairs);
  const paragraph = s.paragraphs.find((p) => p.id === f.paragraph);
  // Measured on the text as shown, so repairs before the sentence shift it with the text.
  const from = paragraph
    ? shown(paragraph.start, Math.max(paragraph.start, f.sentence.start)).length
    : 0;
  const to = paragraph ? shown(paragraph.start, Math.min(paragraph.end, f.sentence.end)).length : 0;
  return {
    speech,
    id: f.id,
    display: f.display,
    subject: f.subject,
    unit: f.unit,
    value: f.value,
    paragraph: f.paragraph,
    sentence: [from, to],
  };
}
