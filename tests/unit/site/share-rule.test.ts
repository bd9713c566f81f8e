import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figuresWorthSharing } from '../../../src/lib/site/share-rule';
import { buildSpeechRecord } from '../../../src/lib/speech-record';

const SLUG = 'bijie-2018-08-27-fangguanfu';
const seed = buildSpeechRecord(SLUG, readFileSync(`content/speeches/${SLUG}/source.txt`));
const id = (text: string): string => seed.figures.find((f) => f.text === text)!.id;

describe('figures worth a share image', () => {
  const worthy = figuresWorthSharing(seed.relations, ['noted-figure']);

  it('include a figure checked against others: 平均每天新增193户 against 22.66万户 in five years', () => {
    expect(worthy.has(id('193户'))).toBe(true);
    expect(worthy.has(id('22.66万户'))).toBe(true);
  });

  it('include a figure an editor wrote a note on, in no relation', () => {
    expect(worthy.has('noted-figure')).toBe(true);
  });

  it('leave out every figure in no relation and with no note', () => {
    const related = new Set(seed.relations.flatMap((r) => r.members.map((m) => m.figure)));
    const bare = seed.figures.filter((f) => !related.has(f.id));
    expect(bare.length).toBeGreaterThan(0);
    for (const f of bare) expect(worthy.has(f.id)).toBe(false);
  });
});
