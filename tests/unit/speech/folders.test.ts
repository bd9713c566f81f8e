import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpeechSources } from '../../../src/lib/speech-folders';
import { SEED_BYTES } from './seed';

/** A project root holding one speech folder with the given source bytes. */
const rootWith = (slug: string, bytes: Uint8Array): string => {
  const root = mkdtempSync(join(tmpdir(), 'speeches-'));
  mkdirSync(join(root, 'content/speeches', slug), { recursive: true });
  writeFileSync(join(root, 'content/speeches', slug, 'source.txt'), bytes);
  return root;
};

describe('the speeches the build reads', () => {
  it('reads a speech saved as UTF-16 with a BOM', async () => {
    const utf16 = Buffer.from(`\uFEFF${new TextDecoder().decode(SEED_BYTES)}`, 'utf16le');
    const [source] = await readSpeechSources(rootWith('seed-utf16', utf16));
    expect(source?.slug).toBe('seed-utf16');
  });

  it('fails on a source that is not text, naming the file and saying what to do', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + (i >> 3) * 104729) % 256);
    await expect(readSpeechSources(rootWith('binary', bytes))).rejects.toMatchObject({
      name: 'NotText',
      message: expect.stringContaining(
        'content/speeches/binary/source.txt: not the text of a speech',
      ),
      hint: expect.stringContaining('Save the speech as plain text'),
    });
  });

  it('fails on a source over 2 MB, naming the file', async () => {
    const big = new TextEncoder().encode('同志们：'.repeat(200_000));
    await expect(readSpeechSources(rootWith('huge', big))).rejects.toMatchObject({
      name: 'SpeechTooLarge',
      message: expect.stringContaining('content/speeches/huge/source.txt: 2.3 MB'),
    });
  });
});
