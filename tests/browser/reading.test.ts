/**
 * The annotated reading page: every figure marked; focusing or tapping one shows its chart and
 * checks without leaving the text; with JavaScript off the mark is a link to the figure page.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { siteForFile } from './site';
import { buildSpeechRecord } from '../../src/lib/speech-record';

const SLUG = 'bijie-2018-08-27-fangguanfu';
const record = buildSpeechRecord(SLUG, readFileSync(`content/speeches/${SLUG}/source.txt`));
const READ = `/speeches/${SLUG}/read/`;
const checked = record.figures.find((f) =>
  record.relations.some((r) => r.members.some((m) => m.figure === f.id)),
)!;

const site = siteForFile();

describe('reading page', () => {
  it('marks every figure, in order, as a link to its page', async () => {
    const { page } = await site.open(READ);
    const marks = await page.$$eval('a[data-figure]', (as) =>
      as.map((a) => ({ id: (a as HTMLElement).dataset.figure, text: a.textContent })),
    );
    expect(marks.map((m) => m.id)).toEqual(record.figures.map((f) => f.id));
    const hrefs = await page.$$eval('a[data-figure]', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(hrefs).toEqual(record.figures.map((f) => `/speeches/${SLUG}/figures/${f.id}/`));
  });

  it('opens the chart and checks of a figure focused from the keyboard', async () => {
    const { page } = await site.open(READ, { width: 1280 });
    await page.focus(`#fig-${checked.id}`);
    const card = page.locator(`#card-${checked.id}`);
    await expect.poll(() => card.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    // The chart is fetched from its SVG file when the card opens.
    await expect.poll(() => card.locator('svg[role="img"]').count()).toBe(1);
    expect(await card.isVisible()).toBe(true);
    expect(await card.textContent()).toMatch(/相符|不符|无法核对/);
  });

  it('opens the card on a tap, staying on the page', async () => {
    const { page } = await site.open(READ, { width: 390 });
    await page.click(`#fig-${checked.id}`);
    const card = page.locator(`#card-${checked.id}`);
    await expect.poll(() => card.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect(new URL(page.url()).pathname).toBe(READ);
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });

  it('follows the link to the figure page with JavaScript off', async () => {
    const { page } = await site.open(READ, { javaScript: false });
    await page.click(`#fig-${checked.id}`);
    await page.waitForURL(`**/figures/${checked.id}/`);
    expect(await page.textContent('h1')).toContain(checked.text);
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThan(0);
  });
});
