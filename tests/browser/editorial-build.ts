/**
 * For the editorial build tests: a throwaway copy of the project (src, content, public and the
 * config; node_modules linked) where a test plants files and runs `astro build`, collecting
 * its output. The copy has its own cache so the real project's is untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';

export interface Copy {
  dir: string;
  write: (path: string, text: string) => void;
  read: (path: string) => string;
  build: () => { ok: boolean; output: string };
  remove: () => void;
}

export function copyProject(): Copy {
  const root = resolve('.');
  const dir = mkdtempSync(join(tmpdir(), 'fos-editorial-'));
  for (const path of ['src', 'content', 'public', 'package.json', 'tsconfig.json'])
    cpSync(join(root, path), join(dir, path), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    config.replace('defineConfig({', "defineConfig({\n  cacheDir: './.astro-cache',"),
  );
  return {
    dir,
    write: (path, text) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    build: () => {
      const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
        timeout: 120_000,
      });
      return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
