import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chartForFigure, chartsFor, type Chart } from '../../../src/lib/charts';
import { chartColours, colour } from '../../../src/lib/charts/theme';
import { MIN_SEGMENT } from '../../../src/lib/charts/part-whole';
import type { Check, FigureSet } from '../../../src/lib/figures/types';
import { CONTEXT, FIG, META, SEED, SET, fig } from './fixtures';
import { highlights, layoutProblems, readSvg } from './svg-geometry';
import { normaliseSvg } from './normalise';

const OPTIONS = { text: SEED, context: CONTEXT };
const charts = chartsFor(SET, META, OPTIONS);
const byId = (id: string): Chart => {
  const c = charts.find((x) => x.highlight === id);
  if (!c) throw new Error(`no chart for ${id}`);
  return c;
};

describe('chartsFor', () => {
  it('gives every figure a chart in which it is drawn and highlighted', () => {
    expect(charts.map((c) => c.highlight)).toEqual(SET.figures.map((f) => f.id));
    for (const c of charts) {
      expect(c.figureIds).toContain(c.highlight);
      expect(highlights(c.svg, c.highlight), c.id).toBe(true);
    }
  });

  it('draws a figure in a relation with its relatives', () => {
    expect(byId(FIG.items14.id).figureIds).toEqual([
      FIG.items124.id,
      FIG.items14.id,
      FIG.items110.id,
    ]);
    expect(byId(FIG.share101.id).figureIds).toEqual(
      expect.arrayContaining([FIG.proj1977.id, FIG.proj20.id, FIG.share101.id, FIG.share9899.id]),
    );
    expect(byId(FIG.agency405.id).figureIds).toEqual([
      FIG.agency74.id,
      FIG.agency44.id,
      FIG.agency405.id,
    ]);
    expect(byId(FIG.growth2544.id).figureIds).toEqual([FIG.growth1093.id, FIG.growth2544.id]);
  });

  it('chooses the form from the relation, and from the kind when the figure is alone', () => {
    const forms = Object.fromEntries(charts.map((c) => [c.highlight, c.form]));
    expect(forms).toMatchObject({
      [FIG.items124.id]: 'part-whole',
      [FIG.share9899.id]: 'part-whole',
      [FIG.hall1200.id]: 'before-after',
      [FIG.agency405.id]: 'before-after',
      [FIG.online013.id]: 'share',
      [FIG.fixed6045.id]: 'share',
      [FIG.perDay.id]: 'rate',
      [FIG.rank3.id]: 'rank',
      [FIG.last.id]: 'rank',
      [FIG.rc3.id]: 'rank-distribution',
      [FIG.growth1093.id]: 'growth',
      [FIG.depts46.id]: 'units',
      [FIG.poor10wan.id]: 'single',
      [FIG.certs8000.id]: 'periods',
      [FIG.certs36960.id]: 'periods',
      [FIG.online1168.id]: 'share',
    });
  });

  it('is deterministic: the same input gives the same bytes', () => {
    const again = chartsFor(structuredClone(SET), META, OPTIONS);
    expect(again.map((c) => c.svg)).toEqual(charts.map((c) => c.svg));
  });

  it('gives each chart a stable id from its figure and ids inside the SVG derived from it', () => {
    for (const c of charts) {
      expect(c.id).toBe(`chart-${c.highlight}`);
      for (const m of c.svg.matchAll(/ id="([^"]+)"/g))
        expect(m[1]?.startsWith(`${c.id}-`)).toBe(true);
    }
    const ids = charts.flatMap((c) => [...c.svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('SVG conventions', () => {
  it('is an accessible image that scales: viewBox, no fixed size, title and desc referenced', () => {
    for (const c of charts) {
      const root = /^<svg[^>]*>/.exec(c.svg)?.[0] ?? '';
      expect(root).toMatch(/viewBox="0 0 \d+ \d+"/);
      expect(root).not.toMatch(/ (width|height)=/);
      expect(root).toContain('role="img"');
      expect(root).toContain(`aria-labelledby="${c.id}-title ${c.id}-desc"`);
      expect(root).toContain('Noto Sans CJK SC');
      expect(c.svg).toContain(`<title id="${c.id}-title">`);
      expect(c.svg).toContain(`<desc id="${c.id}-desc">`);
    }
  });

  it('takes every colour from a chart custom property with a fallback', () => {
    const allowed = new Set(
      Object.keys(chartColours).map((k) => colour(k as keyof typeof chartColours)),
    );
    for (const c of charts) {
      for (const m of c.svg.matchAll(/ (?:fill|stroke|stop-color)="([^"]+)"/g)) {
        const v = m[1] ?? '';
        expect(v === 'none' || v.startsWith('url(#') || allowed.has(v), `${c.id}: ${v}`).toBe(true);
      }
    }
  });

  it('uses relative font sizes only', () => {
    for (const c of charts) {
      for (const m of c.svg.matchAll(/<text [^>]*font-size="([^"]+)"/g))
        expect(m[1]).toMatch(/em$/);
    }
  });

  it('sets no label on top of another, and none outside the chart', () => {
    for (const c of charts) expect(layoutProblems(c.svg), c.id).toEqual([]);
  });
});

describe('words around the chart', () => {
  it('titles from the subject, subtitles from the scope and the sentence, a source line', () => {
    const c = byId(FIG.firms.id);
    expect(c.title).toBe('新增市场主体');
    expect(c.subtitle).toBe('五年来：“新增市场主体22.66万户”');
    expect(c.source).toBe(
      '来源：张集智在全市深化“放管服”改革转变政府职能电视电话会议上的讲话，2018年8月27日，第3段',
    );
  });

  it('describes the chart for screen readers, with the sentence and every check', () => {
    const c = byId(FIG.perDay.id);
    expect(c.description).toContain('193户');
    expect(c.description).toContain('不符');
    expect(c.description).toContain('平均每天新增193户');
    expect(c.svg).toContain('<desc');
  });

  it('has a data table with every figure drawn, as written', () => {
    for (const c of charts) {
      const written = c.table.rows.map((r) => r[2]);
      for (const id of c.figureIds) {
        const f = SET.figures.find((g) => g.id === id);
        expect(written, `${c.id} ${id}`).toContain(f?.text);
      }
      expect(c.table.rows.every((r) => r.length === c.table.columns.length)).toBe(true);
    }
  });
});

describe('what the charts must show', () => {
  it('makes a 0.13% share visible: at least a tenth of the width in the inset', () => {
    const c = byId(FIG.online013.id);
    const { rects, width } = readSvg(c.svg);
    const widest = Math.max(
      ...rects.filter((r) => r.attrs['data-figure'] === FIG.online013.id).map((r) => r.width),
    );
    expect(widest).toBeGreaterThanOrEqual(width / 10);
    expect(c.svg).toContain('0.13%');
  });

  it('draws the 1.01% part at least the minimum width', () => {
    const { rects } = readSvg(byId(FIG.proj20.id).svg);
    const seg = rects.find((r) => r.attrs['data-figure'] === FIG.proj20.id);
    expect(seg?.width).toBeGreaterThanOrEqual(MIN_SEGMENT);
  });

  it('labels the change and the multiple of a before and after', () => {
    const svg = byId(FIG.hall14800.id).svg;
    expect(svg).toContain('×12.3');
    expect(svg).toContain('1.48万平方米');
    expect(svg).toContain('1200平方米');
    expect(byId(FIG.agency405.id).svg).toContain('40.54%');
  });

  it('places a rank among the N from context, and says when N is unknown', () => {
    expect(byId(FIG.rank4.id).svg).toContain('共9个参与排名');
    const bare = chartForFigure(SET, FIG.rank4.id, META, { text: SEED });
    expect(bare.svg).toContain('未知');
    expect(bare.svg).not.toContain('共9个');
  });

  it('shows an inconsistent check on the chart, in the colour of a problem', () => {
    const svg = byId(FIG.perDay.id).svg;
    expect(svg).toMatch(new RegExp(`<text [^>]*fill="${escape(colour('bad'))}"[^>]*>核对：不符`));
    expect(svg).toContain('约124.1户');
  });

  it('shows a 不符 no editor has confirmed as awaiting review, not in the colour of a problem', () => {
    const pending = SET.checks.map(({ review, ...rest }) => rest);
    const svg = chartForFigure({ ...SET, checks: pending }, FIG.perDay.id, META, OPTIONS).svg;
    expect(svg).toContain('核对：待编辑核实');
    expect(svg).not.toContain(colour('bad'));
  });

  it('adds a marked note to any chart whose relation fails its check', () => {
    const check: Check = {
      id: 'chk-rel-items-124-part-whole',
      relation: 'rel-items-124-part-whole',
      title: '分项之和与总数',
      verdict: 'inconsistent',
      working: ['14 + 110 = 124'],
      assumptions: [],
      stated: 124,
      computed: { value: 125, low: 125, high: 125 },
      review: {
        decision: 'confirm',
        reason: '分项齐全，和为125。',
        editor: '编辑部',
        date: '2026-11-30',
      },
    };
    const svg = chartForFigure({ ...SET, checks: [check] }, FIG.items14.id, META, OPTIONS).svg;
    expect(svg).toMatch(
      new RegExp(`fill="${escape(colour('bad'))}"[^>]*>核对不符：分项之和与总数`),
    );
    expect(chartForFigure(SET, FIG.items14.id, META, OPTIONS).svg).not.toContain('核对不符');
  });

  it('draws approximate values and bounds as such', () => {
    const alone = chartForFigure(
      { figures: [FIG.certs8000], relations: [], checks: [] },
      FIG.certs8000.id,
      META,
    );
    expect(alone.form).toBe('single');
    expect(alone.svg).toContain('url(#chart-certs-8000-fuzz)');
    expect(byId(FIG.certs8000.id).svg).toMatch(/stroke-dasharray/);
    expect(byId(FIG.poor10wan.id).svg).toMatch(/stroke-dasharray/);
    expect(byId(FIG.poor10wan.id).svg).toContain('至少');
  });

  it('draws a small count one mark per unit', () => {
    const { rects } = readSvg(byId(FIG.depts46.id).svg);
    expect(rects.filter((r) => r.attrs['data-figure'] === FIG.depts46.id)).toHaveLength(46);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the layout check itself', () => {
  it('finds labels set on top of each other, and labels running off the chart', () => {
    const svg = (a: string, b: string): string =>
      `<svg viewBox="0 0 100 50"><text x="${a}" y="20" font-size="1em">一二三</text><g transform="translate(0,10)"><text x="${b}" y="10" font-size="1em">四五</text></g></svg>`;
    expect(layoutProblems(svg('0', '30'))).toEqual(['overlap: 一二三 / 四五']);
    expect(layoutProblems(svg('0', '50'))).toEqual([]);
    expect(layoutProblems(svg('0', '80'))).toEqual(['outside: 四五']);
  });
});

describe('properties', () => {
  it('any parts of a whole: every part visible, no labels overlap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100000 }), { minLength: 2, maxLength: 6 }),
        (values) => {
          const parts = values.map((v, i) => ({
            ...fig(`p${i}`, '14项', v, '项', 'count', `部分${'甲乙丙丁戊己'[i]}`),
            text: `${v}项`,
          }));
          const whole = { ...FIG.items124, value: values.reduce((a, b) => a + b, 0) };
          const set: FigureSet = {
            figures: [whole, ...parts],
            relations: [
              {
                id: 'rel-pw',
                type: 'part-whole',
                members: [
                  { role: 'whole', figure: whole.id },
                  ...parts.map((p) => ({ role: 'part', figure: p.id })),
                ],
                cue: '其中',
                sentence: whole.sentence,
                evidence: whole.sentence,
              },
            ],
            checks: [],
          };
          const c = chartForFigure(set, 'p0', META);
          const { rects } = readSvg(c.svg);
          for (const p of parts) {
            const r = rects.find((x) => x.attrs['data-figure'] === p.id);
            expect(r?.width).toBeGreaterThanOrEqual(MIN_SEGMENT);
          }
          expect(layoutProblems(c.svg)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any share: the highlighted mark is visible and labels do not overlap', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 99.99, noNaN: true }), (v) => {
        const value = Math.round(v * 100) / 100;
        const f = { ...FIG.online1168, value, text: `${value}%` };
        const c = chartForFigure({ figures: [f], relations: [], checks: [] }, f.id, META);
        const { rects, width } = readSvg(c.svg);
        const widest = Math.max(
          ...rects.filter((r) => r.attrs['data-figure'] === f.id).map((r) => r.width),
        );
        expect(widest).toBeGreaterThanOrEqual(Math.min(width / 10, 2));
        expect(layoutProblems(c.svg)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('snapshots, one per form', () => {
  const forms = [...new Set(charts.map((c) => c.form))];
  it('covers every form', () => {
    expect(forms.sort()).toEqual(
      [
        'before-after',
        'growth',
        'part-whole',
        'periods',
        'rank',
        'rank-distribution',
        'rate',
        'share',
        'single',
        'units',
      ].sort(),
    );
  });
  it('has one snapshot file per form and no other', () => {
    const files = readdirSync(new URL('__snapshots__/forms/', import.meta.url)).sort();
    expect(files).toEqual(forms.map((f) => `${f}.svg`).sort());
  });
  for (const c of charts.filter((c, i) => charts.findIndex((d) => d.form === c.form) === i)) {
    it(`${c.form} (${c.highlight})`, async () => {
      await expect(normaliseSvg(c.svg)).toMatchFileSnapshot(`__snapshots__/forms/${c.form}.svg`);
    });
  }
});
