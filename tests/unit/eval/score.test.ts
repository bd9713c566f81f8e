import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  goldTypeOf,
  scoreFigures,
  scoreRelations,
  scoreReport,
  type GoldFile,
} from '../../../src/lib/eval/index';
import { subjectsAgree } from '../../../src/lib/eval/subjects';
import { normaliseUnit, sameValue } from '../../../src/lib/eval/units';
import { gold, predicted, relation } from './helpers';

const EXCERPT = { start: 100, end: 400 };

// Five gold figures, one optional and not found; the predictions hold one of each error.
const GOLD = [
  gold({ id: 'gdp', start: 110, end: 117, value: 63.6e12, unit: '元', subject: '国内生产总值' }),
  gold({ id: 'growth', start: 120, end: 124, value: 7.4, unit: '%', subject: '国内生产总值增长' }),
  gold({ id: 'jobs', start: 130, end: 136, value: 1322e4, unit: '人', subject: '城镇新增就业' }),
  gold({ id: 'households', start: 140, end: 148, value: 32000, unit: '户', subject: '脱贫户' }),
  gold(
    { id: 'third', start: 150, end: 153, value: 1 / 3, unit: '', subject: '减少行政审批事项' },
    { alt: [{ value: 100 / 3, unit: '%' }] },
  ),
  gold(
    { id: 'scale', start: 160, end: 163, value: 1e12, unit: '元', subject: '产业集群规模' },
    { optional: true },
  ),
];
const PREDICTED = [
  predicted({
    id: 'p-gdp',
    start: 110,
    end: 117,
    value: 63.6e12,
    unit: '元',
    subject: '国内生产总值',
  }), // right
  predicted({ id: 'p-growth', start: 119, end: 124, value: 7.4, unit: '％', subject: '增长' }), // right (full-width %), subject too thin
  predicted({
    id: 'p-jobs',
    start: 130,
    end: 136,
    value: 1322,
    unit: '人',
    subject: '城镇新增就业',
  }), // value wrong
  predicted({
    id: 'p-households-a',
    start: 140,
    end: 143,
    value: 30000,
    unit: '户',
    subject: '脱贫户',
  }), // 3万2千 read as 3万 …
  predicted({
    id: 'p-households-b',
    start: 143,
    end: 148,
    value: 2000,
    unit: '户',
    subject: '脱贫户',
  }), // … and 2千: one false positive
  predicted({
    id: 'p-third',
    start: 150,
    end: 153,
    value: 100 / 3,
    unit: '%',
    subject: '减少行政审批事项',
  }), // an accepted alternative
  predicted({ id: 'p-invented', start: 170, end: 172, value: 5, unit: '年', subject: '连续' }), // not a figure
  predicted({ id: 'p-outside', start: 500, end: 505, value: 9, unit: '个', subject: '别处' }), // outside the excerpt: not scored
];

