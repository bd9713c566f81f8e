/** Where a check stands after review: an unreviewed 不符 is not a finding. */
import { describe, expect, it } from 'vitest';
import { standingLabel, standingOf, withReviews } from '../../../../src/lib/figures/standing';
import type { Check } from '../../../../src/lib/figures/types';

const check = (id: string, verdict: Check['verdict']): Check => ({
  id,
  relation: id.replace(/^chk-/, ''),
  title: 't',
  verdict,
  working: [],
  assumptions: [],
});
const review = (decision: 'confirm' | 'dismiss') => ({
  decision,
  reason: '理由',
  editor: '编辑',
  date: '2026-11-30',
});

describe('standing', () => {
  it('an unreviewed 不符 awaits review; confirmed it is 不符; dismissed it is set apart', () => {
    expect(standingOf(check('chk-a', 'inconsistent'))).toBe('pending');
    expect(standingLabel.pending).toBe('待编辑核实');
    const [confirmed, dismissed] = withReviews(
      [check('chk-a', 'inconsistent'), check('chk-b', 'inconsistent')],
      { 'chk-a': review('confirm'), 'chk-b': review('dismiss') },
    );
    expect(standingOf(confirmed!)).toBe('inconsistent');
    expect(confirmed!.review?.reason).toBe('理由');
    expect(standingOf(dismissed!)).toBe('dismissed');
  });

  it('other verdicts keep their own names unless dismissed', () => {
    for (const v of ['consistent', 'direction', 'uncheckable'] as const) {
      expect(standingOf(check('chk-a', v))).toBe(v);
      expect(standingOf({ ...check('chk-a', v), review: review('dismiss') })).toBe('dismissed');
    }
    expect([standingLabel.consistent, standingLabel.direction]).toEqual(['数值相符', '方向相符']);
  });
});
