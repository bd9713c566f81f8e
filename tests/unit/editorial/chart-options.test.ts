import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chartContext, figureChartOptions } from '../../../src/lib/editorial/chart-options';
import { rankTotalsOf } from '../../../src/lib/figures/rank-context';
import { chartForFigure } from '../../../src/lib/charts/index';
import { contextSchema, overridesSchema } from '../../../src/lib/schema/editorial';
import { buildSpeechRecord } from '../../../src/lib/speech-record';

const SLUG = 'bijie-2018-08-27-fangguanfu';
const record = buildSpeechRecord(SLUG, readFileSync(`content/speeches/${SLUG}/source.txt`));
const meta = { speaker: '张集智', date: '2018-08-27', title: '讲话' };
const context = contextSchema.parse({
  speech: SLUG,
  rankTotals: [{ scope: '全省', total: 9, what: '地级行政区', source: '常识' }],
});
const overrides = overridesSchema.parse({
  speech: SLUG,
  figures: { '3086-ren': { title: '失信个人', subtitle: '副标题', notes: ['编者说明'] } },
});

describe('chart options from editors', () => {
  it('override the title and subtitle and add notes to the drawn chart', () => {
    const chart = chartForFigure(record, '3086-ren', meta, {
      text: record.text,
      ...figureChartOptions('3086-ren', context, overrides),
    });
    expect(chart.title).toBe('失信个人');
    expect(chart.subtitle).toBe('副标题');
    expect(chart.svg).toContain('失信个人');
    expect(chart.svg).toContain('编者说明');
    const other = chartForFigure(record, 'qiye-1447-hu', meta, {
      text: record.text,
      ...figureChartOptions('qiye-1447-hu', context, overrides),
    });
    expect(other.title).not.toBe('失信个人');
  });
  it('give rank charts their total from context, and cite it on rank figures only', () => {
    expect(chartContext(context)).toEqual({ rankTotals: { 全省: 9 }, rankTotalByFigure: {} });
    const rank = record.figures.find((f) => f.id === 'zongliang-di-3-wei')!;
    const chart = chartForFigure(record, rank.id, meta, { context: chartContext(context) });
    expect(chart.table.rows.some((r) => r[1] === '9')).toBe(true);
    expect(rankTotalsOf(rank, context).map((f) => f.total)).toEqual([9]);
    expect(rankTotalsOf(record.figures[0]!, context)).toEqual([]);
  });
});
