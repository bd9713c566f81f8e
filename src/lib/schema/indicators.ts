/**
 * Zod schema of content/indicators.yaml: the indicators editors follow across speeches, each
 * with the words speeches name it by. Every field says what it means and its default.
 */
import { z } from 'astro/zod';
import { figureKindSchema } from './figures';

export const indicatorDirectionSchema = z
  .enum(['at-least', 'at-most', 'level'])
  .describe(
    'How a target is met: at-least (more is the aim: 国内生产总值增长, 城镇新增就业), at-most (a ceiling: 居民消费价格涨幅, 城镇登记失业率), level (a planned amount with no better side: 赤字率, 财政赤字; judged only when the text states the outcome). No default',
  );

export const indicatorSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能用小写英文字母、数字和连字符，例如 gdp-growth')
      .describe('Stable ASCII id, the URL segment of its pages, e.g. gdp-growth (no default)'),
    name: z
      .string()
      .min(1)
      .describe('The name readers see, in Chinese, e.g. 国内生产总值增长 (no default)'),
    aliases: z
      .array(z.string().min(1))
      .min(1)
      .describe(
        'Subjects that name it in speeches, compared whole with a figure’s subject once leading place and time words (全国, 今年) and words that only lead into the number (要, 把) are set aside; each alias belongs to one indicator only (no default)',
      ),
    unit: z
      .string()
      .min(1)
      .describe(
        'Unit readers see and values are given in: %, 万人, 亿吨, 亿元 (a magnitude 万/亿/万亿 before a unit figures carry); a figure counts only if its unit converts to this one (no default)',
      ),
    kinds: z
      .array(figureKindSchema)
      .min(1)
      .optional()
      .describe(
        'Figure kinds that count, e.g. [growth] so that 国内生产总值56.9万亿元 is not read as growth; default: every kind',
      ),
    direction: indicatorDirectionSchema,
    description: z
      .string()
      .min(1)
      .optional()
      .describe('One sentence in Chinese saying what it measures; none shown when absent'),
  })
  .strict()
  .describe('One indicator followed across speeches');

export const indicatorsFileSchema = z
  .array(indicatorSchema)
  .describe('content/indicators.yaml: a list of indicators');

export type IndicatorData = z.infer<typeof indicatorSchema>;
