/**
 * Geometry read back from the SVG and compared with the figures' values, without snapshots: a
 * bar's length is proportional to its value and its label sits at its end; the parts of a whole
 * lie end to end and, with the gap to the stated whole, fill exactly the width the whole takes.
 * A drawing that scales a bar or a part wrongly fails here even if its snapshot is accepted.
 */
import { describe, expect, it } from 'vitest';
import { chartsFor } from '../../../src/lib/charts';
import { hbars } from '../../../src/lib/charts/hbars';
import { MIN_SEGMENT } from '../../../src/lib/charts/part-whole';
import { PAD } from '../../../src/lib/charts/frame';
import { CONTEXT, META, SEED, SET } from './fixtures';
import { readSvg, type RectItem } from './svg-geometry';

const valueOf = new Map(SET.figures.map((f) => [f.id, f.value]));
const charts = chartsFor(SET, META, { text: SEED, context: CONTEXT });
const figureRects = (svg: string): RectItem[] =>
  readSvg(svg).rects.filter((r) => r.attrs['data-figure'] !== undefined);

describe('horizontal bars', () => {
  const bars = [
    { id: 'a', name: '甲', value: 200, valueText: '200个', highlight: true },
    { id: 'b', name: '乙', value: 100, valueText: '100个', highlight: false },
    { id: 'c', name: '丙', value: 25, valueText: '25个', highlight: false },
  ];
  const svg = `<svg viewBox="0 0 400 200">${hbars(bars, 400).markup}</svg>`;
  const { rects, texts } = readSvg(svg);
  const zero = Number(/<path d="M([\d.]+),0V/.exec(svg)?.[1]);

  it('draws each bar from the zero line, its length proportional to its value', () => {
    const drawn = bars.map((b) => rects.find((r) => r.attrs['data-figure'] === b.id)!);
    for (const r of drawn) expect(r.x).toBeCloseTo(zero, 1);
    const perUnit = drawn.map((r, i) => r.width / bars[i]!.value);
    for (const k of perUnit) expect(k).toBeCloseTo(perUnit[0]!, 3);
  });

  it('writes each value just after the end of its bar, inside the chart', () => {
    for (const b of bars) {
      const r = rects.find((x) => x.attrs['data-figure'] === b.id)!;
      const label = texts.find((t) => t.text === b.valueText)!;
      expect(Number(label.attrs.x), b.id).toBeCloseTo(r.x + r.width + 4, 1);
      expect(label.box.x1).toBeLessThanOrEqual(400);
    }
  });

  it('gives the longest bar the room its label leaves', () => {
    const longest = rects.find((x) => x.attrs['data-figure'] === 'a')!;
    const label = texts.find((t) => t.text === '200个')!;
    expect(400 - label.box.x1).toBeLessThan(4);
    expect(longest.x + longest.width).toBeGreaterThan(400 * 0.75);
  });
});

describe('parts of a whole', () => {
  const partWholes = SET.relations.filter((r) => r.type === 'part-whole');
  const drawn = charts.filter((c) => c.form === 'part-whole');

  it('is drawn for the part-whole relations of the fixtures', () => {
    expect(partWholes.length).toBeGreaterThan(0);
    expect(drawn.length).toBeGreaterThan(0);
  });

  for (const chart of drawn) {
    it(`${chart.highlight}: parts end to end, each as wide as its share of the whole`, () => {
      const { width } = readSvg(chart.svg);
      const inner = width - 2 * PAD;
      const parts = figureRects(chart.svg).filter((r) => r.height === 26);
      const relation = partWholes.find((r) =>
        r.members.some((m) => m.role === 'part' && m.figure === parts[0]?.attrs['data-figure']),
      )!;
      const wholeId = relation.members.find((m) => m.role === 'whole')?.figure;
      const sum = parts.reduce((s, p) => s + valueOf.get(p.attrs['data-figure']!)!, 0);
      const whole = wholeId ? valueOf.get(wholeId)! : 0;
      const total = Math.max(sum, whole);
      let x = PAD;
      for (const p of parts) {
        const share = (valueOf.get(p.attrs['data-figure']!)! / total) * inner;
        expect(p.x, p.attrs['data-figure']).toBeCloseTo(x, 1);
        expect(p.width, p.attrs['data-figure']).toBeCloseTo(Math.max(MIN_SEGMENT, share), 1);
        x += p.width;
      }
      const gap = readSvg(chart.svg).rects.find((r) => r.attrs['stroke-dasharray'] === '4 3');
      if (whole > sum) expect(gap?.width).toBeCloseTo(((whole - sum) / total) * inner, 1);
      else expect(gap).toBeUndefined();
      const clamped = parts.some(
        (p) => (valueOf.get(p.attrs['data-figure']!)! / total) * inner < MIN_SEGMENT,
      );
      // SVG coordinates are written to two decimals, hence one decimal here. Parts and the gap fill the whole's width: the plot's, between the chart's margins.
      if (!clamped) expect(x - PAD + (gap?.width ?? 0)).toBeCloseTo(inner, 1);
    });
  }
});
