import { describe, expect, it } from 'vitest';
import { decodeSpeech } from '../../../src/lib/speech';
import { encodeGb18030 } from './encoders';
import { utf8 } from './seed';

describe('decodeSpeech', () => {
  it('reads UTF-8 and reports no BOM for text without one', () => {
    expect(decodeSpeech(utf8('同志们:\n讲话。'))).toEqual({
      text: '同志们:\n讲话。',
      encoding: { name: 'utf-8', bom: false, lineEndings: 'lf', replacementCharacters: 0 },
    });
  });

  it('removes a BOM and reports it', () => {
    const { text, encoding } = decodeSpeech(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('讲话')]));
    expect(text).toBe('讲话');
    expect(encoding.bom).toBe(true);
  });

  it('keeps a U+FEFF that is not at the start', () => {
    const { text, encoding } = decodeSpeech(utf8('讲\uFEFF话'));
    expect(text).toBe('讲\uFEFF话');
    expect(encoding.bom).toBe(false);
  });

  it.each([
    ['a\nb', 'lf'],
    ['a\r\nb\r\n', 'crlf'],
    ['a\rb', 'cr'],
    ['a\r\nb\nc', 'mixed'],
    ['a\rb\nc', 'mixed'],
    ['one line', 'none'],
    ['', 'none'],
  ] as const)('reports line endings of %j as %s and keeps them', (input, endings) => {
    const { text, encoding } = decodeSpeech(utf8(input));
    expect(text).toBe(input);
    expect(encoding.lineEndings).toBe(endings);
  });

  it('reads GB18030 bytes that are not valid UTF-8', () => {
    const source = '（二〇一八年八月二十七日）\r\n同志们：';
    const { text, encoding } = decodeSpeech(encodeGb18030(source));
    expect(text).toBe(source);
    expect(encoding).toEqual({
      name: 'gb18030',
      bom: false,
      lineEndings: 'crlf',
      replacementCharacters: 0,
    });
  });

  it('counts the bytes it cannot read as U+FFFD', () => {
    const bytes = new Uint8Array([...utf8('讲话'), 0xff, ...utf8('结束')]);
    const { text, encoding } = decodeSpeech(bytes);
    expect(encoding.replacementCharacters).toBe((text.match(/\uFFFD/g) ?? []).length);
    expect(encoding.replacementCharacters).toBeGreaterThan(0);
  });

  it('prefers UTF-8 when reading as GB18030 would lose more', () => {
    const bytes = new Uint8Array([...utf8('讲话同志们讲话同志们'), 0xc0]);
    const { text, encoding } = decodeSpeech(bytes);
    expect(encoding.name).toBe('utf-8');
    expect(text.startsWith('讲话同志们')).toBe(true);
    expect(encoding.replacementCharacters).toBe(1);
  });
});
