import { describe, expect, it } from 'vitest';
import { formatInconsistent, formatVerdicts } from '../../../src/lib/eval/index';
import type { Check } from '../../../src/lib/figures/types';
import { relation } from './helpers';

const check = (id: string, verdict: Check['verdict'], working: string[] = []): Check => ({
  id,
  relation: `r-${id}`,
  title: `核对${id}`,
  verdict,
  working,
  assumptions: [],
});

describe('formatVerdicts', () => {
  it('gives every verdict used a column, with its count per report', () => {
    const table = formatVerdicts([
      {
        report: 'a',
        checks: [check('1', 'consistent'), check('2', 'inconsistent'), check('3', 'inconsistent')],
      },
      { report: 'b', checks: [check('4', 'uncheckable')] },
    ]);
    const [head, a, b] = table.split('\n').map((line) => line.split(/\s+/));
    expect(head).toEqual(['report', 'checks', 'consistent', 'inconsistent', 'uncheckable']);
    expect(a).toEqual(['a', '3', '1', '2', '0']);
    expect(b).toEqual(['b', '1', '0', '0', '1']);
  });
});

describe('formatInconsistent', () => {
  it('shows the relation’s figures and every line of the working', () => {
    const [entry] = formatInconsistent(
      'r',
      [check('x', 'inconsistent', ['分项相加：9000批。', '文中总数：2.3万批。'])],
      [relation('r-x', 'part-whole', '其中', ['whole', 'w'], ['part', 'p'])],
      [
        {
          id: 'w',
          text: '2.3万批次',
          start: 0,
          end: 6,
          value: 23000,
          unit: '批次',
          subject: '农产品定量抽检',
        },
        {
          id: 'p',
          text: '9000批次',
          start: 9,
          end: 15,
          value: 9000,
          unit: '批次',
          subject: '农兽药残留检测',
        },
      ],
    );
    expect(entry).toContain('part-whole 其中: whole:2.3万批次 part:9000批次');
    expect(entry).toContain('分项相加：9000批。');
    expect(entry).toContain('文中总数：2.3万批。');
  });
});
