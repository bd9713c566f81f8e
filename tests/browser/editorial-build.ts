/**
 * For the editorial build tests: a throwaway copy of the project (src, content, public and the
 * config; node_modules linked) holding only the speeches a test is about, where it plants files
 * and runs `astro build`, collecting its output. The copy has its own cache so the real
 * project's is untouched.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { leaveOutEditorial } from '../../scripts/bench/scratch';

export interface Copy {
  dir: string;
  write: (path: string, text: string) => void;
  read: (path: string) => string;
  build: () => Promise<{ ok: boolean; output: string }>;
  remove: () => void;
}

/** A copy holding the speeches `keep` (folder names) and their editors' files, and no others. */
export function copyProject(keep: readonly string[]): Copy {
  const root = resolve('.');
  const dir = mkdtempSync(join(tmpdir(), 'fos-editorial-'));
  for (const path of ['src', 'content', 'public', 'package.json', 'tsconfig.json'])
    cpSync(join(root, path), join(dir, path), { recursive: true });
  // Every other speech would only lengthen each build the test waits for.
  const speeches = join(dir, 'content', 'speeches');
  const known = new Set(readdirSync(speeches));
  for (const slug of known)
    if (!keep.includes(slug)) rmSync(join(speeches, slug), { recursive: true });
  leaveOutEditorial(dir, known, new Set(keep));
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
    // Asynchronous, so that the test worker keeps answering Vitest while a build runs (a
    // blocked worker misses Vitest's 60-second RPC deadline on a loaded machine).
    build: () =>
      new Promise((done) => {
        const run = spawn(join(root, 'node_modules/.bin/astro'), ['build'], {
          cwd: dir,
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
          timeout: 120_000,
        });
        let output = '';
        run.stdout.on('data', (c: Buffer) => (output += c.toString()));
        run.stderr.on('data', (c: Buffer) => (output += c.toString()));
        run.on('close', (code) => done({ ok: code === 0, output }));
      }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
