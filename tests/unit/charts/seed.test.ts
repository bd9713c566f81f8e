import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../src/lib/speech';
import { extractFigures } from '../../../src/lib/figures';
import { withReviews } from '../../../src/lib/figures/standing';
import { readSpeechReviews } from '../../../src/lib/speech-folders';
import { chartsFor } from '../../../src/lib/charts';
import { CONTEXT, SEED_PATH } from './fixtures';
import { highlights, layoutProblems } from './svg-geometry';
import { normaliseSvg } from './normalise';
import { colour } from '../../../src/lib/charts/theme';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const speech = parseSpeech(readFileSync(SEED_PATH));
// The seed as the site has it: with the editors' review, which confirms its two 不符.
const reviews = await readSpeechReviews(
  fileURLToPath(new URL('../../../', import.meta.url)),
  'bijie-2018-08-27-fangguanfu',
);
const extracted = extractFigures(speech);
const set = { ...extracted, checks: withReviews(extracted.checks, reviews) };
const meta = {
  speaker: speech.meta.speaker?.text ?? '',
  date: speech.meta.date ?? '',
  title: speech.meta.title?.text ?? '',
};
const options = { text: speech.text, context: CONTEXT };
const charts = chartsFor(set, meta, options);

describe('the seed speech, charted', () => {
  it('has a chart for every figure, the figure drawn highlighted in it', () => {
    expect(set.figures.length).toBeGreaterThan(50);
    expect(charts.map((c) => c.highlight)).toEqual(set.figures.map((f) => f.id));
    for (const c of charts) expect(highlights(c.svg, c.highlight), c.id).toBe(true);
  });

  it('draws every figure that stands in a relation with at least one relative', () => {
    const related = new Set(set.relations.flatMap((r) => r.members.map((m) => m.figure)));
    for (const c of charts.filter((c) => related.has(c.highlight)))
      expect(c.figureIds.length, c.id).toBeGreaterThan(1);
  });

  it('sets no label on top of another in any chart', () => {
    for (const c of charts) expect(layoutProblems(c.svg), c.id).toEqual([]);
  });

  it('confirms both of the seed’s 不符 in its review file', () => {
    const confirmed = set.checks.filter((k) => k.review?.decision === 'confirm').map((k) => k.id);
    expect(confirmed).toEqual(
      set.checks.filter((k) => k.verdict === 'inconsistent').map((k) => k.id),
    );
    expect(confirmed).toHaveLength(2);
  });

  it('shows every confirmed 不符 on the charts of its figures', () => {
    for (const check of set.checks.filter((k) => k.verdict === 'inconsistent')) {
      const relation = set.relations.find((r) => r.id === check.relation);
      const shown = charts.filter((c) => relation?.members.some((m) => m.figure === c.highlight));
      expect(shown.length).toBeGreaterThan(0);
      expect(
        shown.some((c) => c.svg.includes('不符')),
        check.id,
      ).toBe(true);
    }
  });

  it('puts the alarm colour on the claim in question, 193户, and draws the computed rate neutral', () => {
    // 五年来22.66万户 and 平均每天新增193户: the stated daily rate is what does not add up.
    const bad = colour('bad');
    for (const id of ['shichang-zhuti-193-hu', 'shichang-zhuti-22-66wan-hu']) {
      const svg = charts.find((c) => c.highlight === id)!.svg;
      expect(svg).toMatch(
        new RegExp(`<rect [^>]*fill="${escape(bad)}"[^>]*data-figure="shichang-zhuti-193-hu"`),
      );
      expect(svg).toMatch(
        /<rect [^>]*fill="none"[^>]*data-figure="shichang-zhuti-193-hu-computed"/,
      );
      // Not by colour alone: the claim is marked in words beside its value.
      expect(svg).toContain('193户 ✕不符');
    }
    const total = charts.find((c) => c.highlight === 'shichang-zhuti-22-66wan-hu')!.svg;
    expect(total).not.toMatch(
      new RegExp(`fill="${escape(bad)}"[^>]*data-figure="shichang-zhuti-22-66wan-hu"`),
    );
  });

  it('is deterministic', () => {
    const fresh = extractFigures(parseSpeech(readFileSync(SEED_PATH)));
    const again = chartsFor(
      { ...fresh, checks: withReviews(fresh.checks, reviews) },
      meta,
      options,
    );
    expect(again.map((c) => c.svg)).toEqual(charts.map((c) => c.svg));
  });

  it('has one snapshot file per chart: none missing, none left over from charts that are gone', () => {
    const files = readdirSync(new URL('__snapshots__/seed/', import.meta.url)).sort();
    expect(files).toEqual(charts.map((c) => `${c.id}.svg`).sort());
  });

  for (const c of charts) {
    it(`snapshot ${c.id}`, async () => {
      await expect(normaliseSvg(c.svg)).toMatchFileSnapshot(`__snapshots__/seed/${c.id}.svg`);
    });
  }
});
