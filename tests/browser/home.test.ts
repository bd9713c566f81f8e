/**
 * The home page lists every speech of the edition with what a reader needs to choose one, and
 * its place and year filters are plain links that work without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { siteForFile } from './site';
import { axeViolations } from './axe';
import { SPEECHES, readOf } from './edition-content';

const site = siteForFile();
const SEED = 'bijie-2018-08-27-fangguanfu';
const STORY_TITLE = /^title:\s*(.+)$/m.exec(
  readFileSync('content/stories/bijie-fangguanfu-shuzi.mdx', 'utf8'),
)![1]!;
const placeKey = (slug: string) => slug.split('-')[0]!;

const cardSlugs = (page: Page) =>
  page
    .locator('[data-testid="speech-list"] > li')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-speech')));
const field = (page: Page, slug: string, name: string) =>
  page.locator(`[data-speech="${slug}"] [data-field="${name}"]`).innerText();

describe('home', () => {
  it('puts the stories first, the seed’s story among them', async () => {
    const { page } = await site.open('/');
    const stories = page.locator('[data-testid="home-stories"] a').first();
    expect(await stories.innerText()).toBe(STORY_TITLE);
    const before = await page.evaluate(() => {
      const story = document.querySelector('[data-testid="home-stories"]')!;
      const list = document.querySelector('[data-testid="speech-list"]')!;
      return Boolean(story.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
  });

  it('lists every speech in content/speeches, newest first, with place, speaker, date and figure count', async () => {
    const { page } = await site.open('/');
    const listed = await cardSlugs(page);
    expect([...listed].sort()).toEqual(SPEECHES);
    for (const slug of SPEECHES) {
      const read = readOf(slug);
      expect(await field(page, slug, 'place')).toBe(read.place);
      expect(await field(page, slug, 'speaker')).toBe(read.speaker);
      expect(await field(page, slug, 'date')).toBe(read.date);
      expect(await page.locator(`[data-speech="${slug}"] h3`).innerText()).toBe(read.name);
    }
    // Newest first: compare dates as numbers read from the texts.
    const when = (slug: string) => {
      const [, y, m, d] = /(\d+)年(\d+)月(\d+)日/.exec(readOf(slug).date)!.map(Number);
      return y! * 10_000 + m! * 100 + d!;
    };
    expect(listed).toEqual([...SPEECHES].sort((a, b) => when(b) - when(a) || a.localeCompare(b)));
    // Each card's figure count is the number of rows of the speech's figure index.
    for (const slug of SPEECHES) {
      const { page: index } = await site.open(`/speeches/${slug}/figures/`, { javaScript: false });
      const rows = await index.locator('[data-figure-table] tbody tr').count();
      await index.context().close();
      expect(await field(page, slug, 'checks')).toMatch(new RegExp(`^${rows}个数字 · `));
    }
  });

  it('shows the first sentence of the editor’s note on each speech that has one', async () => {
    const { page } = await site.open('/');
    let noted = 0;
    for (const slug of SPEECHES) {
      const file = `content/notes/${slug}/about.mdx`;
      if (!existsSync(file)) continue;
      noted += 1;
      const body = readFileSync(file, 'utf8').split(/^---$/m)[2]!.replace(/\s/gu, '');
      const shown = (await field(page, slug, 'note')).replace(/\s/gu, '');
      expect(shown).toMatch(/^编者注：.+。$/u);
      expect(body.startsWith(shown.replace(/^编者注：/u, ''))).toBe(true);
      expect(shown.slice(0, -1)).not.toContain('。');
    }
    expect(noted).toBeGreaterThan(0);
  });

  it('shows the note about the whole speech near the top of the speech’s page, with its byline', async () => {
    const file = readFileSync(`content/notes/${SEED}/about.mdx`, 'utf8');
    const front = (key: string) => new RegExp(`^${key}: (.+)$`, 'm').exec(file)![1]!;
    const [y, m, d] = front('date').split('-').map(Number);
    const { page } = await site.open(`/speeches/${SEED}/`, { width: 390 });
    const note = page.locator(`[data-note="${SEED}/about"]`);
    const text = await note.innerText();
    expect(text).toContain(front('title'));
    expect(text).toContain(`${front('author')} · ${y}年${m}月${d}日`);
    const first = file.split(/^---$/m)[2]!.trim().split('。')[0]!;
    expect(text.replace(/\s/gu, '')).toContain(first.replace(/\s/gu, ''));
    // Before the first section of the page (its checks and figures).
    const beforeSections = await note.evaluate((el) => {
      const h2 = document.querySelector('main h2')!;
      return Boolean(el.compareDocumentPosition(h2) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(beforeSections).toBe(true);
  });

  it('says on the seed’s card what an editor confirmed does not add up, linked to its checks', async () => {
    const { page } = await site.open('/');
    // content/reviews/bijie-…yaml confirms two 不符: the daily averages 193户 and 300户.
    expect(await field(page, SEED, 'checks')).toContain('其中2项经编辑核实不符');
    const link = page.locator(`[data-speech="${SEED}"] [data-field="checks"] a`);
    expect(await link.getAttribute('href')).toBe(`/speeches/${SEED}/checks/`);
  });

  it('passes axe at 390 px and asks nothing of another origin', async () => {
    for (const path of ['/', `/speeches/place/${placeKey(SEED)}/`, `/speeches/year/2018/`]) {
      const { page, status, requests } = await site.open(path, { width: 390 });
      expect(status, path).toBe(200);
      expect(
        requests.filter((u) => !u.startsWith(site.origin)),
        path,
      ).toEqual([]);
      expect(await axeViolations(page), path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
    }
  });
});

/** Follows a filter link on the home with JavaScript off and checks the page it leads to. */
async function followFilter(label: string, keep: (slug: string) => boolean, url: string) {
  const { page, requests } = await site.open('/', { javaScript: false });
  const chip = page.locator('nav[aria-label="筛选讲话"] a', { hasText: label }).first();
  const count = SPEECHES.filter(keep).length;
  expect(await chip.innerText()).toMatch(new RegExp(`${count}篇$`));
  await Promise.all([page.waitForURL(`**${url}`), chip.click()]);
  expect(new URL(page.url()).pathname).toBe(url);
  expect(await page.locator('h1').innerText()).toContain(label);
  expect((await cardSlugs(page)).sort()).toEqual(SPEECHES.filter(keep));
  const current = page.locator('nav[aria-label="筛选讲话"] a[aria-current="page"]');
  expect(await current.count()).toBe(1);
  expect(await current.innerText()).toContain(label);
  const back = page.locator('main a', { hasText: '看全部讲话' });
  expect(new URL(await back.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe('/');
  expect(requests.filter((u) => !u.startsWith(site.origin))).toEqual([]);
}

describe('filters without JavaScript', () => {
  it('has a page for every place and every year, each in the sitemap', async () => {
    const { page } = await site.open('/sitemap.xml');
    const sitemap = await page.content();
    const pages = [
      ...new Set(SPEECHES.map((s) => `/speeches/place/${placeKey(s)}/`)),
      ...new Set(SPEECHES.map((s) => `/speeches/year/${readOf(s).year}/`)),
    ];
    for (const path of pages) {
      expect(sitemap, path).toContain(path);
      const { status } = await site.open(path, { javaScript: false });
      expect(status, path).toBe(200);
    }
  });

  it('by place: only the speeches of that place', async () => {
    const slug = SPEECHES.find((s) => s !== SEED) ?? SEED;
    const key = placeKey(slug);
    await followFilter(readOf(slug).place, (s) => placeKey(s) === key, `/speeches/place/${key}/`);
  });

  it('by year: only the speeches of that year', async () => {
    const year = readOf(SEED).year;
    await followFilter(`${year}年`, (s) => readOf(s).year === year, `/speeches/year/${year}/`);
  });
});
