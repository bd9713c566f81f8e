import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/figures/index';
import { baseId, textSlug } from '../../../src/lib/figures/ids';
import { parsedSeed } from './seed';

const record = JSON.parse(
  readFileSync(
    new URL('../../../content/permalinks/bijie-2018-08-27-fangguanfu.json', import.meta.url),
    'utf8',
  ),
) as { published: string[]; redirects: Record<string, string> };

describe('ids of the seed', () => {
  const ids = new Set(extractFigures(parsedSeed()).figures.map((f) => f.id));

  it('keeps every published id, or redirects it to one that exists', () => {
    for (const id of record.published) {
      const target = record.redirects[id] ?? id;
      expect(ids.has(target), id).toBe(true);
    }
  });
});

describe('ids show what is written', () => {
  it('writes a sign as fu, so a fall and a rise never share an id', () => {
    expect(textSlug('-6.8%')).toBe('fu6-8-pct');
    expect(textSlug('−5%')).toBe('fu5-pct');
    expect(baseId('利润', '-10000元')).not.toBe(baseId('利润', '10000元'));
  });

  it('gives a figure with no subject an id from its text alone', () => {
    expect(baseId('', '4年')).toBe('4-nian');
  });
});
