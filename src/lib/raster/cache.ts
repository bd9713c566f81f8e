/**
 * Rendered PNGs kept across builds, by content: a file per image named by the hash of all that
 * decides its bytes, so a rebuild renders only images whose input changed. Kept outside dist
 * (node_modules/.cache/fos-images, or the folder FOS_IMAGE_CACHE names); each file is written
 * under a temporary name and renamed, so a build that stops midway leaves no half image.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The cache folder: FOS_IMAGE_CACHE, else node_modules/.cache/fos-images under the cwd. */
export function imageCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.FOS_IMAGE_CACHE ?? join('node_modules', '.cache', 'fos-images'));
}

/**
 * The key of one image: its standalone SVG, its width, the identity of the fonts it is drawn
 * with and of the renderer. Parts are length-prefixed so no two lists hash alike.
 */
export function imageKey(parts: {
  svg: string;
  width: number;
  fonts: string;
  renderer: string;
}): string {
  const hash = createHash('sha256');
  for (const part of [parts.renderer, parts.fonts, String(parts.width), parts.svg])
    hash.update(`${Buffer.byteLength(part)}:`).update(part);
  return hash.digest('hex');
}

const fileOf = (dir: string, key: string): string => join(dir, key.slice(0, 2), `${key}.png`);

/** The cached bytes for `key`, or undefined when there are none. */
export function readCached(dir: string, key: string): Uint8Array | undefined {
  try {
    return readFileSync(fileOf(dir, key));
  } catch {
    return undefined;
  }
}

/** Whether `key` is cached, without reading it. */
export const isCached = (dir: string, key: string): boolean => existsSync(fileOf(dir, key));

/** Stores `bytes` under `key`: a temporary file first, renamed into place. */
export function writeCached(dir: string, key: string, bytes: Uint8Array): void {
  const file = fileOf(dir, key);
  mkdirSync(join(file, '..'), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
}
