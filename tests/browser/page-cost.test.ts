/**
 * What pages cost a phone: the reading page keeps its DOM small by fetching a card's chart only
 * when the card opens (Lighthouse flags pages over 800 elements), and the figure index does not
 * move under the reader when its script takes over the filters (no layout shift).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { siteForFile } from './site';
import { buildSpeechRecord } from '../../src/lib/speech-record';

const SLUG = 'bijie-2018-08-27-fangguanfu';
const record = buildSpeechRecord(SLUG, readFileSync(`content/speeches/${SLUG}/source.txt`));
const READ = `/speeches/${SLUG}/read/`;
const figure = record.figures[0]!;

const site = siteForFile();

describe('reading page', () => {
  it('has fewer than 800 elements, and loads no chart until a card opens', async () => {
    const { page, requests } = await site.open(READ, { width: 390 });
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(elements).toBeLessThan(800);
    expect(requests.filter((u) => u.endsWith('.svg') && u.includes('/figures/'))).toEqual([]);
    expect(await page.locator('.figure-card svg').count()).toBe(0);
  });

  it('fetches the chart of a card from its SVG file when the card opens', async () => {
    const { page, requests } = await site.open(READ, { width: 390 });
    await page.click(`#fig-${figure.id}`);
    const card = page.locator(`#card-${figure.id}`);
    await expect.poll(() => card.locator('svg[role="img"]').count()).toBe(1);
    expect(requests).toContain(`${site.origin}/speeches/${SLUG}/figures/${figure.id}.svg`);
    expect(await card.locator(`svg [data-figure="${figure.id}"]`).count()).toBeGreaterThan(0);
    expect(await card.locator('[aria-busy]').count()).toBe(0);
  });

  it('keeps the link to the figure page for readers without JavaScript', async () => {
    const { page } = await site.open(READ, { javaScript: false });
    expect(await page.getAttribute(`#fig-${figure.id}`, 'href')).toBe(
      `/speeches/${SLUG}/figures/${figure.id}/`,
    );
  });
});

describe('figure index', () => {
  it.each([390, 1280])('does not shift its layout at %i px as the script loads', async (width) => {
    const { page } = await site.open(`/speeches/${SLUG}/figures/`, { width });
    // Every layout shift since navigation, buffered, once the page has settled.
    const shifts = await page.evaluate(
      () =>
        new Promise<number[]>((done) => {
          const values: number[] = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
              if (!shift.hadRecentInput) values.push(shift.value);
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done(values), 1000);
        }),
    );
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01);
    expect(await page.isVisible('[data-filters]')).toBe(true);
  });

  it('shows no filters that cannot work without JavaScript', async () => {
    const { page } = await site.open(`/speeches/${SLUG}/figures/`, { javaScript: false });
    expect(await page.isVisible('[data-filters]')).toBe(false);
  });
});
