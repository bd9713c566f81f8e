import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { buildSpeechRecord } from '../../../src/lib/speech-record';
import { buildSearchIndex, type IndexedSpeechInput } from '../../../src/lib/edition/search-index';
import { facets, normalize, search, sentenceOf } from '../../../src/lib/edition/search-query';

const SLUG = 'bijie-2018-08-27-fangguanfu';
const seed = buildSpeechRecord(SLUG, readFileSync(`content/speeches/${SLUG}/source.txt`));
const seedInput: IndexedSpeechInput = {
  slug: SLUG,
  name: '在全市推进“放管服”改革工作会议上的讲话',
  place: '毕节市',
  date: seed.speech.meta.date,
  text: seed.text,
  repairs: seed.repairs,
  paragraphs: seed.paragraphs,
  figures: seed.figures,
};
const index = buildSearchIndex([seedInput]);
const displays = (q: string, filters = {}) =>
  search(index, q, filters).figures.map((h) => h.figure.display);

/** A speech made of the given paragraphs, one line each, with figures found by hand. */
function made(
  slug: string,
  place: string,
  date: string,
  lines: string[],
  figures: { display: string; subject: string; unit: string; value: number }[],
): IndexedSpeechInput {
  const text = lines.join('\n');
  let at = 0;
  const paragraphs = lines.map((line, i) => {
    const p = { id: `p${i + 1}`, ordinal: i + 1, start: at, end: at + line.length };
    at += line.length + 1;
    return p;
  });
  return {
    slug,
    name: `${place}政府工作报告`,
    place,
    date,
    text,
    repairs: [],
    paragraphs,
    figures: figures.map((f, i) => {
      const start = text.indexOf(f.display);
      const p = paragraphs.find((q) => q.start <= start && start < q.end)!;
      return { ...f, id: `f${i}`, paragraph: p.id, sentence: { start: p.start, end: p.end } };
    }),
  };
}

describe('search over the seed', () => {
  it('finds the figures about 市场主体 by the subject word, those measuring it first', () => {
    const found = displays('市场主体');
    // 五年来，新增市场主体22.66万户，平均每天新增193户
    expect(found).toContain('22.66万户');
    expect(found).toContain('3.87万户');
    const hits = search(index, '市场主体').figures;
    const firstOther = hits.findIndex((h) => !h.figure.subject.includes('市场主体'));
    if (firstOther >= 0)
      expect(hits.slice(firstOther).every((h) => !h.figure.subject.includes('市场主体'))).toBe(
        true,
      );
  });

  it('finds 22.66万户 by 22.66, by 22.66万, by its value 226600 and by full-width digits', () => {
    for (const q of ['22.66', '22.66万', '226600', '２２．６６万'])
      expect(displays(q), q).toContain('22.66万户');
  });

  it('finds 193户 by 193, and the paragraph that says it', () => {
    expect(displays('193')).toContain('193户');
    const paragraphs = search(index, '193').paragraphs;
    expect(paragraphs.map((h) => h.paragraph.text).join('')).toContain('平均每天新增193户');
  });

  it('finds the text by any Chinese word in it, with where the word stands', () => {
    const hits = search(index, '放管服').paragraphs;
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.paragraph.text.slice(...h.match)).toBe('放管服');
  });

  it('indexes the text as readers see it, repairs applied (34.67?% → 34.67%)', () => {
    const text = index.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('同比增长34.67%');
    expect(text).not.toContain('34.67?%');
    expect(displays('34.67%')).toContain('34.67%');
  });

  it('keeps every figure, with its speech, year and paragraph anchor', () => {
    expect(index.figures).toHaveLength(seed.figures.length);
    expect(index.speeches).toEqual([
      { slug: SLUG, name: seedInput.name, place: '毕节市', year: 2018 },
    ]);
    const ids = new Set(index.paragraphs.map((p) => p.id));
    for (const f of index.figures) expect(ids.has(f.paragraph)).toBe(true);
  });

  it('keeps where each figure’s sentence stands, so the sentence holds the figure as shown (punctuation full-width, as the reading text shows it)', () => {
    for (const f of index.figures) expect(sentenceOf(index, f)).toContain(f.display);
    const f = index.figures.find((x) => x.display === '193户')!;
    expect(sentenceOf(index, f)).toBe(
      '五年来，新增市场主体22.66万户，平均每天新增193户，总量持续在全省排第3位。',
    );
  });

  it('finds every figure by the way it is written', () => {
    fc.assert(
      fc.property(fc.constantFrom(...index.figures), (f) =>
        search(index, f.display).figures.some((h) => h.figure === f),
      ),
    );
  });

  // A bare number cut out of a longer one (96 of 36960) is meant not to match; numbers are tested above.
  it('finds every paragraph by any stretch of its text that is not a bare number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...index.paragraphs.filter((p) => p.text.length > 8)),
        fc.nat(),
        fc.integer({ min: 2, max: 8 }),
        (p, from, length) => {
          const start = from % (p.text.length - length);
          const word = p.text.slice(start, start + length);
          fc.pre(!/\s/.test(word) && !/^[\d.万亿]+$/.test(word));
          return search(index, word).paragraphs.some((h) => h.paragraph === p);
        },
      ),
    );
  });
});

