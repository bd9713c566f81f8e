/**
 * Gold annotations (tests/fixtures/gold/<slug>.yaml): figures and relations a person read in an
 * excerpt of a report, the yardstick `npm run eval` measures extraction against.
 */
import { z } from 'astro/zod';
import { parse } from 'yaml';

const reading = z
  .object({
    value: z.number().describe('Fully scaled value (63.6万亿元 → 63600000000000; 7.4% → 7.4)'),
    unit: z
      .string()
      .describe("Unit or classifier after the multiplier: 元, 人, %, 个百分点 ('' when bare)"),
  })
  .describe('One reading of a figure');

export const goldFigureSchema = reading
  .extend({
    id: z.string().min(1).describe('Name the relations refer to; unique in the file'),
    text: z.string().min(1).describe('Exactly text.slice(start, end)'),
    start: z
      .number()
      .int()
      .nonnegative()
      .describe('UTF-16 offset into the decoded text, inclusive'),
    end: z.number().int().nonnegative().describe('UTF-16 offset into the decoded text, exclusive'),
    q: z
      .string()
      .optional()
      .describe('Qualifier word as written (左右, 以上, 多, 超过 …); absent when exact'),
    kind: z.string().describe('What sort of quantity: count, amount, percent, growth, rank …'),
    subject: z.string().min(1).describe('The noun phrase a journalist would name the figure by'),
    alt: z
      .array(reading)
      .default([])
      .describe('Other readings accepted as right (1/3 as 33.33 %); default none'),
    optional: z
      .boolean()
      .default(false)
      .describe(
        'A figure a careful reader may leave out: counted when found, not missed when not; default false',
      ),
  })
  .describe('A figure as a person reads it');

export const goldRelationTypes = [
  'part-whole',
  'share',
  'before-after',
  'change',
  'aligned',
  'annual-growth',
  'rate-per-period',
  'rank',
  'rank-distribution',
  'target-outcome',
] as const;

export const goldRelationSchema = z
  .object({
    type: z.enum(goldRelationTypes).describe('How the text relates the figures'),
    cue: z.string().min(1).describe('The words that state the relation (其中, 分别, 从…提高到 …)'),
    members: z.array(z.string()).min(2).describe('Ids of the related figures'),
    complete: z
      .boolean()
      .optional()
      .describe('Part-whole only: whether the text marks the parts as all the parts'),
  })
  .describe('A relation the words state');

export const goldFileSchema = z
  .object({
    report: z.string().describe('Slug of the corpus report (tests/fixtures/corpus/<slug>)'),
    excerpt: z
      .object({
        what: z.string().describe('Which stretch of the report, in words'),
        start: z.number().int().nonnegative().describe('UTF-16 offset, inclusive'),
        end: z.number().int().nonnegative().describe('UTF-16 offset, exclusive'),
        first: z.string().describe('The excerpt’s first 20 characters, to detect drift'),
        last: z.string().describe('The excerpt’s last 20 characters, to detect drift'),
      })
      .describe('The annotated stretch: every figure in it is annotated'),
    figures: z.array(goldFigureSchema).describe('Every figure in the excerpt, in order'),
    relations: z.array(goldRelationSchema).describe('Every relation the excerpt states'),
  })
  .describe('A person’s reading of one excerpt');

export type GoldReading = z.infer<typeof reading>;
export type GoldFigure = z.infer<typeof goldFigureSchema>;
export type GoldRelation = z.infer<typeof goldRelationSchema>;
export type GoldRelationType = GoldRelation['type'];
export type GoldFile = z.infer<typeof goldFileSchema>;

export function parseGold(yaml: string): GoldFile {
  return goldFileSchema.parse(parse(yaml));
}

/**
 * Where the gold no longer fits the text it was read from: the excerpt's ends, each figure's
 * span, duplicate ids and relations naming unknown figures. Empty when all is well.
 */
export function goldProblems(gold: GoldFile, text: string): string[] {
  const { excerpt } = gold;
  const problems: string[] = [];
  if (text.slice(excerpt.start, excerpt.start + 20) !== excerpt.first)
    problems.push(`excerpt start ${excerpt.start} no longer reads "${excerpt.first}"`);
  if (text.slice(excerpt.end - 20, excerpt.end) !== excerpt.last)
    problems.push(`excerpt end ${excerpt.end} no longer reads "${excerpt.last}"`);
  const ids = new Set<string>();
  for (const f of gold.figures) {
    if (ids.has(f.id)) problems.push(`figure id ${f.id} used twice`);
    ids.add(f.id);
    if (f.start < excerpt.start || f.end > excerpt.end)
      problems.push(`figure ${f.id} lies outside the excerpt`);
    if (text.slice(f.start, f.end) !== f.text)
      problems.push(`figure ${f.id}: text at ${f.start}–${f.end} is not "${f.text}"`);
  }
  for (const r of gold.relations)
    for (const m of r.members)
      if (!ids.has(m)) problems.push(`relation ${r.type} (${r.cue}) names unknown figure ${m}`);
  return problems;
}
