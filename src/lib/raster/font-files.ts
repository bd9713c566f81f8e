/**
 * The font set as files, because resvg's native binding loads fonts only from paths (its
 * `fontBuffers` option is for the WebAssembly build: the native one rejects the whole options
 * object and silently falls back to system fonts). Each face is written once, under a name taken
 * from its bytes, so files are shared across renders and builds and never stale.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FontSet } from './fonts';

const DIR = join(tmpdir(), 'figures-of-speech-fonts');

function faceFile(bytes: Uint8Array): string {
  const path = join(DIR, `${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}.ttf`);
  if (!existsSync(path)) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path, bytes);
  }
  return path;
}

const written = new WeakMap<FontSet, string[]>();

/** Paths of the set's regular and bold faces, written on first use. */
export function fontFiles(fonts: FontSet): string[] {
  let paths = written.get(fonts);
  if (!paths || !paths.every(existsSync)) {
    paths = [faceFile(fonts.regular), faceFile(fonts.bold)];
    written.set(fonts, paths);
  }
  return paths;
}