describe('search across speeches', () => {
  const edition = buildSearchIndex([
    made(
      'b-2015',
      '乙省',
      '2015-02-01',
      ['全年城镇新增就业1930万人，粮食产量6.2亿吨。', '居民消费价格上涨3%。'],
      [
        { display: '1930万人', subject: '城镇新增就业', unit: '人', value: 19_300_000 },
        { display: '6.2亿吨', subject: '粮食产量', unit: '吨', value: 620_000_000 },
        { display: '3%', subject: '居民消费价格', unit: '%', value: 3 },
      ],
    ),
    made(
      'a-2014',
      '甲市',
      '2014-01-20',
      ['城镇新增就业193万人。'],
      [{ display: '193万人', subject: '城镇新增就业', unit: '人', value: 1_930_000 }],
    ),
  ]);

  it('a number never matches inside a longer one: 193 finds 193万人, not 1930万人', () => {
    expect(search(edition, '193').figures.map((h) => h.figure.display)).toEqual(['193万人']);
    expect(search(edition, '1930').figures.map((h) => h.figure.display)).toEqual(['1930万人']);
    expect(search(edition, '6.2').figures.map((h) => h.figure.display)).toEqual(['6.2亿吨']);
    expect(search(edition, '6').figures).toEqual([]);
  });

  it('a number with 万 or 亿 finds the figure worth that much however it is written', () => {
    expect(search(edition, '62000万').figures.map((h) => h.figure.display)).toEqual(['6.2亿吨']);
  });

  it('every word must match', () => {
    expect(search(edition, '城镇新增就业 1930').figures.map((h) => h.speech.slug)).toEqual([
      'b-2015',
    ]);
    expect(search(edition, '粮食产量 193').figures).toEqual([]);
  });

  it('filters by place, year and unit; paragraphs have no unit', () => {
    const jobs = (filters: object) =>
      search(edition, '城镇新增就业', filters).figures.map((h) => h.figure.display);
    expect(jobs({})).toEqual(['193万人', '1930万人']);
    expect(jobs({ year: 2015 })).toEqual(['1930万人']);
    expect(jobs({ place: '甲市' })).toEqual(['193万人']);
    expect(search(edition, '', { unit: '吨' }).figures.map((h) => h.figure.display)).toEqual([
      '6.2亿吨',
    ]);
    expect(search(edition, '粮食', { unit: '吨' }).paragraphs).toEqual([]);
    expect(search(edition, '粮食', { year: 2014 }).paragraphs).toEqual([]);
    expect(search(edition, '粮食').paragraphs.map((h) => h.paragraph.id)).toEqual(['p1']);
  });

  it('offers the places, years and units present as filters', () => {
    expect(facets(edition)).toEqual({
      places: ['甲市', '乙省'],
      years: [2014, 2015],
      units: ['%', '吨', '人'],
    });
  });

  it('an empty query lists no paragraphs', () => {
    expect(search(edition, '  ').paragraphs).toEqual([]);
  });
});

describe('normalize', () => {
  it('reads full-width digits and signs as ASCII', () => {
    expect(normalize('２２．６６％')).toBe('22.66%');
  });

  it('keeps the length of any text, so offsets found in it hold in the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => normalize(s).length === s.length),
    );
    expect(normalize('面积3㎡')).toBe('面积3㎡');
  });
});
