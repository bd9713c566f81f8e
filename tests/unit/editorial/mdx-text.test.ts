import { describe, expect, it } from 'vitest';
import { mdxTextProblems } from '../../../src/lib/editorial/mdx-text';

const FILE = 'content/notes/x.mdx';
const note = (body: string) => `---\nspeech: s\ntitle: "<标题>"\n---\n\n${body}\n`;

describe('a "<" MDX cannot read', () => {
  it('is named at its line, in Chinese, with what to write instead', () => {
    const [problem, ...rest] = mdxTextProblems(FILE, note('第一段。\n\n占比<5%，比上年低。'));
    expect(rest).toEqual([]);
    expect(problem!.message).toBe(
      `${FILE}:8：正文里的“<5%，比上”中的“<”不是组件的开头，MDX 无法读懂。`,
    );
    expect(problem!.hint).toContain('&lt;');
  });

  it('lists every one, and leaves components, tags, code and frontmatter alone', () => {
    const body = '<Figure id="a" />\n\n`a < b` 与 <br/>\n\n```\nx < 1\n```\n\n1 < 2，且 3 <4。';
    expect(mdxTextProblems(FILE, note(body)).map((p) => p.message.split('：')[0])).toEqual([
      `${FILE}:14`,
      `${FILE}:14`,
    ]);
  });
});
