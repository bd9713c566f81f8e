import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseSpeech } from '../../../src/lib/speech';
import { expectInvariants } from './invariants';
import { SEED_TEXT, utf8 } from './seed';

const RUNS = 300;
const SEED_LINES = SEED_TEXT.split('\n');

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** Pieces of speech-like text that reach the parser's branches. */
const speechPiece = fc.constantFrom(
  '第一,',
  '第二，',
  '第三、',
  '一、',
  '二、',
  '一是',
  '二是',
  '三是',
  '?',
  '？',
  '\uFFFD',
  '%',
  '34.67',
  '中共中央',
  '国务院',
  '讲三点意见',
  '以下四个方面:',
  '同志们:',
  '(2018年8月27日)',
  '张集智',
  '(全文7312字)',
  '下载 打印 全屏',
  '图为',
  '本文内容由',
  '如若转载,请注明出处:',
  'https://a.cn/x?y=1',
  '。',
  ',',
  '\n',
  '\r\n',
  '\r',
  '\u3000',
  ' ',
  '\uFEFF',
  '吗',
  '为什么',
  '２０１８',
  '二〇一八年八月二十七日',
);

const lineEnding = fc.constantFrom('\n', '\r\n', '\r');

describe('parseSpeech on any input', () => {
  it('never throws and keeps its invariants on arbitrary strings (full Unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        expectInvariants(parseSpeech(s));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws and keeps its invariants on strings with lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 400 }), (s) => {
        expectInvariants(parseSpeech(s));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws and keeps its invariants on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expectInvariants(parseSpeech(bytes));
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps its invariants on speech-like text built from the markers it reads', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(speechPiece, fc.string({ maxLength: 6 })), { maxLength: 80 }),
        (pieces) => {
          expectInvariants(parseSpeech(pieces.join('')));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('keeps its invariants over the seed shuffled, thinned, re-ended and truncated', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(SEED_LINES, { minLength: 0 }),
        lineEnding,
        fc.nat(),
        fc.boolean(),
        (lines, ending, cut, asBytes) => {
          const joined = lines.join(ending);
          const text = joined.slice(0, cut % (joined.length + 1));
          expectInvariants(parseSpeech(asBytes ? utf8(text) : text));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('keeps its invariants over the seed cut at any offset, bytes included', () => {
    const bytes = utf8(SEED_TEXT);
    fc.assert(
      fc.property(fc.nat({ max: bytes.length }), fc.nat({ max: bytes.length }), (a, b) => {
        expectInvariants(parseSpeech(bytes.slice(Math.min(a, b), Math.max(a, b))));
      }),
      { numRuns: RUNS },
    );
    // 300 full parses and checks, each with its hundreds of repairs: slow on a shared machine.
  }, 30_000);
});