describe('scoreFigures', () => {
  const score = scoreFigures(GOLD, PREDICTED, EXCERPT);

  it('pairs by overlap, one to one, and judges value and unit', () => {
    expect(score.pairs.map((p) => [p.gold.id, p.predicted.id, p.right])).toEqual([
      ['gdp', 'p-gdp', true],
      ['growth', 'p-growth', true],
      ['jobs', 'p-jobs', false],
      ['households', 'p-households-b', false],
      ['third', 'p-third', true],
    ]);
  });

  it('gives the known precision and recall', () => {
    // 3 right of 7 predictions in the excerpt; 3 right of 5 gold counted (the optional one unfound)
    expect(score.precision).toBeCloseTo(3 / 7, 12);
    expect(score.recall).toBeCloseTo(3 / 5, 12);
  });

  it('names the false positives and leaves the unfound optional figure out of the misses', () => {
    expect(score.falsePositives.map((p) => p.id)).toEqual(['p-households-a', 'p-invented']);
    expect(score.missed).toEqual([]);
  });

  it('measures subject agreement among right pairs', () => {
    expect(score.subjectAgreement).toBeCloseTo(2 / 3, 12);
  });

  it('measures qualifier agreement among right pairs, 超 and 超过 being one word', () => {
    const hedged = scoreFigures(
      [
        gold(
          { id: 'a', start: 110, end: 114, value: 7, unit: '%', subject: '增长' },
          { q: '左右' },
        ),
        gold(
          { id: 'b', start: 120, end: 124, value: 2, unit: '%', subject: '比例' },
          { q: '超过' },
        ),
        gold({ id: 'c', start: 130, end: 134, value: 3, unit: '%', subject: '涨幅' }),
      ],
      [
        {
          ...predicted({ id: 'pa', start: 110, end: 114, value: 7, unit: '%', subject: '增长' }),
          qualifier: null,
        },
        {
          ...predicted({ id: 'pb', start: 120, end: 124, value: 2, unit: '%', subject: '比例' }),
          qualifier: { word: '超', bound: 'moreThan' },
        },
        predicted({ id: 'pc', start: 130, end: 134, value: 3, unit: '%', subject: '涨幅' }),
      ],
      EXCERPT,
    );
    expect(hedged.pairs.map((p) => p.qualifierAgrees)).toEqual([false, true, true]);
    expect(hedged.qualifierAgreement).toBeCloseTo(2 / 3, 12);
  });

  it('counts an optional figure that is found like any other', () => {
    const found = scoreFigures(
      GOLD,
      [
        ...PREDICTED,
        predicted({
          id: 'p-scale',
          start: 160,
          end: 163,
          value: 1e12,
          unit: '元',
          subject: '规模',
        }),
      ],
      EXCERPT,
    );
    expect(found.recall).toBeCloseTo(4 / 6, 12);
    expect(found.precision).toBeCloseTo(4 / 8, 12);
  });

  it('scores a missing gold figure as missed', () => {
    const fewer = scoreFigures(GOLD, PREDICTED.slice(1), EXCERPT);
    expect(fewer.missed.map((g) => g.id)).toEqual(['gdp']);
    expect(fewer.recall).toBeCloseTo(2 / 5, 12);
  });
});

describe('scoreRelations', () => {
  const figures = scoreFigures(GOLD, PREDICTED, EXCERPT);
  const rel = (id: string, type: string, cue: string, ...figures: string[]) =>
    relation(id, type, cue, ...figures.map((f): [string, string] => ['member', f]));
  const GOLD_RELATIONS = [
    { type: 'change' as const, cue: '增长', members: ['gdp', 'growth'] },
    { type: 'share' as const, cue: '占', members: ['jobs', 'third'] },
    { type: 'aligned' as const, cue: '分别', members: ['jobs', 'households'] },
  ];
  const PREDICTED_RELATIONS = [
    rel('r1', 'growth', '增长', 'p-growth', 'p-gdp'), // right: growth without 年均 is a change
    rel('r2', 'growth', '增长', 'p-gdp', 'p-growth'), // the same relation twice: false positive
    rel('r3', 'share', '占', 'p-jobs', 'p-invented'), // a member the gold does not hold
    rel('r4', 'rank', '第…位', 'p-jobs'), // one figure: not scored
    rel('r5', 'forecast', '', 'p-outside', 'p-outside-2'), // outside the excerpt: not scored
  ];

  it('matches by kind and member set and gives the known precision and recall', () => {
    const score = scoreRelations(
      GOLD_RELATIONS,
      PREDICTED_RELATIONS,
      PREDICTED,
      figures.pairs,
      EXCERPT,
    );
    expect(score.matched.map((m) => m.predicted.id)).toEqual(['r1']);
    expect(score.falsePositives.map((r) => r.id)).toEqual(['r2', 'r3']);
    expect(score.missed.map((g) => g.type)).toEqual(['share', 'aligned']);
    expect(score.precision).toBeCloseTo(1 / 3, 12);
    expect(score.recall).toBeCloseTo(1 / 3, 12);
  });

  it('does not match a relation of another kind over the same figures', () => {
    const score = scoreRelations(
      GOLD_RELATIONS,
      [rel('r', 'before-after', '从…到', 'p-gdp', 'p-growth')],
      PREDICTED,
      figures.pairs,
      EXCERPT,
    );
    expect(score.matched).toEqual([]);
    expect(score.precision).toBe(0);
  });
});

