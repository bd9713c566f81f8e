import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sentences } from '../../../src/lib/text/prose';

describe('sentences', () => {
  it('runs working lines together, each ending once with a stop', () => {
    expect(sentences(['226600 ÷ 1826天 ≈ 124.1户/天', '假定:五年按1826天计。', ''])).toBe(
      '226600 ÷ 1826天 ≈ 124.1户/天。假定:五年按1826天计。',
    );
  });

  it('counts a stop just inside a closing quote as the end of the sentence', () => {
    expect(sentences(['原文:“整改率达60.45%;”', '来源:讲话,第4段'])).toBe(
      '原文:“整改率达60.45%;”来源:讲话,第4段。',
    );
  });

  it('never doubles a stop and keeps every non-blank part', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .string({ unit: 'grapheme', maxLength: 12 })
            .filter((p) => !/^[。;;!?!?]/.test(p.trim())),
        ),
        (parts) => {
          const out = sentences(parts);
          expect(out).not.toMatch(/[。;;]。/);
          for (const p of parts) if (p.trim() !== '') expect(out).toContain(p.trim());
        },
      ),
    );
  });
});
