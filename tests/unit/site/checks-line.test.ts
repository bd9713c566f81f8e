import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildSpeechRecord } from '../../../src/lib/speech-record';
import { checksLine } from '../../../src/lib/site/checks-line';
import { readSpeechReviews } from '../../../src/lib/speech-folders';

const source = readFileSync('content/speeches/bijie-2018-08-27-fangguanfu/source.txt');

describe('checksLine on a speech card', () => {
  it('says an unreviewed 不符 awaits review and never calls it a finding', () => {
    const seed = buildSpeechRecord('seed', source);
    const line = checksLine(seed.figures.length, seed.checks);
    expect(line).toBe(`${seed.figures.length}个数字 · ${seed.checks.length}项核对，2项待编辑核实`);
    expect(line).not.toContain('不符');
  });

  it('names the confirmed 不符 once an editor has confirmed them', async () => {
    const reviews = await readSpeechReviews(process.cwd(), 'bijie-2018-08-27-fangguanfu');
    const seed = buildSpeechRecord('seed', source, undefined, reviews);
    expect(checksLine(seed.figures.length, seed.checks)).toMatch(/，其中2项经编辑核实不符$/);
  });

  it('adds nothing when nothing is in question', () => {
    expect(checksLine(12, [])).toBe('12个数字 · 0项核对');
  });
});
