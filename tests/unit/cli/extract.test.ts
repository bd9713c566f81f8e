import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/extract.ts', ...args], { encoding: 'utf8' });

describe('extract command', () => {
  it('prints one JSON object for the seed, with every section', () => {
    const result = run('content/speeches/bijie-2018-08-27-fangguanfu/source.txt');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    for (const key of [
      'speech',
      'parts',
      'paragraphs',
      'repairs',
      'figures',
      'relations',
      'checks',
    ])
      expect(json).toHaveProperty(key);
    expect(json.speech.meta.speaker.text).toBe('张集智');
    expect(json.speech.meta.date).toBe('2018-08-27');
    for (const p of json.paragraphs) expect(json.text.slice(p.start, p.end)).toBe(p.text);
  }, 30_000);

  it('gives a one-line error and exit code 1 for a file that cannot be read', () => {
    const result = run('no/such/speech.txt');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('no/such/speech.txt');
  }, 30_000);

  const scratch = mkdtempSync(join(tmpdir(), 'extract-'));
  const seed = 'content/speeches/bijie-2018-08-27-fangguanfu/source.txt';

  it('refuses random bytes with exit code 1 and one line naming the file and what to do', () => {
    // 4 KB of hash output: bytes with no structure, the same on every run.
    const blocks = Array.from({ length: 128 }, (_, i) =>
      createHash('sha256').update(String(i)).digest(),
    );
    const file = join(scratch, 'random.txt');
    writeFileSync(file, Buffer.concat(blocks));
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`NotText: ${file}`);
    expect(lines[0]).toContain('Hint: Save the speech as plain text');
  }, 30_000);

  it('refuses a file over the 2 MB limit, naming it', () => {
    const file = join(scratch, 'huge.txt');
    writeFileSync(file, '同志们：'.repeat(200_000));
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`SpeechTooLarge: ${file}: 2.3 MB`);
  }, 30_000);

  it('reads the seed saved as UTF-16 with a BOM as it reads the UTF-8 original', () => {
    const file = join(scratch, 'utf16.txt');
    writeFileSync(file, Buffer.from(`\uFEFF${readFileSync(seed, 'utf8')}`, 'utf16le'));
    const result = run(file);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.speech.encoding).toMatchObject({ name: 'utf-16le', bom: true });
    expect(json.speech.meta.speaker.text).toBe('张集智');
    expect(json.speech.meta.date).toBe('2018-08-27');
    expect(json.text).toBe(readFileSync(seed, 'utf8'));
    expect(json.figures).toHaveLength(65);
  }, 30_000);
});
