import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/figures/index';
import { baseId } from '../../../src/lib/figures/ids';
import { linesToSpeech, lostCharacterRepairs } from './helpers';
import { parsedSeed } from './seed';

const seedLines = parsedSeed().paragraphs.map((p) => p.text);

// Pieces of report prose: numbers, units, multipliers, qualifiers, cue words, punctuation, damage.
const piece = fc.constantFrom(
  '新增',
  '市场主体',
  '其中',
  '从',
  '增加到',
  '减少为',
  '占全市的',
  '平均每天',
  '同比增长',
  '年均增长',
  '排全省第',
  '倒数第一',
  '个全省第一',
  '、',
  ',',
  '。',
  ';',
  '万',
  '亿',
  '万亿',
  '多',
  '余',
  '左右',
  '以上',
  '近',
  '约',
  '超过',
  '户',
  '项',
  '个',
  '%',
  '个百分点',
  '平方米',
  '个工作日',
  '倍',
  '成',
  '百分之',
  '一',
  '两',
  '十',
  '百',
  '千',
  '几',
  '第',
  '年',
  '月',
  '日',
  '“',
  '”',
  '《',
  '》',
  '?',
  '１',
  '２',
  '.',
  '0',
  '5',
  '9',
  '2018',
  '1.48',
  '22.66',
  '五年来',
  '今年上半年',
  '全市',
  '县(区)',
);
const prose = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 30 })
  .map((a) => a.join(''));

function spansHold(lines: string[]) {
  const speech = linesToSpeech(lines);
  const withRepairs = { ...speech, repairs: lostCharacterRepairs(speech.text) };
  const set = extractFigures(withRepairs);
  for (const f of set.figures) expect(withRepairs.text.slice(f.start, f.end)).toBe(f.text);
  return set;
}

describe('extraction on any input', () => {
  it('never throws on arbitrary strings, and spans always slice back', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 4 }), (lines) => {
        spansHold(lines);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on report-like prose, and spans slice back; ids stay unique and short', () => {
    fc.assert(
      fc.property(fc.array(prose, { minLength: 1, maxLength: 4 }), (lines) => {
        const set = spansHold(lines);
        const ids = set.figures.map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,48}$/);
        const figureIds = new Set(ids);
        for (const r of set.relations)
          for (const m of r.members) expect(figureIds.has(m.figure)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ids are stable when an unrelated paragraph is inserted or removed', () => {
  const original = extractFigures(linesToSpeech(seedLines)).figures;

  // A hundred extractions of the seed, relations and checks included: seconds on a busy machine.
  it('inserting a paragraph anywhere leaves every other figure id alone', () => {
    fc.assert(
      fc.property(fc.nat(seedLines.length), prose, (at, inserted) => {
        const lines = [...seedLines.slice(0, at), inserted, ...seedLines.slice(at)];
        const after = extractFigures(linesToSpeech(lines)).figures;
        const insertedParagraph = `p${at + 1}`;
        const newBases = new Set(
          after
            .filter((f) => f.paragraph === insertedParagraph)
            .map((f) => baseId(f.subject, f.text)),
        );
        const kept = after.filter((f) => f.paragraph !== insertedParagraph);
        expect(kept.map((f) => f.text)).toEqual(original.map((f) => f.text));
        kept.forEach((f, i) => {
          // Only a figure whose base id the new paragraph also produces may take a suffix.
          if (!newBases.has(baseId(original[i]!.subject, original[i]!.text)))
            expect(f.id).toBe(original[i]!.id);
        });
      }),
      { numRuns: 100 },
    );
    // 100 extractions of the seed: seconds on a machine shared by several test workers.
  }, 30_000);

  it('removing a paragraph leaves the ids of the others alone', () => {
    fc.assert(
      fc.property(fc.nat(seedLines.length - 1), (at) => {
        const lines = seedLines.filter((_, i) => i !== at);
        const after = extractFigures(linesToSpeech(lines)).figures;
        const removed = new Set(
          original.filter((f) => f.paragraph === `p${at + 1}`).map((f) => f.id),
        );
        expect(after.map((f) => f.id)).toEqual(
          original.filter((f) => !removed.has(f.id)).map((f) => f.id),
        );
      }),
      { numRuns: 20 },
    );
  });
});
