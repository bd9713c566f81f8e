/**
 * Zod schemas of a parsed speech, as stored in the `speeches` content collection. Every field
 * says what it means and its unit. Offsets are UTF-16 code units into the decoded text.
 */
import { z } from 'astro/zod';

const offset = (what: string) =>
  z.number().int().nonnegative().describe(`${what}: UTF-16 offset into the decoded text`);

export const spanSchema = z
  .object({
    start: offset('First character, inclusive'),
    end: offset('After the last character, exclusive'),
    text: z.string().describe('Exactly text.slice(start, end)'),
  })
  .describe('A run of the decoded text');

const nullableSpan = (what: string) => spanSchema.nullable().describe(`${what}; null if absent`);

export const segmentRoleSchema = z
  .enum([
    'headline', // the copying website's headline
    'title',
    'date',
    'speaker',
    'salutation',
    'heading', // a part heading such as 一、…, or a line that is only a section's heading （一）…
    'paragraph', // speech body text
    'annex', // the report's own annex after its closing words: 附件, 名词解释 and their notes
    'repeat', // a passage the copy holds a second time (kept, not read again)
    'artifact', // copy damage: a line holding only "?", or an escape sequence such as <U+00A0>
    'clutter', // page furniture: buttons, breadcrumbs, source and time lines, captions, datelines, links
    'provenance', // disclaimer, source URL and other website text after the speech
    'whitespace', // line breaks and blank lines between the others
  ])
  .describe('What a run of the source is');

export const segmentSchema = spanSchema
  .extend({
    role: segmentRoleSchema.describe(
      'What this run of the source is; segments cover the text exactly once',
    ),
  })
  .describe('One piece of the lossless cover of the text');

export const encodingSchema = z
  .object({
    name: z
      .enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'])
      .describe('How the bytes were decoded'),
    bom: z
      .boolean()
      .describe('Whether the bytes began with a byte-order mark (UTF-8 or UTF-16), removed'),
    lineEndings: z
      .enum(['lf', 'crlf', 'cr', 'mixed', 'none'])
      .describe('Line endings found; kept as found in the text'),
    replacementCharacters: z
      .number()
      .int()
      .nonnegative()
      .describe('Count of U+FFFD characters decoding produced (unreadable bytes)'),
  })
  .describe('How the source file was read');

export const provenanceSchema = z
  .object({
    headline: nullableSpan("The copying website's headline"),
    statedLength: z
      .number()
      .int()
      .nullable()
      .describe('Full length in characters the headline claims, e.g. 7312 from 全文7312字'),
    disclaimer: nullableSpan("The website's disclaimer after the speech"),
    sourceUrl: z.string().nullable().describe('The source address the website gives'),
    sourceUrlSpan: nullableSpan('Where the source address stands'),
    publisher: z
      .string()
      .nullable()
      .describe(
        "Who published this copy: the source line (来源：四川日报) or the dateline's agency (新华社); null if not said",
      ),
    publisherSpan: nullableSpan('Where the publisher is named'),
    published: z
      .string()
      .nullable()
      .describe(
        "When this copy was published, ISO 8601: from a publish-time line (2026年02月10日 07时41分, 2026-02-03 09:02:33) or a dateline (新华社北京3月17日电; its year taken as the delivery's, or the next if the month-day comes earlier); never the speech's date; null if not said",
      ),
    publishedSpan: nullableSpan('The publish time or dateline as written'),
  })
  .describe('Where the text came from; website text kept apart from the speech');

