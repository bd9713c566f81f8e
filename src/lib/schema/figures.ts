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

export const figureKindSchema = z
  .enum([
    'count', // 22.66万户, 46个
    'amount', // money: 元, 万元, 亿元
    'percent', // a share or level: 98.99%
    'growth', // a growth rate: 增长10.93%
    'change', // a stated change rate (减少幅度达40.5%) or a change in points (提高3个百分点)
    'rank', // 排第3位, 倒数第一
    'rank-count', // 7个全省第一
    'area', // 平方米, 亩
    'length', // 公里, 米
    'duration', // 个工作日, 天
    'rate', // per period: 平均每天新增193户
    'ratio', // 倍, 翻一番 (2倍)
    'other',
  ])
  .describe('What sort of quantity a figure is');

export const qualifierSchema = z
  .object({
    word: z.string().describe('As written: 左右, 以上, 多, 余, 近, 约, 超过, 逾 …'),
    bound: z
      .enum(['approx', 'atLeast', 'moreThan', 'nearly', 'upTo'])
      .describe('What the word means for the bound: about, ≥, >, just under, ≤'),
  })
  .describe('A word qualifying a value');

export const figureSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .describe('Stable readable ASCII id, unique in the speech; used in URLs'),
    text: z.string().describe('Exactly source.slice(start, end), damage included'),
    display: z
      .string()
      .describe('What readers see: text with the repairs made applied (34.67?% → 34.67%)'),
    start: z.number().int().nonnegative().describe('UTF-16 offset, inclusive'),
    end: z.number().int().nonnegative().describe('UTF-16 offset, exclusive'),
    value: z
      .number()
      .describe(
        'Fully scaled value (22.66万户 → 226600), negative when written with a sign (增长-6.8% → −6.8; 下降6.8% stays 6.8); percentages as written (98.99); fractions and 千分之 as percentages (三分之一 → 33.33, 千分之2.4 → 0.24); 翻一番 → 2 (倍)',
      ),
    valueHigh: z
      .number()
      .optional()
      .describe('Upper end of a range (6%-7%, 3000-5000元: value is the lower end), same unit'),
    unit: z
      .string()
      .describe(
        "Unit or classifier as shown: 户, %, 平方米, 个百分点, with its period kept (元/月, 人次/日); '' when bare",
      ),
    kind: figureKindSchema,
    qualifier: qualifierSchema.nullable().describe('A word qualifying the value; null when exact'),
    subject: z
      .string()
      .describe(
        "What it measures, in the speech’s words: a noun phrase, never a verb or a fragment; '' when none can be found (pages then show the sentence)",
      ),
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
    rounding: z
      .number()
      .optional()
      .describe('Half a unit of the last written digit, in value’s units (22.66万 → 50)'),
    fromEnd: z.boolean().optional().describe('A rank counted from the bottom: 倒数第一'),
    countedRank: z
      .number()
      .int()
      .optional()
      .describe('For a rank count (9个第二): the place counted (2)'),
  })
  .describe('A stated quantity, traceable to its characters');

export const relationTypeSchema = z
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
    'forecast', // the same quantity over different periods: 五年来…, 今年…, 全年预计…
    'change', // a change stated with the result, implying the value before: 比上年增加1500亿元, 上升3个百分点，达到51.2%
    'target', // an outcome set against a target the sentence names: 增长7.7%，高于7.5%左右的预期目标
    'aligned', // a 分别 list the sentence distributes over its subjects: 分别增长9.97%和14.1%
  ])
  .describe('How the figures relate');

export const relationMemberSchema = z
  .object({
    role: z.string().describe('The figure’s role: whole, part, before, after, share …'),
    figure: z.string().describe('The figure’s id'),
  })
  .describe('A figure in a relation');

export const relationSchema = z
  .object({
    id: z.string().describe('Stable id of the relation'),
    type: relationTypeSchema,
    members: z
      .array(relationMemberSchema)
      .describe('The figures in the relation, with their roles'),
    cue: z.string().describe('The words that make the relation (其中, 从…增加到 …)'),
    sentence: range.describe('The sentence it comes from (the first member’s)'),
    evidence: range.describe(
      'The span of text that states the relation: from the first of its cue and members to the last; every member lies in it',
    ),
    complete: z
      .boolean()
      .optional()
      .describe(
        'Part-whole only: the text marks the parts as all of the whole (中央/地方, 分为两部分); absent when it does not',
      ),
  })
  .describe('How figures in one sentence depend on each other');

export const verdictSchema = z
  .enum(['consistent', 'direction', 'uncheckable', 'inconsistent'])
  .describe(
    'consistent: the arithmetic reproduces the stated figure within its rounding (数值相符); direction: only the direction the words state agrees (方向相符); uncheckable: the text gives nothing to compare with, the working says why (无法核对); inconsistent: the figures do not add up (不符)',
  );

export const reviewSchema = z
  .object({
    decision: z
      .enum(['confirm', 'dismiss'])
      .describe(
        'confirm: an editor has verified the check and it stands; dismiss: the check is wrong (the relation is misread, a figure misparsed) and is not shown as its verdict',
      ),
    reason: z.string().min(1).describe('Why, in Chinese, as readers will see it (no default)'),
    editor: z.string().min(1).describe('Who decided, as readers should see it (no default)'),
    date: z.string().describe('When, written YYYY-MM-DD (no default)'),
  })
  .strict()
  .describe('An editor’s decision on one check, from content/reviews/<slug>.yaml');

export const checkSchema = z
  .object({
    id: z.string().describe('Stable id of the check'),
    relation: z.string().describe('Id of the relation checked'),
    title: z.string().describe('What is checked, in Chinese'),
    verdict: verdictSchema,
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
    review: reviewSchema
      .optional()
      .describe(
        'The editors’ decision, when they made one; none by default (an unreviewed 不符 awaits review)',
      ),
  })
  .describe('A computation from a relation, with its working and verdict');

export const figureSetSchema = z
  .object({
    figures: z.array(figureSchema).describe('Every figure, in order of appearance'),
    relations: z.array(relationSchema).describe('Relations between figures'),
    checks: z.array(checkSchema).describe('Checks computed from the relations'),
  })
  .describe('Figures, their relations and checks');
