import { describe, expect, it } from 'vitest';
import { occasionOf } from '../../../src/lib/site/occasion';

describe('occasionOf', () => {
  it('reads the meeting off a 在…上的讲话 title', () => {
    expect(occasionOf('在全市深化“放管服”改革转变政府职能电视电话会议上的讲话')).toBe(
      '全市深化“放管服”改革转变政府职能电视电话会议',
    );
  });
  it('gives null for a title that names no occasion', () => {
    expect(occasionOf('政府工作报告')).toBeNull();
    expect(occasionOf(null)).toBeNull();
  });
});
