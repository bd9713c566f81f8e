import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../../src/lib/editorial/summary';

describe('firstSentence', () => {
  it('cuts after the first full stop of the first paragraph', () => {
    expect(
      firstSentence(
        '\n这是云南省政府2026年向省人大所作的报告。它回顾“十四五”，部署2026年。\n\n第二段。',
      ),
    ).toBe('这是云南省政府2026年向省人大所作的报告。');
  });

  it('drops markup and headings, keeps the text of links, across the lines of a paragraph', () => {
    expect(
      firstSentence(
        '## 关于这份报告\n\n按**国务院**的[惯例](https://example.org/)，\n报告分三部分！其余略。',
      ),
    ).toBe('按国务院的惯例，报告分三部分！');
    expect(
      firstSentence('按**国务院**的[惯例](https://example.org/)，\n报告分三部分！其余略。'),
    ).toBe('按国务院的惯例，报告分三部分！');
  });

  it('skips MDX imports and components, and gives a paragraph without a stop whole', () => {
    expect(firstSentence("import X from './x';\n\n<X />\n\n没有句号的一段")).toBe('没有句号的一段');
  });

  it('gives nothing for an empty note', () => {
    expect(firstSentence('  \n\n ')).toBe('');
  });
});
