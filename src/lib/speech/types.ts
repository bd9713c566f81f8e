/**
 * The shape of a parsed speech. Every offset is a UTF-16 index into the decoded text
 * (`ParsedSpeech.text`), so that `text.slice(start, end)` is exactly the span's text.
 */

/** A run of the decoded text. */
export interface Span {
  /** UTF-16 offset of the first character, inclusive. */
  start: number;
  /** UTF-16 offset after the last character, exclusive. */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
}

/** What a segment of the source is. Segments cover the decoded text exactly once, in order. */
export type SegmentRole =
  | 'headline' // the copying website's headline (line 1 of the seed)
  | 'title'
  | 'date'
  | 'speaker'
  | 'salutation'
  | 'heading' // a part heading such as 一、…
  | 'paragraph' // speech body text
  | 'artifact' // a line holding only copy damage, such as a lone "?"
  | 'clutter' // page furniture such as 下载 打印 全屏
  | 'provenance' // disclaimer, source URL and other website text after the speech
  | 'whitespace'; // line breaks and blank lines between the others

export interface Segment extends Span {
  role: SegmentRole;
}

export interface EncodingReport {
  /** How the bytes were decoded. */
  name: 'utf-8' | 'gb18030';
  /** Whether the bytes began with a UTF-8 byte-order mark (not part of `text`). */
  bom: boolean;
  /** Line endings found in the text. `none` for a one-line text. */
  lineEndings: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  /** Number of U+FFFD replacement characters that decoding produced (bytes it could not read). */
  replacementCharacters: number;
}

export interface Provenance {
  /** The copying website's headline, if the text starts with one. */
  headline: Span | null;
  /** The full length the headline claims, e.g. 7312 from (全文7312字); null if none stated. */
  statedLength: number | null;
  /** The website's disclaimer paragraph(s) after the speech, if any. */
  disclaimer: Span | null;
  /** The source address given by the website (如若转载,请注明出处:URL), if any. */
  sourceUrl: string | null;
  /** Where that address stands in the text. */
  sourceUrlSpan: Span | null;
}

export interface SpeechMeta {
  title: Span | null;
  /** Date of delivery, ISO 8601 (YYYY-MM-DD), from a line such as (2018年8月27日). */
  date: string | null;
  dateSpan: Span | null;
  speaker: Span | null;
  /** The opening address, e.g. 同志们: */
  salutation: Span | null;
}

/** A paragraph of the speech body: one line of the source. */
export interface Paragraph extends Span {
  /** Stable, readable anchor id: `p` + 1-based ordinal in the body, e.g. `p3`. */
  id: string;
  /** 1-based ordinal among body paragraphs (headings excluded). */
  ordinal: number;
  /** Id of the part (一、…) it stands in, or null before the first part heading. */
  part: string | null;
  /** Id of the point (第一,…) it opens or continues, or null. */
  point: string | null;
  /** The items (一是 二是 …) it contains, in order. */
  items: Item[];
}

/** An enumerated item inside a paragraph, 一是 … 二是 … */
export interface Item extends Span {
  /** 1-based ordinal, from the marker. */
  ordinal: number;
  /** The marker itself, e.g. 一是 (a Span of its own). */
  marker: Span;
}

/** A point, opened by 第一, 第二, … at the start of a paragraph. */
export interface Point extends Span {
  /** e.g. `part-1-point-2`. */
  id: string;
  ordinal: number;
  /** The marker, e.g. 第二, including its comma. */
  marker: Span;
  /** The point's heading sentence up to the first 。 (第二,市场活力持续激发。). */
  heading: Span;
  /** Which group of points: the first run of 第一…第N under a part is group 1, the next group 2. */
  group: number;
  /** Paragraph ids the point covers. */
  paragraphs: string[];
}

/** A part, opened by a heading line such as 一、“放管服”成效明显、值得肯定 */
export interface Part extends Span {
  /** e.g. `part-1`. */
  id: string;
  ordinal: number;
  /** The heading line. */
  heading: Span;
  /** The title without its marker. */
  title: string;
  points: Point[];
  /** Paragraph ids in the part. */
  paragraphs: string[];
}

/** A character the copy lost or damaged, or another artifact, found in the text. */
export interface Repair extends Span {
  /** e.g. `r1`, in order of appearance. */
  id: string;
  kind: 'lost-character' | 'artifact-line' | 'replacement-character' | 'clutter';
  /** What the damaged text is taken to have been ('' for a character to drop, ' ' for a space). */
  takenFor: string | null;
  /** Whether the reading text applies the repair; false means flagged only. */
  repaired: boolean;
  /** Plain-language explanation, in Chinese, for readers. */
  note: string;
}

export type FindingCode =
  | 'website-headline'
  | 'stated-length'
  | 'length-shortfall'
  | 'announced-count'
  | 'truncated'
  | 'provenance-footer'
  | 'lost-characters'
  | 'encoding'
  | 'bom'
  | 'line-endings'
  | 'ascii-punctuation'
  | 'full-width-digits'
  | 'clutter'
  | 'empty';

/** Something a reader should be told about the text. */
export interface Finding {
  code: FindingCode;
  severity: 'info' | 'warning';
  /** Plain-language statement in Chinese. */
  message: string;
  /** Where it applies, if somewhere in particular. */
  span?: Span;
  /** For counts: what was announced or stated. */
  expected?: number;
  /** For counts: what is present or measured. */
  actual?: number;
}

export interface AnnouncedCount {
  /** The announcing phrase, e.g. 三点意见 or 四个方面. */
  phrase: Span;
  /** The number announced. */
  expected: number;
  /** How many are present. */
  present: number;
  /** What is counted: 'parts' or 'points'. */
  counts: 'parts' | 'points';
  /** Whether the last one present is cut off. */
  lastIncomplete: boolean;
}

export interface Completeness {
  statedLength: number | null;
  /** Characters of speech (title to last body character, whitespace excluded). */
  measuredLength: number;
  /** measuredLength / statedLength, or null. */
  ratio: number | null;
  announced: AnnouncedCount[];
  /** The last body text if it stops mid-sentence (no closing 。!?), else null. */
  truncatedAt: Span | null;
  /** True when any of the above says the text is not the whole speech. */
  isFragment: boolean;
}

export interface ParsedSpeech {
  /** The decoded text every offset refers to (BOM removed, line endings kept as found). */
  text: string;
  encoding: EncodingReport;
  meta: SpeechMeta;
  provenance: Provenance;
  parts: Part[];
  /** Points that stand before any part heading (e.g. a speech with 第一, 第二 but no 一、 parts). */
  pointsOutsideParts?: Point[];
  paragraphs: Paragraph[];
  repairs: Repair[];
  completeness: Completeness;
  findings: Finding[];
  /** Lossless cover of `text`: every character in exactly one segment. */
  segments: Segment[];
}
