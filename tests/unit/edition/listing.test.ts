import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { speechFacts, type SpeechFacts } from '../../../src/lib/edition/facts';
import { newestFirst, placeFilters, yearFilters } from '../../../src/lib/edition/listing';

const facts = (slug: string, date: string | null, place: string | null): SpeechFacts =>
  speechFacts({ slug, displayName: slug, place, office: null, speaker: null, date });

// The seed and the six corpus reports, with the dates and places their texts state.
const edition = [
  facts('bijie-2018-08-27-fangguanfu', '2018-08-27', '毕节市'),
  facts('cn-2014-zhengfu-gongzuo-baogao', '2014-03-05', '全国'),
  facts('cn-2015-zhengfu-gongzuo-baogao', '2015-03-05', '全国'),
  facts('cn-2016-zhengfu-gongzuo-baogao', '2016-03-05', '全国'),
  facts('guangdong-2026-zhengfu-gongzuo-baogao', '2026-01-26', '广东省'),
  facts('sichuan-2026-zhengfu-gongzuo-baogao', '2026-02-03', '四川省'),
  facts('yunnan-2026-zhengfu-gongzuo-baogao', '2026-01-28', '云南省'),
];

describe('newestFirst', () => {
  it('orders by date of delivery, newest first', () => {
    expect(newestFirst(edition).map((s) => s.slug)).toEqual([
      'sichuan-2026-zhengfu-gongzuo-baogao',
      'yunnan-2026-zhengfu-gongzuo-baogao',
      'guangdong-2026-zhengfu-gongzuo-baogao',
      'bijie-2018-08-27-fangguanfu',
      'cn-2016-zhengfu-gongzuo-baogao',
      'cn-2015-zhengfu-gongzuo-baogao',
      'cn-2014-zhengfu-gongzuo-baogao',
    ]);
  });

  it('puts a speech of the same day by folder name, and an undated one last', () => {
    const order = newestFirst([
      facts('b-2020', null, null),
      facts('z-2020', '2020-01-01', null),
      facts('a-2020', '2020-01-01', null),
    ]).map((s) => s.slug);
    expect(order).toEqual(['a-2020', 'z-2020', 'b-2020']);
  });

  it('is an order: the same whatever order the speeches arrive in', () => {
    const date = fc.option(
      fc.date({ min: new Date('1949-10-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), date), {
          selector: ([slug]) => slug,
        }),
        (rows) => {
          const list = rows.map(([slug, d]) =>
            facts(slug, d ? d.toISOString().slice(0, 10) : null, null),
          );
          const once = newestFirst(list).map((s) => s.slug);
          expect(newestFirst([...list].reverse()).map((s) => s.slug)).toEqual(once);
          const dates = newestFirst(list).map((s) => s.date);
          const dated = dates.filter((d) => d !== null);
          expect(dates.slice(0, dated.length)).toEqual(dated);
          expect([...dated].sort().reverse()).toEqual(dated);
        },
      ),
    );
  });
});

describe('placeFilters', () => {
  it('gives 全国 first, then places by how many speeches, each with its count', () => {
    expect(placeFilters(edition)).toEqual([
      { key: 'cn', name: '全国', count: 3 },
      { key: 'bijie', name: '毕节市', count: 1 },
      { key: 'guangdong', name: '广东省', count: 1 },
      { key: 'sichuan', name: '四川省', count: 1 },
      { key: 'yunnan', name: '云南省', count: 1 },
    ]);
  });

  it('names a place by a speech that names it, and by its key when none does', () => {
    expect(
      placeFilters([
        facts('yunnan-2026-a', '2026-01-28', null),
        facts('yunnan-2025-b', '2025-01-20', '云南省'),
        facts('lijiang-2025-c', '2025-03-01', null),
      ]),
    ).toEqual([
      { key: 'yunnan', name: '云南省', count: 2 },
      { key: 'lijiang', name: 'lijiang', count: 1 },
    ]);
  });
});

describe('yearFilters', () => {
  it('gives each year of delivery, newest first, with its count', () => {
    expect(yearFilters(edition)).toEqual([
      { year: 2026, count: 3 },
      { year: 2018, count: 1 },
      { year: 2016, count: 1 },
      { year: 2015, count: 1 },
      { year: 2014, count: 1 },
    ]);
  });

  it('leaves undated speeches out of the years', () => {
    expect(yearFilters([facts('x-1', null, null)])).toEqual([]);
  });
});
