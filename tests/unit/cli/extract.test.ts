import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

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
});
