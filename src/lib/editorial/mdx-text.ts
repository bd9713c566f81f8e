/**
 * Text that MDX cannot read, found before MDX does, so that editors get a message in plain
 * Chinese at the right line instead of the compiler's ("Unexpected character '5' (U+0035)
 * before name"): a "<" in prose that does not open a tag or component.
 */
import { projectError, type ProjectError } from '../errors';

/** A "<" that opens a tag, a component, a closing tag, a comment or a fragment. */
const OPENS = /^<(?:[A-Za-z/!>])/;

/** Each "<" in the body of an MDX file (outside frontmatter and code) that opens nothing. */
export function mdxTextProblems(file: string, text: string): ProjectError[] {
  const lines = text.split('\n');
  const problems: ProjectError[] = [];
  let front = lines[0] === '---';
  let fence = false;
  lines.forEach((line, i) => {
    if (front) {
      if (i > 0 && line === '---') front = false;
      return;
    }
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) return;
    const prose = line.replace(/`[^`]*`/g, '');
    for (const m of prose.matchAll(/</g)) {
      if (!OPENS.test(prose.slice(m.index, m.index + 2))) {
        problems.push(
          projectError('MdxLessThan', `${file}:${i + 1}`, prose.slice(m.index, m.index + 6)),
        );
      }
    }
  });
  return problems;
}
