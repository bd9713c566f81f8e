import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/figures/index';
import { decodeSpeech, parseSpeech, refusalOf } from '../../../src/lib/speech';
import { encodeBig5, encodeGb18030 } from './encoders';
import { SEED_BYTES, SEED_TEXT, utf8 } from './seed';

const utf16 = (s: string, order: 'le' | 'be'): Uint8Array => {
  const le = Buffer.from(`\uFEFF${s}`, 'utf16le');
  return new Uint8Array(order === 'le' ? le : le.swap16());
};

// Written for this test in traditional script, as a Taiwanese or Hong Kong copy would be.
const TRADITIONAL =
  '各位代表：現在，我代表市政府，向大會報告政府工作，請予審議。過去一年，全市經濟社會發展取得新成效，' +
  '地區生產總值增長百分之六點五，城鎮新增就業十二萬人，居民人均可支配收入增長百分之七。';

describe('decoding by byte-order mark', () => {
  it.each(['le', 'be'] as const)('reads UTF-16 %s with a BOM, and removes the BOM', (order) => {
    const { text, encoding } = decodeSpeech(utf16('同志们:\r\n讲话。', order));
    expect(text).toBe('同志们:\r\n讲话。');
    expect(encoding).toEqual({
      name: `utf-16${order}`,
      bom: true,
      lineEndings: 'crlf',
      replacementCharacters: 0,
    });
  });

  it('reads bytes after a UTF-8 BOM as UTF-8 even when some are invalid', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('讲话'), 0xb0, 0xa1]);
    const { text, encoding } = decodeSpeech(bytes);
    expect(encoding.name).toBe('utf-8');
    expect(text.startsWith('讲话\uFFFD')).toBe(true);
  });
});

describe('Big5 and GB18030, told apart by the characters they give', () => {
  it('reads traditional-script text in Big5 as Big5', () => {
    const { text, encoding } = decodeSpeech(encodeBig5(TRADITIONAL));
    expect(encoding.name).toBe('big5');
    expect(text).toBe(TRADITIONAL);
  });

  it('keeps reading the seed, written in GB18030, as GB18030', () => {
    const { text, encoding } = decodeSpeech(encodeGb18030(SEED_TEXT));
    expect(encoding.name).toBe('gb18030');
    expect(text).toBe(SEED_TEXT);
  });
});

describe('what is not text is refused', () => {
  it('accepts the seed and the six corpus reports, as received', () => {
    expect(refusalOf(SEED_BYTES)).toBeNull();
    const corpus = 'tests/fixtures/corpus';
    const slugs = readdirSync(corpus).filter((s) => !s.endsWith('.md'));
    expect(slugs).toHaveLength(6);
    for (const slug of slugs)
      expect(refusalOf(readFileSync(`${corpus}/${slug}/source.txt`))).toBeNull();
  });

  it('accepts an empty file and a speech with a few stray control characters', () => {
    expect(refusalOf(new Uint8Array())).toBeNull();
    expect(
      refusalOf(utf8(SEED_TEXT.replace('同志们', '同志\f们').replace('讲话', '讲\u0001话'))),
    ).toBeNull();
  });

  it('refuses any random bytes of 128 bytes or more', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 128, maxLength: 4096 }), (bytes) => {
        expect(refusalOf(bytes)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('refuses random bytes with the high bit set, which decode to rare Chinese characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 128, maxLength: 4096, min: 0x80 }), (bytes) => {
        expect(refusalOf(bytes)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('refuses runs of NUL, also inside a speech, and UTF-16 without a BOM', () => {
    expect(refusalOf(new Uint8Array(4096))).toMatch(/NUL/);
    const padded = new Uint8Array([...SEED_BYTES, ...new Uint8Array(64)]);
    expect(refusalOf(padded)).toMatch(/NUL/);
    expect(refusalOf(utf16(SEED_TEXT, 'le').subarray(2))).toMatch(/NUL/);
  });

  it('refuses text that is mostly control characters or mostly undecodable', () => {
    const controls = SEED_TEXT.slice(0, 200).replace(/[^\n](?=.)/g, (ch, i: number) =>
      i % 3 ? '\u0007' : ch,
    );
    expect(refusalOf(utf8(controls))).toMatch(/control/);
    const undecodable = new Uint8Array([0xef, 0xbb, 0xbf, ...new Uint8Array(300).fill(0xff)]);
    expect(refusalOf(undecodable)).toMatch(/no supported encoding/);
  });
});

describe('any speech text, in any supported encoding, gives the same text and figures', () => {
  const paragraphs = SEED_TEXT.split('\n').filter((line) => line.trim() !== '');
  // Speech-like text: seed lines in any order, their numbers changed, joined by LF or CRLF.
  const speechText = fc
    .tuple(
      fc.array(fc.nat(paragraphs.length - 1), { minLength: 1, maxLength: 12 }),
      fc.array(fc.nat(99_999), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('\n', '\r\n'),
    )
    .map(([lines, numbers, eol]) =>
      lines
        .map((i, k) =>
          paragraphs[i]!.replace(/\d+/g, (d) =>
            String(numbers[(k + d.length) % numbers.length] ?? d),
          ),
        )
        .join(eol),
    );

  it('UTF-8, UTF-8 with BOM, UTF-16 LE and BE with BOM, and GB18030', () => {
    fc.assert(
      fc.property(speechText, (text) => {
        const figures = extractFigures(parseSpeech(utf8(text))).figures;
        for (const bytes of [
          new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]),
          utf16(text, 'le'),
          utf16(text, 'be'),
          encodeGb18030(text),
        ]) {
          expect(refusalOf(bytes)).toBeNull();
          const parsed = parseSpeech(bytes);
          expect(parsed.text).toBe(text);
          expect(extractFigures(parsed).figures).toEqual(figures);
        }
      }),
      { numRuns: 25 },
    );
  });
});