export const metaSchema = z
  .object({
    title: nullableSpan('Title line of the speech'),
    date: z.string().nullable().describe('Date of delivery, ISO 8601 (YYYY-MM-DD)'),
    dateSpan: nullableSpan('The date line as written'),
    speaker: nullableSpan("The speaker's name, e.g. 王予波 from 省长　王予波"),
    office: z
      .string()
      .nullable()
      .describe(
        "The speaker's office as the copy writes it beside the name, whitespace removed: 省长, 国务院总理, 四川省人民政府省长; null if not given",
      ),
    officeSpan: nullableSpan('Where the office is written'),
    venue: z
      .string()
      .nullable()
      .describe(
        'The meeting it was delivered at, whitespace removed, from 在…上 in the delivery line or the title: 第十二届全国人民代表大会第二次会议; null if not said',
      ),
    venueSpan: nullableSpan(
      'Where the meeting is named (a line broken in two gives a span across the break)',
    ),
    place: z
      .string()
      .nullable()
      .describe(
        'Where it was delivered, as the venue or title names it: a province or city (云南省, 毕节市) or 全国 for a national congress; null if neither says',
      ),
    displayName: z
      .string()
      .describe(
        'The name pages and citations use, which tells speeches apart: a document title (政府工作报告) gets the delivery year and place it lacks (2026年云南省政府工作报告; for 全国 the State Council when the office is 国务院…: 2016年国务院政府工作报告); a title naming its occasion (在…上的讲话) is used as it is',
      ),
    salutation: nullableSpan('The opening address, e.g. 同志们:'),
  })
  .describe('Title, date, speaker, office, venue, place and salutation');

export const itemSchema = spanSchema
  .extend({
    ordinal: z.number().int().positive().describe('1-based ordinal from the marker'),
    marker: spanSchema.describe('The marker itself, e.g. 一是'),
  })
  .describe('An enumerated item (一是 二是 …) inside a paragraph');

export const paragraphSchema = spanSchema
  .extend({
    id: z.string().describe('Anchor id: p + 1-based ordinal among body paragraphs, e.g. p3'),
    ordinal: z.number().int().positive().describe('1-based ordinal among body paragraphs'),
    part: z.string().nullable().describe('Id of the part it stands in, or null'),
    section: z
      .string()
      .nullable()
      .optional()
      .describe(
        'Id of the section （一） it stands in, or null (absent in records made before sections)',
      ),
    point: z.string().nullable().describe('Id of the point it opens or continues, or null'),
    number: z
      .object({
        ordinal: z
          .number()
          .int()
          .positive()
          .describe('The number written, e.g. 2 from 2. or （2）'),
        marker: spanSchema.describe('The marker itself'),
      })
      .nullable()
      .optional()
      .describe('A numbered paragraph (1. or （1）): its number; null otherwise'),
    items: z.array(itemSchema).describe('The items it contains, in order'),
  })
  .describe(
    'A paragraph of the speech body: one line of the source, lines broken mid-sentence joined, or a piece of a run-on line cut at a heading or after a group of sentences',
  );

export const sectionSchema = spanSchema
  .extend({
    id: z.string().describe('Stable id, e.g. part-3-section-2'),
    ordinal: z.number().int().positive().describe('1-based ordinal from the marker （二）'),
    marker: spanSchema.describe('The marker, e.g. （二）'),
    heading: spanSchema.describe('The heading, up to its first 。 (or the whole line)'),
    title: z.string().describe('The heading without its marker, whitespace removed'),
    paragraphs: z.array(z.string()).describe('Ids of its paragraphs'),
  })
  .describe('A section of a part, opened by （一）, （二）, …');

export const pointSchema = spanSchema
  .extend({
    id: z.string().describe('Stable id, e.g. part-1-point-2'),
    ordinal: z.number().int().positive().describe('1-based ordinal within its group'),
    marker: spanSchema.describe('The marker, e.g. 第二, with its comma'),
    heading: spanSchema.describe('The heading sentence, up to the first 。'),
    group: z
      .number()
      .int()
      .positive()
      .describe('Which run of 第一…第N under the part: 1 for the first run, 2 for the next'),
    paragraphs: z.array(z.string()).describe('Ids of the paragraphs it covers'),
  })
  .describe('A point, opened by 第一, 第二, … at the start of a paragraph');

