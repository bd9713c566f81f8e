/**
 * Zod schemas of what editors write in content/: notes, stories, chart overrides, context data
 * and the record of published figure ids. Every field says what it means and its default.
 */
import { CHART_FORMS } from '../charts/types';
import { z } from 'astro/zod';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z
  .string()
  .regex(ID, 'lower-case ASCII letters, digits and hyphens')
  .describe('Slug of the speech: its folder name under content/speeches (no default)');

const figureId = z
  .string()
  .regex(ID, 'lower-case ASCII letters, digits and hyphens')
  .describe('A figure id as shown on its page under 编号, e.g. shichang-zhuti-193-hu');

/** A date written YYYY-MM-DD; YAML reads an unquoted one as a Date, which is accepted too. */
const isoDate = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应写成年-月-日，例如 2026-11-27')])
  .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10)))
  .describe('Date written YYYY-MM-DD (no default)');

export const noteSchema = z
  .object({
    speech: slug,
    figure: figureId
      .optional()
      .describe(
        'The figure the note is about; give this or paragraph, not both; with neither, the note is about the whole speech (no default)',
      ),
    paragraph: z
      .string()
      .regex(/^p[1-9]\d*$/, 'a paragraph id such as p3')
      .optional()
      .describe(
        'The paragraph the note is about, e.g. p3 (¶3 on the reading page); with neither this nor figure, the note is about the whole speech (no default)',
      ),
    author: z.string().min(1).describe('Who wrote the note, as readers should see it (no default)'),
    date: isoDate,
    title: z.string().optional().describe('A short heading for the note; none shown when absent'),
  })
  .strict()
  .refine((n) => n.figure === undefined || n.paragraph === undefined, {
    message: 'figure 和 paragraph 只能写其中一个；两个都不写，注释就是关于整篇讲话的',
    path: ['figure'],
  })
  .describe(
    'An annotation on one figure, one paragraph, or (with neither) the whole speech (MDX body)',
  );

export const storySchema = z
  .object({
    title: z.string().min(1).describe('Headline of the story (no default)'),
    description: z.string().min(1).describe('One or two sentences for lists and link previews'),
    speech: slug
      .optional()
      .describe(
        'The speech the story is about: its components take their ids from it unless they name another. Absent for a story across speeches, where each id must be in one speech only or name its own (no default)',
      ),
    author: z.string().min(1).describe('Byline (no default)'),
    date: isoDate,
  })
  .strict()
  .describe('An article about a speech that places live charts, checks and quotes (MDX body)');

export const chartOverrideSchema = z
  .object({
    title: z.string().min(1).optional().describe('Chart title; the generated one when absent'),
    subtitle: z.string().optional().describe('Chart subtitle; the generated one when absent'),
    form: z
      .enum(CHART_FORMS)
      .optional()
      .describe(
        'Chart form, among those the figure’s relations allow (the build lists them when one does not fit); the generated choice when absent',
      ),
    caption: z
      .string()
      .min(1)
      .optional()
      .describe('A line shown under the chart on the figure page and in stories; none by default'),
    notes: z
      .array(z.string().min(1))
      .optional()
      .describe('Extra notes drawn under the chart itself (so embeds carry them); none by default'),
  })
  .strict()
  .describe('What an editor changes about one figure’s chart');

export const overridesSchema = z
  .object({
    speech: slug,
    figures: z
      .record(figureId, chartOverrideSchema)
      .describe('Overrides by figure id; figures not listed keep their generated charts'),
  })
  .strict()
  .describe('Chart overrides for one speech (content/overrides/<slug>.yaml)');

const source = z
  .string()
  .min(1)
  .describe('Where the fact comes from: a publication, an official site, or “common knowledge”');

/** A fact about the speech itself that its text does not state, with where it comes from. */
const statedFact = (what: string, example: string) =>
  z
    .object({
      name: z.string().min(1).describe(`${what} as readers should see it, e.g. ${example}`),
      source,
    })
    .strict()
    .optional()
    .describe(
      `${what}, when the text does not state it (or states it wrongly): wins over what the parser reads and is shown with its source; the parser's reading when absent`,
    );

export const contextSchema = z
  .object({
    speech: slug,
    place: statedFact(
      'Where the speech was given: the place the edition files it under (cards, filters, citation, search)',
      '毕节市',
    ),
    office: statedFact('The speaker’s office at the time', '毕节市市长'),
    rankTotals: z
      .array(
        z
          .object({
            scope: z
              .string()
              .min(1)
              .describe('The scope word in the rank as written, e.g. 全省 (排全省第四位)'),
            total: z.number().int().positive().describe('How many places are ranked (a count)'),
            what: z.string().min(1).describe('What the places are, in Chinese'),
            source,
          })
          .strict(),
      )
      .default([])
      .describe('How many places a rank is out of, by scope word; none by default'),
    rankTotalByFigure: z
      .array(
        z
          .object({
            figure: figureId,
            total: z.number().int().positive().describe('How many places are ranked (a count)'),
            what: z.string().min(1).describe('What the places are, in Chinese'),
            source,
          })
          .strict(),
      )
      .default([])
      .describe('The same for one figure; wins over rankTotals; none by default'),
  })
  .strict()
  .describe('Facts the speech leaves out, with their sources (content/context/<slug>.yaml)');

export const permalinksSchema = z
  .object({
    speech: slug,
    published: z
      .array(figureId)
      .describe('Every figure id ever published for this speech; ids are only ever added'),
    redirects: z
      .record(figureId, figureId)
      .default({})
      .describe(
        'Retired id → the id that replaces it; its old URLs redirect there. None by default',
      ),
  })
  .strict()
  .describe('Published figure ids of one speech, so no published URL breaks');

export const reviewsSchema = z
  .object({
    speech: slug,
    checks: z
      .record(
        z
          .string()
          .regex(
            /^chk-[a-z0-9]+(?:-[a-z0-9]+)*$/,
            'a check id as on the checks page, e.g. chk-rel-…',
          )
          .describe('A check id, as shown on the checks page (核对的编号)'),
        z
          .object({
            decision: z
              .enum(['confirm', 'dismiss'])
              .describe(
                'confirm: the check is right and the site may show it as a finding; dismiss: it is wrong and is not shown as its verdict (no default)',
              ),
            reason: z
              .string()
              .min(1)
              .describe('Why, in Chinese: readers see it beside the check (no default)'),
            editor: z
              .string()
              .min(1)
              .describe('Who decided, as readers should see it (no default)'),
            date: isoDate,
          })
          .strict(),
      )
      .describe('Decisions by check id; checks not listed are unreviewed'),
  })
  .strict()
  .describe('Editors’ review of the checks of one speech (content/reviews/<slug>.yaml)');

export type ReviewsData = z.infer<typeof reviewsSchema>;
export type NoteData = z.infer<typeof noteSchema>;
export type StoryData = z.infer<typeof storySchema>;
export type ChartOverride = z.infer<typeof chartOverrideSchema>;
export type OverridesData = z.infer<typeof overridesSchema>;
export type ContextData = z.infer<typeof contextSchema>;
export type PermalinksData = z.infer<typeof permalinksSchema>;
