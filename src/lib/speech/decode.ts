import { notTextReason, textStats, type TextStats } from './plausible';
import type { EncodingReport } from './types';

const BOM = '\uFEFF';

const lineEndingsOf = (text: string): EncodingReport['lineEndings'] => {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf';
};

const countReplacements = (text: string): number => (text.match(/\uFFFD/g) ?? []).length;

/**
 * Reports on text that is already decoded (a string handed to the parser): a leading U+FEFF is
 * taken for a BOM and removed.
 */
export const describeText = (
  decoded: string,
  name: EncodingReport['name'] = 'utf-8',
): { text: string; encoding: EncodingReport } => {
  const bom = decoded.startsWith(BOM);
  const text = bom ? decoded.slice(1) : decoded;
  return {
    text,
    encoding: {
      name,
      bom,
      lineEndings: lineEndingsOf(text),
      replacementCharacters: countReplacements(text),
    },
  };
};

type EncodingName = EncodingReport['name'];

/** Byte-order marks, which name their encoding outright. */
const BOMS: readonly [EncodingName, readonly number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

const decode = (name: EncodingName, bytes: Uint8Array): string =>
  new TextDecoder(name, { ignoreBOM: true }).decode(bytes);

const decodeStrictUtf8 = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
};

/**
 * How well a reading of the bytes reads as text: everyday Chinese characters gained, characters
 * lost (controls, U+FFFD, unusable code points) counted heavily against it.
 */
const score = (stats: TextStats): number =>
  stats.everyday - 4 * (stats.controls + stats.unreadable);

/**
 * Decodes the bytes of a speech file. A byte-order mark names the encoding (UTF-8, UTF-16 LE or
 * BE). Otherwise valid UTF-8 is read as UTF-8, and other bytes in whichever of UTF-8 (with
 * replacements), GB18030 and Big5 reads best as text; Big5 only when it reads clearly better than
 * GB18030, since the two share most byte ranges. Every unreadable byte becomes U+FFFD and is
 * counted. Line endings are kept as found. Whether the result is text at all is
 * `refusalOf`'s question.
 */
export const decodeSpeech = (bytes: Uint8Array): { text: string; encoding: EncodingReport } => {
  const marked = BOMS.find(([, bom]) => bom.every((b, i) => bytes[i] === b));
  if (marked) return describeText(decode(marked[0], bytes), marked[0]);
  const strict = decodeStrictUtf8(bytes);
  if (strict !== null) return describeText(strict, 'utf-8');
  const readings = (['utf-8', 'gb18030', 'big5'] as const).map((name) => {
    const text = decode(name, bytes);
    return { name, text, score: score(textStats(text)) };
  });
  const [utf8, gb, big5] = readings as [
    (typeof readings)[0],
    (typeof readings)[0],
    (typeof readings)[0],
  ];
  const cjk = big5.score > gb.score + Math.max(BIG5_MARGIN, Math.abs(gb.score)) ? big5 : gb;
  const best = cjk.score > utf8.score ? cjk : utf8;
  return describeText(best.text, best.name);
};

/** Everyday characters Big5 must gain over GB18030 before it is taken for the encoding. */
const BIG5_MARGIN = 20;

/**
 * Why the bytes of a speech file are not text a speech can be read from (binary data, runs of
 * NUL, mostly control or undecodable characters, or characters no Chinese text is made of), or
 * null when they are.
 */
export const refusalOf = (bytes: Uint8Array): string | null =>
  notTextReason(textStats(decodeSpeech(bytes).text));
