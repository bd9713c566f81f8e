import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageKey, readCached, writeCached } from '../../../src/lib/raster/cache';
import { jobKey, pngOf, rasterJob, renderMissing } from '../../../src/lib/raster/batch';
import { loadFonts, shareSvg, svgToPng, type ShareCard } from '../../../src/lib/raster';

const dir = mkdtempSync(join(tmpdir(), 'fos-image-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const speech = { speaker: '张集智', date: '2018年8月27日', title: '在全市电视电话会议上的讲话' };
const homeCard = (figureCount: number): ShareCard => ({
  kind: 'speech',
  speech,
  figureCount,
  checkCount: 12,
});
const base = { svg: '<svg/>', width: 800, fonts: 'f', renderer: 'r' };

describe('imageKey', () => {
  it('changes with each part that decides the bytes, and only with them', () => {
    const key = imageKey(base);
    expect(imageKey({ ...base })).toBe(key);
    for (const change of [{ svg: '<svg />' }, { width: 1600 }, { fonts: 'g' }, { renderer: 'r2' }])
      expect(imageKey({ ...base, ...change })).not.toBe(key);
    // Parts cannot run into each other: moving a character from one to the next is another key.
    expect(imageKey({ ...base, fonts: 'fr', renderer: '' })).not.toBe(
      imageKey({ ...base, fonts: 'f', renderer: 'r' }),
    );
  });
});

describe('the image cache', () => {
  it('gives back what was written and leaves no temporary file', () => {
    writeCached(dir, 'ab12', Uint8Array.from([1, 2, 3]));
    expect([...readCached(dir, 'ab12')!]).toEqual([1, 2, 3]);
    expect(readCached(dir, 'ab13')).toBeUndefined();
    expect(readdirSync(join(dir, 'ab'))).toEqual(['ab12.png']);
  });

  it('draws only what it has not drawn, with the bytes a direct render gives', async () => {
    const jobs = [7, 8].map((n) => rasterJob(shareSvg(homeCard(n)), 1200));
    expect(await renderMissing(jobs, dir)).toBe(2);
    expect(await renderMissing(jobs, dir)).toBe(0);
    const changed = [...jobs, rasterJob(shareSvg(homeCard(9)), 1200)];
    expect(await renderMissing(changed, dir)).toBe(1);
    // Drawn with a subset of its own characters, the image has the same bytes as drawn with a
    // subset of more: the key need not name the build's subset.
    const svg = shareSvg(homeCard(8));
    const direct = svgToPng(svg, { width: 1200, fonts: loadFonts(svg + '全市新增市场主体万户') });
    const cached = await pngOf(rasterJob(svg, 1200), dir);
    expect(Buffer.compare(Buffer.from(cached), Buffer.from(direct))).toBe(0);
    expect(jobKey(rasterJob(svg, 1200))).not.toBe(jobKey(rasterJob(svg, 600)));
  }, 30_000);
});
