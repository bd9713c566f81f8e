import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  indicatorChart,
  type IndicatorChartInput,
  type IndicatorChartYear,
  type IndicatorValue,
} from '../../../src/lib/charts/indicator';
import { colour } from '../../../src/lib/charts/theme';

const value = (
  v: number,
  bound: IndicatorValue['bound'],
  text: string,
  href: string,
): IndicatorValue => ({
  value: v,
  bound,
  text,
  href,
});

/** 城镇新增就业 as the 2014–2016 national reports give it. */
const jobs: IndicatorChartInput = {
  id: 'chart-test',
  title: '城镇新增就业：目标与结果',
  subtitle: '全国，2014年至2016年',
  source: '来源：2014年国务院政府工作报告、2015年国务院政府工作报告',
  unit: '万人',
  years: [
    {
      year: 2014,
      target: value(1000, 'at-least', '1000万人以上', '/speeches/cn-2014/figures/t14/'),
      outcome: value(1322, 'exact', '1322万人', '/speeches/cn-2015/figures/o14/'),
      verdict: 'met',
      verdictLabel: '达到',
    },
    {
      year: 2015,
      target: value(1000, 'at-least', '1000万人以上', '/speeches/cn-2015/figures/t15/'),
      outcome: value(900, 'exact', '900万人', '/speeches/cn-2016/figures/o15/'),
      verdict: 'missed',
      verdictLabel: '未达到',
    },
    {
      year: 2016,
      target: value(1000, 'at-least', '1000万人以上', '/speeches/cn-2016/figures/t16/'),
      outcome: null,
      verdict: 'unknown',
      verdictLabel: '无法判断',
    },
  ],
};

/** The markup of the <g> of `cls` for `year`. */
function groupOf(svg: string, cls: string, year: number): string {
  const m = new RegExp(`<g class="${cls}" data-year="${year}"[^>]*>(.*?)</g>`).exec(svg);
  if (!m) throw new Error(`no ${cls} for ${year}`);
  return m[1] ?? '';
}

