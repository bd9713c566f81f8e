import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSizes } from '../../../scripts/bench/scale';
import { benchSpeeches } from '../../../scripts/bench/scratch';

describe('npm run bench: the speeches of a scratch build', () => {
  it('are the seed, then the six corpus reports, then repeats under new slugs', () => {
    const twenty = benchSpeeches(process.cwd(), 20);
    expect(twenty).toHaveLength(20);
    expect(new Set(twenty.map((s) => s.slug)).size).toBe(20);
    expect(twenty[0]!.slug).toBe('bijie-2018-08-27-fangguanfu');
    // The first seven are the seed and the six corpus reports, each once, the edition's own first.
    const corpus = [
      'cn-2014-zhengfu-gongzuo-baogao',
      'cn-2015-zhengfu-gongzuo-baogao',
      'cn-2016-zhengfu-gongzuo-baogao',
      'guangdong-2026-zhengfu-gongzuo-baogao',
      'sichuan-2026-zhengfu-gongzuo-baogao',
      'yunnan-2026-zhengfu-gongzuo-baogao',
    ];
    const seven = twenty.slice(0, 7).map((s) => s.slug);
    expect([...seven].sort()).toEqual(['bijie-2018-08-27-fangguanfu', ...corpus].sort());
    const own = readdirSync('content/speeches');
    expect(seven.slice(0, own.length).sort()).toEqual([...own].sort());
    expect(twenty[7]!.slug).toBe('bijie-2018-08-27-fangguanfu-2');
    expect(twenty[7]!.source).toBe(twenty[0]!.source);
    expect(benchSpeeches(process.cwd(), 1).map((s) => s.slug)).toEqual([twenty[0]!.slug]);
  });

  it('sizes come from --build-sizes, else 1, 7 and 20; nonsense is refused', () => {
    expect(buildSizes([])).toEqual([1, 7, 20]);
    expect(buildSizes(['--build-sizes', '1,7'])).toEqual([1, 7]);
    expect(() => buildSizes(['--build-sizes', 'seven'])).toThrow(/whole numbers/);
    expect(() => buildSizes(['--build-sizes'])).toThrow(/whole numbers/);
  });
});
