import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildSpeechRecord } from '../../../src/lib/speech-record';
import { claimsInQuestion } from '../../../src/lib/site/claims';
import { readSpeechReviews } from '../../../src/lib/speech-folders';

const SOURCE = readFileSync('content/speeches/bijie-2018-08-27-fangguanfu/source.txt');
const reviews = await readSpeechReviews(process.cwd(), 'bijie-2018-08-27-fangguanfu');
const seed = buildSpeechRecord('seed', SOURCE, undefined, reviews);

describe('claimsInQuestion', () => {
  it('names the two confirmed daily rates of the seed, not the totals they are checked against', () => {
    // 平均每天新增193户 against 22.66万户 in five years; 平均每天300户 against 3.87万户 in half a year.
    expect([...claimsInQuestion(seed)].sort()).toEqual([
      'shichang-zhuti-193-hu',
      'shichang-zhuti-300-hu',
    ]);
  });

  it('names nothing when every check adds up, or no editor has confirmed a 不符', () => {
    const checks = seed.checks.map((c) => ({ ...c, verdict: 'consistent' as const }));
    expect(claimsInQuestion({ ...seed, checks }).size).toBe(0);
    expect(claimsInQuestion(buildSpeechRecord('seed', SOURCE)).size).toBe(0);
  });
});
