import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildSpeechRecord } from '../../../src/lib/speech-record';
import { figureGroups, findings } from '../../../src/lib/site/glance';
import { readSpeechReviews } from '../../../src/lib/speech-folders';
import { repairedText } from '../../../src/lib/speech/repaired';

const seed = buildSpeechRecord(
  'seed',
  readFileSync('content/speeches/bijie-2018-08-27-fangguanfu/source.txt'),
);

describe('figureGroups', () => {
  const groups = figureGroups(seed.parts, seed.figures);
  const shown = repairedText(seed.text, 0, seed.text.length, seed.repairs);

  it('keeps every figure once, in the order of the speech', () => {
    expect(groups.flatMap((g) => g.figures.map((f) => f.id))).toEqual(
      seed.figures.map((f) => f.id),
    );
  });

  it('heads each group with the point or part its figures stand in', () => {
    for (const g of groups) {
      for (const f of g.figures) expect([f.point, f.part, f.paragraph]).toContain(g.id);
      if (g.heading) expect(shown).toContain(g.heading);
    }
    const market = groups.find((g) => g.figures.some((f) => f.text === '22.66万户'))!;
    expect(market.heading).toBe('第二，市场活力持续激发。');
  });
});

describe('findings on the speech home', () => {
  it('shows no 不符 an editor has not confirmed, and both of the seed’s once confirmed', async () => {
    expect(seed.checks.filter((c) => c.verdict === 'inconsistent')).toHaveLength(2);
    expect(findings(seed.checks)).toEqual([]);
    const reviews = await readSpeechReviews(process.cwd(), 'bijie-2018-08-27-fangguanfu');
    const reviewed = buildSpeechRecord(
      'seed',
      readFileSync('content/speeches/bijie-2018-08-27-fangguanfu/source.txt'),
      undefined,
      reviews,
    );
    expect(findings(reviewed.checks).map((c) => c.id)).toEqual([
      'chk-rel-shichang-zhuti-22-66wan-hu-rate-per-period',
      'chk-rel-shichang-zhuti-3-87wan-hu-rate-per-period',
    ]);
    expect(findings(reviewed.checks).every((c) => c.review!.reason.length > 0)).toBe(true);
  });
});
