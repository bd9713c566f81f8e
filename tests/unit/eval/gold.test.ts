import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSpeech } from '../../../src/lib/speech/index';
import { goldProblems, parseGold } from '../../../src/lib/eval/gold';

const GOLD = 'tests/fixtures/gold';
const files = readdirSync(GOLD).filter((f) => f.endsWith('.yaml'));

describe('gold annotations', () => {
  it('cover at least three reports, national and provincial', () => {
    const reports = files.map((f) => parseGold(readFileSync(`${GOLD}/${f}`, 'utf8')).report);
    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(reports.some((r) => r.startsWith('cn-'))).toBe(true);
    expect(reports.some((r) => !r.startsWith('cn-'))).toBe(true);
  });

  describe.each(files)('%s', (file) => {
    const gold = parseGold(readFileSync(`${GOLD}/${file}`, 'utf8'));
    const bytes = readFileSync(`tests/fixtures/corpus/${gold.report}/source.txt`);
    const { text } = decodeSpeech(bytes);

    it('is named after its report', () => {
      expect(file).toBe(`${gold.report}.yaml`);
    });

    it('spans at least 3,000 characters', () => {
      expect(gold.excerpt.end - gold.excerpt.start).toBeGreaterThanOrEqual(3000);
    });

    it('still fits the decoded text: excerpt ends, spans, ids, relation members', () => {
      expect(goldProblems(gold, text)).toEqual([]);
    });

    it('lists figures in order, without overlaps', () => {
      gold.figures.slice(1).forEach((f, i) => {
        expect(f.start).toBeGreaterThanOrEqual(gold.figures[i]!.end);
      });
    });
  });

  it('reports drift: a shifted excerpt and a wrong span are named', () => {
    const gold = parseGold(readFileSync(`${GOLD}/${files[0]}`, 'utf8'));
    const { text } = decodeSpeech(readFileSync(`tests/fixtures/corpus/${gold.report}/source.txt`));
    const [first] = gold.figures;
    const shifted = {
      ...gold,
      excerpt: { ...gold.excerpt, start: gold.excerpt.start + 1 },
      figures: [
        { ...first!, start: first!.start + 1, end: first!.end + 1 },
        ...gold.figures.slice(1),
      ],
    };
    const problems = goldProblems(shifted, text);
    expect(problems.some((p) => p.startsWith('excerpt start'))).toBe(true);
    expect(problems.some((p) => p.includes(`figure ${first!.id}: text`))).toBe(true);
  });
});
