/**
 * Zod schemas of figures, relations and checks as stored in the `speeches` collection.
 */
import { z } from 'astro/zod';

const range = z
  .object({
    start: z.number().int().nonnegative().describe('UTF-16 offset, inclusive'),
    end: z.number().int().nonnegative().describe('UTF-16 offset, exclusive'),
  })
  .describe('A range of the decoded text');

export const figureSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .describe('Stable readable ASCII id, unique in the speech; used in URLs'),
    text: z.string().describe('Exactly source.slice(start, end), damage included'),
    start: z.number().int().nonnegative().describe('UTF-16 offset, inclusive'),
    end: z.number().int().nonnegative().describe('UTF-16 offset, exclusive'),
    value: z
      .number()
      .describe('Fully scaled value (22.66万户 → 226600); percentages as written (98.99)'),
    valueHigh: z.number().optional().describe('Upper end of a range, same unit as value'),
    unit: z.string().describe("Unit or classifier as shown: 户, %, 平方米 ('' when bare)"),
    kind: z
      .enum([
        'count',
        'amount',
        'percent',
        'growth',
        'change',
        'rank',
        'rank-count',
        'area',
        'length',
        'duration',
        'rate',
        'ratio',
        'other',
      ])
      .describe('What sort of quantity it is'),
    qualifier: z
      .object({
        word: z.string().describe('As written: 左右, 以上, 多, 余, 近, 约, 超过, 逾 …'),
        bound: z
          .enum(['approx', 'atLeast', 'moreThan', 'nearly', 'upTo'])
          .describe('What the word means for the bound on the value'),
      })
      .nullable()
      .describe('A word qualifying the value; null when exact'),
    subject: z.string().describe('What it measures, in the speech’s words'),
    scope: z
      .object({
        time: z.array(z.string()).describe('Time scopes in force, as written (五年来 …)'),
        place: z.array(z.string()).describe('Place and level scopes, as written (全市 …)'),
      })
      .describe('The scopes the figure is stated under'),
    paragraph: z.string().describe('Id of its paragraph'),
    part: z.string().nullable().describe('Id of its part, or null'),
    point: z.string().nullable().describe('Id of its point, or null'),
    sentence: range.describe('The sentence that holds it'),
    repairs: z.array(z.string()).describe('Ids of repairs overlapping it'),
  })
  .describe('A stated quantity, traceable to its characters');

export const relationSchema = z
  .object({
    id: z.string().describe('Stable id of the relation'),
    type: z
      .enum([
        'part-whole',
        'before-after',
        'stated-change',
        'share',
        'rate-per-period',
        'growth',
        'rank',
        'rank-distribution',
        'ratio',
        'forecast',
      ])
      .describe('How the figures relate'),
    members: z
      .array(
        z.object({
          role: z.string().describe('The figure’s role: whole, part, before, after, share …'),
          figure: z.string().describe('The figure’s id'),
        }),
      )
      .describe('The figures in the relation, with their roles'),
    cue: z.string().describe('The words that make the relation (其中, 从…增加到 …)'),
    sentence: range.describe('The sentence it comes from'),
  })
  .describe('How figures in one sentence depend on each other');

export const checkSchema = z
  .object({
    id: z.string().describe('Stable id of the check'),
    relation: z.string().describe('Id of the relation checked'),
    title: z.string().describe('What is checked, in Chinese'),
    verdict: z
      .enum(['consistent', 'inconsistent', 'uncheckable'])
      .describe('Whether the figures agree within rounding'),
    working: z.array(z.string()).describe('The arithmetic, step by step, in Chinese'),
    assumptions: z.array(z.string()).describe('What was assumed where the text is silent'),
    stated: z.number().optional().describe('The value the text states, if one is checked'),
    computed: z
      .object({
        value: z.number().describe('What the other figures imply'),
        low: z.number().describe('Lowest value rounding allows'),
        high: z.number().describe('Highest value rounding allows'),
      })
      .optional()
      .describe('The implied value and its range'),
    tolerance: z.number().optional().describe('Tolerance used, in the stated value’s unit'),
  })
  .describe('A computation from a relation, with its working and verdict');
