import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

describe('eval command', () => {
  it('scores every gold report, lists the 不符 of the corpus, writes the details and exits 0', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/eval.ts'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    const reports = readdirSync('tests/fixtures/gold')
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''));
    for (const report of reports) {
      const row = lines.find((l) => l.startsWith(`${report} `))?.split(/\s+/) ?? [];
      // report, gold figures, then P and R of figures: shares between 0 and 1
      expect(row.length).toBeGreaterThan(4);
      expect(row.slice(2, 4).every((x) => Number(x) >= 0 && Number(x) <= 1)).toBe(true);
    }
    expect(result.stdout).toMatch(/不符 on the corpus \(\d+\):/);
    const details = readFileSync('.tmp/eval/details.md', 'utf8');
    for (const report of reports) expect(details).toContain(`## ${report}`);
  }, 60_000);
});
