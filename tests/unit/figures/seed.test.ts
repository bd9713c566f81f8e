import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/figures/index';
import type { Figure } from '../../../src/lib/figures/types';
import { parsedSeed } from './seed';
import { SEED_FIGURES } from './seed-figures';

const speech = parsedSeed();
const { figures } = extractFigures(speech);
const key = (f: { paragraph: string; text: string }) => `${f.paragraph}|${f.text}`;
const find = (text: string, paragraph?: string): Figure => {
  const hit = figures.find(
    (f) => f.text === text && (paragraph === undefined || f.paragraph === paragraph),
  );
  if (hit === undefined) throw new Error(`no figure ${text}`);
  return hit;
};

describe('figures of the seed against the hand-checked list', () => {
  it('finds every figure and invents none (precision and recall 1.0)', () => {
    const expected = new Map(SEED_FIGURES.map((e) => [key(e), e]));
    const correct = figures.filter((f) => {
      const e = expected.get(key(f));
      return e !== undefined && e.value === f.value && e.unit === f.unit && e.kind === f.kind;
    });
    const wrong = figures
      .filter((f) => !correct.includes(f))
      .map((f) => `${key(f)} ${f.value} ${f.unit} ${f.kind}`);
    const found = new Set(figures.map(key));
    const missed = SEED_FIGURES.filter((e) => !found.has(key(e))).map(key);
    expect({ wrong, missed }).toEqual({ wrong: [], missed: [] });
    expect(correct.length / figures.length).toBe(1);
    expect(correct.length / SEED_FIGURES.length).toBe(1);
    expect(SEED_FIGURES).toHaveLength(65);
  });

  it('gives every figure a span that slices back to its text', () => {
    for (const f of figures) expect(speech.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('gives unique, readable, short ASCII ids', () => {
    const ids = figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(48);
    expect(find('22.66万户').id).toBe('shichang-zhuti-22-66wan-hu');
  });

  it('reads 34.67?% as one figure through the lost character, naming the repair', () => {
    const damaged = find('34.67?%');
    const repair = speech.repairs.find((r) => r.start >= damaged.start && r.end <= damaged.end);
    expect(repair?.takenFor).toBe('');
    expect(damaged.repairs).toEqual([repair!.id]);
    expect(find('0.13?%').value).toBe(0.13);
  });

  it('names what figures measure, in the speech words', () => {
    expect(find('22.66万户').subject).toBe('新增市场主体');
    expect(find('193户').subject).toBe('新增市场主体');
    expect(find('1200平方米').subject).toBe('市级政务服务大厅面积');
    expect(find('1.48万平方米').subject).toBe('市级政务服务大厅面积');
    expect(find('74项').subject).toBe('行政审批中介服务事项');
    expect(find('44项').subject).toBe('行政审批中介服务事项');
    expect(find('124项').subject).toBe('行政审批事项');
    expect(find('10.93%').subject).toBe('招商引资到位资金');
    expect(find('13项', 'p4').subject).toBe('审批业务');
    expect(find('3790份').subject).toBe(find('36960份').subject);
  });

  it('carries the time and place scopes in force', () => {
    expect(find('22.66万户').scope.time).toEqual(['五年来']);
    expect(find('67家').scope.time).toEqual(['五年来']);
    expect(find('1977个').scope).toEqual({ time: ['今年以来'], place: ['全市'] });
    expect(find('20个').scope.place).toEqual(['市级']);
    expect(find('3.87万户').scope.time).toEqual(['今年上半年']);
    expect(find('7个全省第一').scope.time).toEqual(['上半年']);
    expect(find('倒数第一').scope).toEqual({ time: ['2016年前'], place: ['全省'] });
    expect(find('3790份').scope.time).toEqual(['今年']);
    expect(find('8000份左右').scope.time).toEqual(['全年预计']);
    expect(find('124项').scope.place).toEqual(['市级']);
  });

  it('keeps qualifiers, ranks from the bottom, and the place a rank count counts', () => {
    expect(find('8000份左右').qualifier).toEqual({ word: '左右', bound: 'approx' });
    expect(find('10万人以上').qualifier).toEqual({ word: '以上', bound: 'atLeast' });
    expect(find('倒数第一').fromEnd).toBe(true);
    expect(find('第四位').fromEnd).toBeUndefined();
    expect(
      ['7个全省第一', '9个第二', '13个第三', '7个第四', '4个第五'].map((t) => find(t).countedRank),
    ).toEqual([1, 2, 3, 4, 5]);
  });

  it('places figures in their paragraph, part and point', () => {
    const f = find('124项');
    const paragraph = speech.paragraphs.find((p) => p.id === f.paragraph)!;
    expect([f.part, f.point]).toEqual([paragraph.part, paragraph.point]);
    expect(f.part).not.toBeNull();
    expect(speech.text.slice(f.sentence.start, f.sentence.end)).toContain('其中国务院下放14项');
  });
});
