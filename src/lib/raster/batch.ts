/**
 * PNGs for many SVGs at once, through the cache: the images whose key is not cached are drawn in
 * parallel (resvg renders on libuv's thread pool, one render per core) and stored; the rest are
 * read back. Fonts are subset only when something is drawn, to the characters of what is drawn:
 * a glyph's outline and metrics do not depend on which other glyphs the subset keeps, so a PNG's
 * bytes depend on the font files and its own text, which is what the key holds.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { imageCacheDir, imageKey, isCached, readCached, writeCached } from './cache';
import { facesId, loadFonts, type FontSet } from './fonts';
import { renderPng } from './png';
import { standaloneSvg } from './standalone';
import type { Theme } from './vars';

/** One image to draw: an SVG made to stand alone (colours resolved, background drawn). */
export interface RasterJob {
  svg: string;
  width: number;
}

/** What else decides a PNG's bytes: the rasteriser's version and how its pixels are encoded. */
const RENDERER = `resvg-js ${
  (createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string }).version
}; palette PNG 1`;

export const rasterJob = (svg: string, width: number, theme: Theme = 'light'): RasterJob => ({
  svg: standaloneSvg(svg, theme),
  width,
});

export const jobKey = (job: RasterJob): string =>
  imageKey({ ...job, fonts: facesId(), renderer: RENDERER });

/** Runs `task` over `items`, at most `limit` at a time. */
async function pooled<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** Draws and caches every job not yet cached; returns how many were drawn. */
export async function renderMissing(
  jobs: readonly RasterJob[],
  dir = imageCacheDir(),
): Promise<number> {
  const missing = new Map<string, RasterJob>();
  for (const job of jobs) {
    const key = jobKey(job);
    if (!missing.has(key) && !isCached(dir, key)) missing.set(key, job);
  }
  if (missing.size === 0) return 0;
  const fonts: FontSet = loadFonts([...missing.values()].map((j) => j.svg).join(''));
  await pooled([...missing], availableParallelism(), async ([key, job]) =>
    writeCached(dir, key, await renderPng(job.svg, job.width, fonts)),
  );
  return missing.size;
}

/** The PNG of one job: from the cache, else drawn now (and cached). */
export async function pngOf(job: RasterJob, dir = imageCacheDir()): Promise<Uint8Array> {
  const key = jobKey(job);
  const cached = readCached(dir, key);
  if (cached) return cached;
  await renderMissing([job], dir);
  return readCached(dir, key)!;
}
