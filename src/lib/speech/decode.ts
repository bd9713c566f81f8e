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

const decodeStrictUtf8 = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
};

/**
 * Decodes the bytes of a speech file. Valid UTF-8 (with or without BOM) is read as UTF-8. Bytes
 * that are not valid UTF-8 are read as GB18030 when that loses fewer characters than reading them
 * as UTF-8 with replacements; either way every unreadable byte becomes U+FFFD and is counted.
 * Line endings are kept as found.
 */
export const decodeSpeech = (bytes: Uint8Array): { text: string; encoding: EncodingReport } => {
  const strict = decodeStrictUtf8(bytes);
  if (strict !== null) return describeText(strict, 'utf-8');
  const asUtf8 = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const asGb = new TextDecoder('gb18030', { ignoreBOM: true }).decode(bytes);
  return countReplacements(asGb) < countReplacements(asUtf8)
    ? describeText(asGb, 'gb18030')
    : describeText(asUtf8, 'utf-8');
};
