/**
 * Every page of a speech says which speech it belongs to: the name a person reads in the text
 * (tests/browser/edition-content.ts) is in the page's visible text and in its <title>, on one
 * page of each kind, for two speeches; the story names its speech too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteForFile } from './site';
import { SPEECHES, readOf } from './edition-content';

const site = siteForFile();
const SEED = 'bijie-2018-08-27-fangguanfu';
/** The seed and one other speech (a corpus report once the edition holds them). */
const TWO = [SEED, SPEECHES.find((s) => s !== SEED)!];

/** The first figure of the speech's index, as the figures page links it. */
async function firstFigure(slug: string): Promise<string> {
  const { page } = await site.open(`/speeches/${slug}/figures/`, { javaScript: false });
  const link = await page
    .locator('[data-figure-table] tbody tr a[href*="/figures/"]')
    .first()
    .getAttribute('href');
  await page.context().close();
  return /\/figures\/([^/]+)\/$/.exec(link!)![1]!;
}

describe.each(TWO)('pages of %s', (slug) => {
  const { name } = readOf(slug);

  it('name the speech in their visible text and their title', async () => {
    const id = await firstFigure(slug);
    const pages = [
      `/speeches/${slug}/`,
      `/speeches/${slug}/read/`,
      `/speeches/${slug}/figures/`,
      `/speeches/${slug}/figures/${id}/`,
      `/speeches/${slug}/checks/`,
      `/speeches/${slug}/charts/`,
      `/speeches/${slug}/embed/${id}/`,
    ];
    for (const path of pages) {
      const { page } = await site.open(path, { width: 390, javaScript: false });
      // The embed has room only for its chart, whose source line names the speech over two lines.
      const visible = (await page.locator('body').innerText()).replace(/\s/gu, '');
      expect(visible, path).toContain(name);
      expect(await page.title(), path).toContain(name);
      await page.context().close();
    }
  });

  it('carry the name in the speech’s data', () => {
    const dist = resolve(process.env.DIST ?? 'dist');
    const json = JSON.parse(readFileSync(`${dist}/speeches/${slug}/data/speech.json`, 'utf8'));
    expect(json.speech.meta.displayName).toBe(name);
  });
});

describe('a story', () => {
  it('names its speech in its crumbs and its title', async () => {
    const { page } = await site.open('/stories/bijie-fangguanfu-shuzi/', { javaScript: false });
    const { name } = readOf(SEED);
    expect(await page.locator('nav[aria-label="位置"]').innerText()).toContain(name);
    expect(await page.title()).toContain(name);
  });
});