/** y of a target's line (its first horizontal path) and of an outcome's dot. */
const lineY = (g: string): number => Number(/d="M[-\d.]+,([-\d.]+)H/.exec(g)?.[1]);
const dotY = (g: string): number => Number(/<circle[^>]*cy="([-\d.]+)"/.exec(g)?.[1]);
/** The link laid over a year's target or outcome: its href and the box it covers. */
function linkOf(svg: string, year: number, role: 'target' | 'outcome') {
  const m = new RegExp(
    `<a href="([^"]+)"[^>]*data-year="${year}" data-role="${role}"><rect x="([-\\d.]+)" y="([-\\d.]+)" width="([-\\d.]+)" height="([-\\d.]+)"`,
  ).exec(svg);
  if (!m) return undefined;
  const [x, y, w, h] = m.slice(2).map(Number) as [number, number, number, number];
  return { href: m[1], y0: y, y1: y + h, x0: x, x1: x + w };
}

describe('indicator chart', () => {
  const { svg, description, table } = indicatorChart(jobs, 400);

  it('draws an outcome above its target when it is more, below when it is less', () => {
    expect(dotY(groupOf(svg, 'outcome', 2014))).toBeLessThan(lineY(groupOf(svg, 'target', 2014)));
    expect(dotY(groupOf(svg, 'outcome', 2015))).toBeGreaterThan(
      lineY(groupOf(svg, 'target', 2015)),
    );
  });

  it('writes each outcome value beside its dot', () => {
    expect(groupOf(svg, 'outcome', 2014)).toContain('>1322万人</text>');
    expect(groupOf(svg, 'outcome', 2015)).toContain('>900万人</text>');
  });

  it('draws 以上 as a floor with upward arrows and 以内 as a ceiling with downward arrows', () => {
    const floor = groupOf(svg, 'target', 2014);
    expect(floor).toContain('class="floor"');
    expect(floor).toContain('class="mark-up"');
    expect(floor).not.toContain('mark-down');
    const ceiling = indicatorChart(
      { ...jobs, years: [{ ...jobs.years[2]!, target: value(4.5, 'at-most', '4.5%以内', '/x/') }] },
      400,
    ).svg;
    const g = groupOf(ceiling, 'target', 2016);
    expect(g).toContain('class="ceiling"');
    expect(g).toContain('class="mark-down"');
    expect(g).not.toContain('mark-up');
  });

  it('draws 左右 as a band around the target, and a range as a band between its ends', () => {
    const about: IndicatorChartYear = {
      year: 2014,
      target: value(7.5, 'about', '7.5%左右', '/t/'),
      outcome: value(7.4, 'exact', '7.4%', '/o/'),
      verdict: 'met',
      verdictLabel: '达到',
    };
    const range: IndicatorChartYear = {
      year: 2016,
      target: { ...value(6.5, 'range', '6.5%－7%', '/r/'), high: 7 },
      outcome: null,
      verdict: 'unknown',
      verdictLabel: '无法判断',
    };
    const chart = indicatorChart({ ...jobs, unit: '%', years: [about, range] }, 400).svg;
    const a = groupOf(chart, 'target', 2014);
    const band = /class="band band-about" data-y0="([-\d.]+)" data-y1="([-\d.]+)"/.exec(a);
    const centre = Number(/<path d="M[-\d.]+,([-\d.]+)H[-\d.]+"[^>]*stroke-dasharray/.exec(a)?.[1]);
    expect(Number(band?.[1])).toBeLessThan(centre);
    expect(Number(band?.[2])).toBeGreaterThan(centre);
    // 7.4% is below 7.5%: its dot is lower on the chart than the band's centre.
    expect(dotY(groupOf(chart, 'outcome', 2014))).toBeGreaterThan(centre);
    const r = /class="band band-range" data-y0="([-\d.]+)" data-y1="([-\d.]+)"/.exec(
      groupOf(chart, 'target', 2016),
    );
    // From 7% (higher, smaller y) down to 6.5%, a band of real height, not a line.
    expect(Number(r?.[2]) - Number(r?.[1])).toBeGreaterThan(10);
  });

  it('links every target and outcome to its figure page, over its mark and outside the image', () => {
    expect(linkOf(svg, 2014, 'target')?.href).toBe('/speeches/cn-2014/figures/t14/');
    expect(linkOf(svg, 2014, 'outcome')?.href).toBe('/speeches/cn-2015/figures/o14/');
    expect(linkOf(svg, 2015, 'outcome')?.href).toBe('/speeches/cn-2016/figures/o15/');
    expect(linkOf(svg, 2016, 'target')?.href).toBe('/speeches/cn-2016/figures/t16/');
    expect(linkOf(svg, 2016, 'outcome')).toBeUndefined();
    // The link covers the dot and the floor it stands for.
    const dot = dotY(groupOf(svg, 'outcome', 2014));
    const o = linkOf(svg, 2014, 'outcome')!;
    expect(o.y0).toBeLessThan(dot);
    expect(o.y1).toBeGreaterThan(dot);
    const floor = lineY(groupOf(svg, 'target', 2014));
    const t = linkOf(svg, 2014, 'target')!;
    expect(t.y0).toBeLessThan(floor);
    expect(t.y1).toBeGreaterThan(floor);
    // No link inside the image: an image's content is not read, nor may it be operated.
    const image = /<g role="img"[^>]*>(.*)<\/g><g transform/.exec(svg)?.[1] ?? '';
    expect(image).toContain('class="outcome"');
    expect(image).not.toContain('<a ');
  });

  it('opens its links in a new page when asked (embeds)', () => {
    const embedded = indicatorChart({ ...jobs, linkTarget: '_blank' }, 320).svg;
    const targets = [...embedded.matchAll(/<a [^>]*target="([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toEqual(['_blank', '_blank', '_blank', '_blank', '_blank']);
    expect(svg).not.toContain('target="');
  });

  it('writes each year’s verdict under it in the verdict’s colour', () => {
    const verdictText = (year: number) =>
      groupOf(svg, 'year', year)
        .match(/<text[^>]*>[^<]*<\/text>/g)
        ?.at(-1) ?? '';
    expect(verdictText(2014)).toContain('>达到<');
    expect(verdictText(2014)).toContain(`fill="${colour('good')}"`);
    expect(verdictText(2015)).toContain('>未达到<');
    expect(verdictText(2015)).toContain(`fill="${colour('bad')}"`);
    expect(verdictText(2016)).toContain('>无法判断<');
    expect(verdictText(2016)).toContain(`fill="${colour('muted')}"`);
  });

  it('is an image with a title and a description that says every year', () => {
    expect(svg).toMatch(
      /^<svg [^>]*><g role="img" aria-labelledby="chart-test-title chart-test-desc"><title id="chart-test-title">/,
    );
    expect(svg).toContain('<title id="chart-test-title">城镇新增就业：目标与结果</title>');
    expect(description).toContain('2014年，目标1000万人以上，结果1322万人，达到');
    expect(description).toContain('2015年，目标1000万人以上，结果900万人，未达到');
    expect(description).toContain('2016年，目标1000万人以上，无法判断');
    expect(table.rows).toEqual([
      ['2014年', '1000万人以上', '1322万人', '达到'],
      ['2015年', '1000万人以上', '900万人', '未达到'],
      ['2016年', '1000万人以上', '', '无法判断'],
    ]);
  });

  it('keeps every mark inside the chart and orders dots by value, whatever the values', () => {
    const point = fc.record({
      t: fc.option(fc.double({ min: -50, max: 2000, noNaN: true }), { nil: null }),
      o: fc.option(fc.double({ min: -50, max: 2000, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc
          .array(point, { minLength: 1, maxLength: 8 })
          .filter((ps) => ps.some((p) => p.t !== null || p.o !== null)),
        fc.constantFrom(320, 560),
        (ps, width) => {
          const years = ps.map((p, i) => ({
            year: 2010 + i,
            target: p.t === null ? null : value(p.t, 'about', `${p.t}`, '/t/'),
            outcome: p.o === null ? null : value(p.o, 'exact', `${p.o}`, '/o/'),
            verdict: 'unknown' as const,
            verdictLabel: '无法判断',
          }));
          const out = indicatorChart({ ...jobs, years }, width).svg;
          const height = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(out)?.[1]);
          const ys = [...out.matchAll(/\sc?y="([-\d.]+)"/g)].map((m) => Number(m[1]));
          for (const y of ys) expect(y).toBeGreaterThanOrEqual(0);
          for (const y of ys) expect(y).toBeLessThanOrEqual(height);
          const dots = years
            .filter((y) => y.outcome)
            .map((y) => ({ v: y.outcome!.value, cy: dotY(groupOf(out, 'outcome', y.year)) }));
          for (const a of dots)
            for (const b of dots) if (a.v > b.v) expect(a.cy).toBeLessThanOrEqual(b.cy);
        },
      ),
      { numRuns: 60 },
    );
  });
});
