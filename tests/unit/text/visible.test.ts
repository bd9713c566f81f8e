import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visible } from '../../../src/lib/text/visible';

/** Whether a reader may be shown the character, from the rule's own words. */
const allowed = (ch: string): boolean => {
  const code = ch.codePointAt(0)!;
  if (code === 0x09 || code === 0x0a || code === 0x0d) return true;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return false;
  return code !== 0xfffe && code !== 0xffff;
};

describe('visible', () => {
  it('drops form feeds, stray C0/C1 controls and bidi overrides; keeps tabs, line breaks and prose', () => {
    expect(visible('项目\f1977个')).toBe('项目1977个');
    expect(visible('\u0001审批\u0085事项\u007f')).toBe('审批事项');
    expect(visible('\u202e降低\u202c 与 \u2067提高\u2069')).toBe('降低 与 提高');
    expect(visible('第一\t第二\r\n第三\n“？”%')).toBe('第一\t第二\r\n第三\n“？”%');
  });

  it('keeps exactly the characters a reader may see, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(visible(s)).toBe(Array.from(s).filter(allowed).join(''));
      }),
      { numRuns: 500 },
    );
  });
});
