/**
 * Properties of every relation and check, on the seed, the six corpus reports and random report
 * prose: each relation's members lie in its evidence span, and no working contradicts its verdict.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../src/lib/figures/index';
import type { FigureSet } from '../../../../src/lib/figures/types';
import { verdictLabel } from '../../../../src/lib/figures/verdicts';
import { parseSpeech } from '../../../../src/lib/speech/index';
import { linesToSpeech } from '../helpers';
import { parsedSeed } from '../seed';

const CORPUS = fileURLToPath(new URL('../../../fixtures/corpus/', import.meta.url));
const reports = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({
    name: d.name,
    set: extractFigures(parseSpeech(readFileSync(`${CORPUS}${d.name}/source.txt`))),
  }));
const all = [{ name: 'seed', set: extractFigures(parsedSeed()) }, ...reports];

function membersInEvidence(set: FigureSet): void {
  const byId = new Map(set.figures.map((f) => [f.id, f]));
  for (const r of set.relations)
    for (const m of r.members) {
      const f = byId.get(m.figure)!;
      expect(f.start).toBeGreaterThanOrEqual(r.evidence.start);
      expect(f.end).toBeLessThanOrEqual(r.evidence.end);
    }
}

/** Words that state a verdict; only the closing line may, and only its own. */
const CLAIMS = [...Object.values(verdictLabel), '一致', '对不上', '相符'];
const FOR: Record<string, RegExp> = {
  consistent: /对不上|不符|超出/,
  direction: /对不上|不符|数值相符/,
  uncheckable: /对不上|不符|一致|相符/,
  inconsistent: /一致|相符/,
};

function workingAgrees(set: FigureSet): void {
  for (const c of set.checks) {
    const last = c.working[c.working.length - 1]!;
    expect(last.startsWith(`${verdictLabel[c.verdict]}：`), `${c.id}: ${last}`).toBe(true);
    const rest = last.slice(verdictLabel[c.verdict].length + 1);
    expect(FOR[c.verdict]!.test(rest), `${c.id}: ${last}`).toBe(false);
    for (const line of c.working.slice(0, -1))
      for (const word of CLAIMS) expect(line.includes(word), `${c.id}: ${line}`).toBe(false);
  }
}

describe('on the seed and the six corpus reports', () => {
  it.each(all)('$name: every member lies in its relation’s evidence', ({ set }) =>
    membersInEvidence(set),
  );
  it.each(all)(
    '$name: every working closes with its verdict and says nothing against it',
    ({ set }) => workingAgrees(set),
  );
  it.each(all)('$name: no check appears twice', ({ set }) => {
    const ids = set.checks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

const piece = fc.constantFrom(
  ...'其中 从 由 增加到 减少到 提高到 分别从 占全市的 平均每天新增 同比增长 年均增长 比上年增加 上升 个百分点 达到 整改率 高于 的预期目标 排全省第 中央 地方 、 ， 。 ； 万 亿 多 以上 左右 近 超过 户 项 个 元 % 2020年的 2025年的 五年来 全年 1 2 3 5 12 60 100 1.5 22.66 1977'.split(
    ' ',
  ),
);
const prose = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));

describe('on random report prose', () => {
  it('members lie in their evidence, and workings agree with verdicts', () => {
    fc.assert(
      fc.property(fc.array(prose, { minLength: 1, maxLength: 3 }), (lines) => {
        const set = extractFigures(linesToSpeech(lines));
        membersInEvidence(set);
        workingAgrees(set);
      }),
      { numRuns: 300 },
    );
  });
});
