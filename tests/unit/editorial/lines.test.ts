import { describe, expect, it } from 'vitest';
import { lineAt, lineOfPath, lineOfValue } from '../../../src/lib/editorial/lines';

const yaml = `# comment
speech: s
rankTotals:
  - scope: 全省
    total: 9
  - scope: 全市
    total: 12
figures:
  a-1:
    title: T
`;

describe('lineOfPath', () => {
  it('finds nested keys, list items and keys after earlier ones', () => {
    expect(lineOfPath(yaml, ['speech'])).toBe(2);
    expect(lineOfPath(yaml, ['rankTotals', 0, 'scope'])).toBe(4);
    expect(lineOfPath(yaml, ['rankTotals', 1, 'total'])).toBe(7);
    expect(lineOfPath(yaml, ['figures', 'a-1', 'title'])).toBe(10);
  });
  it('reads JSON keys and falls back to the last line found', () => {
    const json = '{\n  "speech": "s",\n  "redirects": {\n    "old-id": "new-id"\n  }\n}\n';
    expect(lineOfPath(json, ['redirects', 'old-id'])).toBe(4);
    expect(lineOfPath(json, ['redirects', 'missing'])).toBe(3);
    expect(lineOfPath(json, ['nothing'])).toBe(1);
  });
});

describe('lineOfValue and lineAt', () => {
  it('matches whole ids only', () => {
    const text = 'a: x-1-2\nb: x-1\n';
    expect(lineOfValue(text, 'x-1')).toBe(2);
    expect(lineAt(text, text.indexOf('b:'))).toBe(2);
  });
});