export const partSchema = spanSchema
  .extend({
    id: z.string().describe('Stable id, e.g. part-1'),
    ordinal: z.number().int().positive().describe('1-based ordinal from the heading marker'),
    heading: spanSchema.describe('The heading line'),
    title: z.string().describe('The heading without its marker'),
    sections: z.array(sectionSchema).default([]).describe('Its sections （一） …, in order'),
    points: z.array(pointSchema).describe('Its points, in order'),
    paragraphs: z.array(z.string()).describe('Ids of its paragraphs'),
  })
  .describe('A part, opened by a heading such as 一、…');

export const repairSchema = spanSchema
  .extend({
    id: z
      .string()
      .describe('r1, r2 … for damage, p1, p2 … for punctuation, each in order of appearance'),
    kind: z
      .enum([
        'lost-character',
        'artifact-line',
        'replacement-character',
        'clutter',
        'escape-sequence',
        'punctuation',
      ])
      .describe(
        'What kind of damage (punctuation: an ASCII mark in Chinese text, shown full-width)',
      ),
    takenFor: z
      .string()
      .nullable()
      .describe("What the damaged text is taken to have been ('' to drop, ' ' a space)"),
    repaired: z.boolean().describe('Whether the reading text applies the repair'),
    note: z.string().describe('Plain-language explanation for readers, in Chinese'),
  })
  .describe('Damage the copy suffered, and what was done about it');

export const findingCodeSchema = z
  .enum([
    'website-headline',
    'stated-length',
    'length-shortfall',
    'announced-count',
    'truncated',
    'provenance-footer',
    'lost-characters',
    'encoding',
    'bom',
    'line-endings',
    'ascii-punctuation',
    'full-width-digits',
    'clutter',
    'escape-sequence',
    'repeated-text',
    'annex',
    'empty',
  ])
  .describe('Kind of finding');

export const findingSchema = z
  .object({
    code: findingCodeSchema,
    severity: z.enum(['info', 'warning']).describe('warning when readers must know'),
    message: z.string().describe('Plain-language statement, in Chinese'),
    span: spanSchema.optional().describe('Where it applies, if somewhere in particular'),
    expected: z.number().optional().describe('For counts: what was announced or stated'),
    actual: z.number().optional().describe('For counts: what is present or measured'),
  })
  .describe('Something a reader should be told about the text');

export const announcedCountSchema = z
  .object({
    phrase: spanSchema.describe('The announcing phrase, e.g. 三点意见'),
    expected: z.number().int().describe('How many were announced'),
    present: z.number().int().describe('How many are present'),
    counts: z.enum(['parts', 'sections', 'points']).describe('What is counted'),
    lastIncomplete: z.boolean().describe('Whether the last one present is cut off'),
  })
  .describe('A count the speech announces, against what is present');

export const completenessSchema = z
  .object({
    statedLength: z.number().int().nullable().describe('Length claimed by the source, characters'),
    measuredLength: z
      .number()
      .int()
      .describe('Characters of speech present, title to last body character, no whitespace'),
    ratio: z.number().nullable().describe('measuredLength / statedLength (0–1), or null'),
    announced: z.array(announcedCountSchema).describe('Announced counts against what is present'),
    truncatedAt: nullableSpan('The last body text, if it stops mid-sentence'),
    isFragment: z.boolean().describe('True when the text is not the whole speech'),
  })
  .describe('How much of the speech is here');

export const parsedSpeechSchema = z
  .object({
    text: z
      .string()
      .describe('The decoded text every offset refers to (BOM removed, line endings kept)'),
    encoding: encodingSchema,
    meta: metaSchema,
    provenance: provenanceSchema,
    parts: z.array(partSchema).describe('Parts present, in order'),
    pointsOutsideParts: z
      .array(pointSchema)
      .optional()
      .describe('Points before any part heading (a speech with 第一, 第二 but no 一、)'),
    paragraphs: z.array(paragraphSchema).describe('Body paragraphs, in order'),
    repairs: z.array(repairSchema).describe('Damage found, in order'),
    completeness: completenessSchema,
    findings: z.array(findingSchema).describe('Everything readers should be told'),
    segments: z.array(segmentSchema).describe('Lossless cover of the text, in order'),
  })
  .describe('A parsed speech');
