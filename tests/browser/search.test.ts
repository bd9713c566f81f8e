/**
 * The search page in Chromium: a Chinese subject word and a number each find the seed's figure,
 * results link to the figure page and the paragraph, nothing is asked of another origin, axe
 * passes, and without JavaScript the page says what it needs and where to go instead.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteForFile } from './site';
import { axeViolations } from './axe';

const SLUG = 'bijie-2018-08-27-fangguanfu';

const site = siteForFile();

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.fill('input[name="q"]', query);
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query);
  return page.$$eval('[data-figure-results] li', (lis) => lis.map((li) => li.textContent ?? ''));
}

describe.each([390, 1280])('search at %i px wide', (width) => {
  it('finds 22.66万户 by 市场主体 and by 22.66万, and 193户 by 193, staying on this site', async () => {
    const { page, requests } = await site.open('/search/', { width });
    // 五年来,新增市场主体22.66万户,平均每天新增193户
    const bySubject = await searchFor(page, '市场主体');
    expect(bySubject.some((t) => t.includes('22.66万户') && t.includes('市场主体'))).toBe(true);
    expect((await searchFor(page, '22.66万')).some((t) => t.includes('22.66万户'))).toBe(true);
    expect((await searchFor(page, '193')).some((t) => t.includes('193户'))).toBe(true);
    expect(await page.textContent('[data-status]')).toMatch(/找到\d+个数字/);

    // The empty page is checked with every page in pages.test.ts; the results are checked here.
    expect(requests.filter((u) => !u.startsWith(site.origin))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('search results', () => {
  it('link to the figure page and to its paragraph in the text, and open from the address', async () => {
    const { page } = await site.open(`/search/?q=${encodeURIComponent('22.66万')}`);
    await page.waitForSelector('[data-figure-results] li');
    const links = await page.$$eval('[data-figure-results] li a', (as) =>
      as.map(
        (a) =>
          new URL((a as HTMLAnchorElement).href).pathname +
          new URL((a as HTMLAnchorElement).href).hash,
      ),
    );
    expect(
      links.some((l) => /^\/speeches\/bijie-2018-08-27-fangguanfu\/figures\/[a-z0-9-]+\/$/.test(l)),
    ).toBe(true);
    const anchor = links.find((l) => l.startsWith(`/speeches/${SLUG}/read/#p`))!;
    expect(anchor).toBeDefined();
    await page.goto(site.origin + anchor);
    const paragraph = await page.textContent(anchor.slice(anchor.indexOf('#')));
    expect(paragraph).toContain('22.66万户');
  });

  it('find the text itself, with a link to the paragraph', async () => {
    const { page } = await site.open(`/search/?q=${encodeURIComponent('放管服')}`);
    await page.waitForSelector('[data-text-results] li');
    const first = await page.textContent('[data-text-results] li');
    expect(first).toContain('放管服');
    expect(await page.getAttribute('[data-text-results] li a', 'href')).toMatch(
      new RegExp(`/speeches/${SLUG}/read/#p\\d+$`),
    );
  });
});

describe('search without JavaScript', () => {
  it('says in Chinese what it needs and links to every speech’s figure index', async () => {
    const { page, requests } = await site.open('/search/', { width: 390, javaScript: false });
    const notice = (await page.textContent('[data-testid="search-needs-js"]')) ?? '';
    expect(notice).toContain('需要浏览器运行JavaScript');
    expect(notice).not.toMatch(/[,:;()]/);
    expect(await page.isVisible('[data-testid="search-needs-js"]')).toBe(true);
    expect(await page.isVisible('input[name="q"]')).toBe(false);
    const hrefs = await page.$$eval('[data-testid="search-needs-js"] a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(hrefs).toContain(`/speeches/${SLUG}/figures/`);
    expect(requests.filter((u) => !u.startsWith(site.origin))).toEqual([]);
  });

  it('passes axe as a reader without JavaScript sees it', async () => {
    // axe needs JavaScript itself: so the page's own script is kept from running instead, and
    // the <noscript> content shown as a browser without JavaScript shows it.
    const { page } = await site.open('/404.html');
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`${site.origin}/search/`);
    await page.evaluate(() => {
      for (const n of document.querySelectorAll('noscript')) {
        const shown = document.createElement('div');
        shown.innerHTML = n.textContent ?? '';
        n.replaceWith(shown);
      }
    });
    expect(await page.isVisible('[data-testid="search-needs-js"]')).toBe(true);
    expect(await page.isVisible('input[name="q"]')).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('site navigation', () => {
  it('links to the search page from the header of every page', async () => {
    const { page } = await site.open('/method/');
    expect(await page.getAttribute('header nav a[href$="/search/"]', 'href')).toBe('/search/');
  });
});