describe('goldTypeOf', () => {
  it('reads the older relation names in the gold vocabulary', () => {
    expect(goldTypeOf({ type: 'growth', cue: '年均增长' })).toBe('annual-growth');
    expect(goldTypeOf({ type: 'growth', cue: '增长' })).toBe('change');
    expect(goldTypeOf({ type: 'stated-change', cue: '减少幅度' })).toBe('before-after');
    expect(goldTypeOf({ type: 'ratio', cue: '整改率' })).toBe('share');
    expect(goldTypeOf({ type: 'target', cue: '预期目标' })).toBe('target-outcome');
    expect(goldTypeOf({ type: 'part-whole', cue: '其中' })).toBe('part-whole');
  });
});

describe('units, values and subjects', () => {
  it('treats full-width and half-width forms as one unit', () => {
    expect(normaliseUnit('％')).toBe('%');
    expect(normaliseUnit('：1')).toBe(normaliseUnit('∶1'));
    expect(normaliseUnit('百分点')).toBe('个百分点');
    expect(normaliseUnit('人')).not.toBe(normaliseUnit('人次'));
  });

  it('compares values with a relative tolerance of 1e-9', () => {
    expect(sameValue(63.6e12, 63600000000000)).toBe(true);
    expect(sameValue(1 / 3, 0.3333333333333333)).toBe(true);
    expect(sameValue(1322e4, 1322)).toBe(false);
    expect(sameValue(-6.8, 6.8)).toBe(false);
  });

  it('agrees on a subject contained in the other, but not on a bare fragment', () => {
    expect(subjectsAgree('国内生产总值', '国内生产总值增长')).toBe(true);
    expect(subjectsAgree('贡献率', '消费对经济增长的贡献率')).toBe(false);
    expect(subjectsAgree('提升', '区域创新能力全国排名提升')).toBe(false);
    expect(subjectsAgree('城市低保标准', '城市低保标准提高')).toBe(true);
    expect(subjectsAgree('', '城镇新增就业')).toBe(false);
  });
});

describe('scoreReport', () => {
  it('counts value and unit errors among matched figures', () => {
    const file: GoldFile = {
      report: 'r',
      excerpt: { what: '', start: 100, end: 400, first: '', last: '' },
      figures: GOLD,
      relations: [],
    };
    const wrongUnit = PREDICTED.map((p) => (p.id === 'p-gdp' ? { ...p, unit: '万亿元' } : p));
    const score = scoreReport(file, { figures: wrongUnit, relations: [] });
    expect(score.valueErrors).toBe(2); // 1322 for 1322万, 2千 for 3万2千
    expect(score.unitErrors).toBe(1);
    expect(score.goldFigures).toBe(6);
  });

  it('scores a prediction identical to the gold as perfect, whatever the gold', () => {
    const figure = fc.record({
      gap: fc.integer({ min: 0, max: 20 }),
      length: fc.integer({ min: 1, max: 8 }),
      value: fc.double({ min: -1e15, max: 1e15, noNaN: true }),
      unit: fc.constantFrom('元', '%', '人', '个百分点', ''),
      subject: fc.string({ minLength: 1, maxLength: 8 }),
    });
    fc.assert(
      fc.property(fc.array(figure, { minLength: 2, maxLength: 20 }), (drafts) => {
        let at = 0;
        const figures = drafts.map((d, i) => {
          const start = (at += d.gap);
          at += d.length;
          return gold({
            id: `g${i}`,
            start,
            end: at,
            value: d.value,
            unit: d.unit,
            subject: d.subject,
          });
        });
        const relations = [{ type: 'share' as const, cue: '占', members: ['g0', 'g1'] }];
        const file: GoldFile = {
          report: 'r',
          excerpt: { what: '', start: 0, end: at, first: '', last: '' },
          figures,
          relations,
        };
        const score = scoreReport(file, {
          figures: figures.map((g) => predicted({ ...g, id: `p${g.id}` })),
          relations: [relation('r', 'share', '占', ['part', 'pg0'], ['share', 'pg1'])],
        });
        expect([score.figures.precision, score.figures.recall]).toEqual([1, 1]);
        expect([score.relations.precision, score.relations.recall]).toEqual([1, 1]);
      }),
    );
  });
});
