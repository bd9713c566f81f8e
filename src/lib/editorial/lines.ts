/**
 * Line numbers in editors' files (MDX frontmatter, YAML, JSON), so an error can point at the
 * line to fix. Lines are 1-based; when nothing matches, line 1.
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The line a character offset falls on. */
export const lineAt = (text: string, offset: number): number =>
  text.slice(0, offset).split('\n').length;

/**
 * The line of a field given by its path, e.g. ['figures', 'some-id', 'title'] or
 * ['rankTotals', 0, 'total']: each key is looked for after the line of the one before it; a
 * number counts list items (YAML `- ` or JSON `{`) from there.
 */
export function lineOfPath(text: string, path: readonly (string | number)[]): number {
  const lines = text.split('\n');
  let at = 0;
  for (const key of path) {
    const pattern =
      typeof key === 'number'
        ? /^\s*(?:-\s|\{)/
        : new RegExp(`^\\s*(?:-\\s+)?["']?${escape(key)}["']?\\s*:`);
    let seen = -1;
    let found = -1;
    for (let i = at; i < lines.length; i++) {
      if (!pattern.test(lines[i]!)) continue;
      seen++;
      if (typeof key !== 'number' || seen === key) {
        found = i;
        break;
      }
    }
    if (found < 0) break;
    at = found;
  }
  return at + 1;
}

/** The first line where `value` stands as a whole token (not inside a longer id). */
export function lineOfValue(text: string, value: string, fromLine = 1): number {
  const re = new RegExp(`(^|[^a-z0-9-])${escape(value)}(?![a-z0-9-])`);
  const lines = text.split('\n');
  for (let i = fromLine - 1; i < lines.length; i++) if (re.test(lines[i]!)) return i + 1;
  return fromLine;
}
