/**
 * What a reader sees on every kind of page, in headless Chromium, at phone and desktop widths:
 * the status and the content that make each page what it is (so that a page turned into the 404
 * page fails), the Chinese text, the completeness notice, every paragraph with its anchor, nothing
 * overflowing, no request to another origin, no console error, no axe violation.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { siteForFile } from './site';
import { axeViolations } from './axe';
import { buildSpeechRecord } from '../../src/lib/speech-record';

const SLUG = 'bijie-2018-08-27-fangguanfu';
const record = buildSpeechRecord(SLUG, readFileSync(`content/speeches/${SLUG}/source.txt`));
const FIGURE = record.figures[0]!.id;
const title = record.speech.meta.title!.text;
const figure = record.figures[0]!;

/** Every kind of page, with the status it must have and what shows it is that page. */
const PAGES: { path: string; status: number; holds: (page: Page) => Promise<void> }[] = [
  {
    path: '/',
    status: 200,
    holds: async (page) => expect(await page.textContent('main')).toContain(title),
  },
  {
    path: `/speeches/${SLUG}/`,
    status: 200,
    holds: async (page) => expect(await page.textContent('h1')).toBe(title),
  },
  {
    path: `/speeches/${SLUG}/read/`,
    status: 200,
    holds: async (page) =>
      expect(await page.locator('[data-testid="speech-text"] p[id^="p"]').count()).toBe(
        record.paragraphs.length,
      ),
  },
  {
    path: `/speeches/${SLUG}/figures/`,
    status: 200,
    holds: async (page) =>
      expect(await page.locator('[data-figure-table] tbody tr').count()).toBe(
        record.figures.length,
      ),
  },
  {
    path: `/speeches/${SLUG}/figures/${FIGURE}/`,
    status: 200,
    holds: async (page) => {
      expect(await page.textContent('h1')).toContain(figure.text);
      expect(await page.locator(`main svg [data-figure="${FIGURE}"]`).count()).toBeGreaterThan(0);
    },
  },
  {
    path: `/speeches/${SLUG}/checks/`,
    status: 200,
    holds: async (page) =>
      expect(await page.textContent('h1')).toContain(String(record.checks.length)),
  },
  {
    path: `/speeches/${SLUG}/charts/`,
    status: 200,
    holds: async (page) =>
      expect(await page.locator('main svg[role="img"]:visible').count()).toBe(
        record.figures.length,
      ),
  },
  {
    path: '/method/',
    status: 200,
    holds: async (page) => expect(await page.textContent('h1')).toBe('方法'),
  },
  {
    path: '/search/',
    status: 200,
    holds: async (page) => expect(await page.textContent('h1')).toBe('搜索'),
  },
  {
    path: `/speeches/${SLUG}/embed/${FIGURE}/`,
    status: 200,
    holds: async (page) =>
      expect(await page.locator(`svg [data-figure="${FIGURE}"]`).count()).toBeGreaterThan(0),
  },
  {
    path: '/no-such-page/',
    status: 404,
    holds: async (page) => expect(await page.textContent('h1')).toBe('找不到这个页面'),
  },
];

const site = siteForFile();

describe.each([390, 1280])('at %i px wide', (width) => {
  it.each(PAGES.map((p) => [p.path, p] as const))(
    '%s has its status and content, is Chinese, fits the width, stays on this site and passes axe',
    async (path, expected) => {
      const { page, status, requests, errors } = await site.open(path, { width });
      expect(status).toBe(expected.status);
      await expected.holds(page);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(requests.filter((u) => !u.startsWith(site.origin))).toEqual([]);
      expect(errors.filter((e) => !(expected.status === 404 && e.includes('404')))).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});

describe('speech home', () => {
  it('says what the speech is, that it is a fragment, and lists its parts', async () => {
    const { page } = await site.open(`/speeches/${SLUG}/`, { width: 390 });
    const h1 = await page.textContent('h1');
    expect(h1).toBe(record.speech.meta.displayName);
    const body = (await page.textContent('main')) ?? '';
    expect(body).toContain(record.speech.meta.speaker?.text);
    expect(body).toContain('2018年8月27日');
    expect(body).not.toContain('2018-08-27');
    const notice = (await page.textContent('[data-testid="completeness-notice"]')) ?? '';
    expect(notice).toContain('片段');
    expect(notice).toContain('7,312');
    for (const part of record.parts) expect(body).toContain(part.heading.text);
  });
});

describe('reading page', () => {
  it('shows every paragraph, in order, each with an anchor that can be linked to', async () => {
    const last = record.paragraphs.at(-1)!;
    const { page } = await site.open(`/speeches/${SLUG}/read/#${last.id}`, { width: 1280 });
    const ids = await page.$$eval('[data-testid="speech-text"] p[id^="p"]', (ps) =>
      ps.map((p) => p.id),
    );
    expect(ids).toEqual(record.paragraphs.map((p) => p.id));
    const visible = await page.evaluate((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    }, last.id);
    expect(visible).toBe(true);
  });

  it('shows repaired characters instead of the copy damage, and keeps the original', async () => {
    const { page } = await site.open(`/speeches/${SLUG}/read/`);
    const repaired = record.repairs.filter((r) => r.repaired && r.kind !== 'punctuation');
    for (const r of repaired) {
      const title = await page.getAttribute(`[data-repair="${r.id}"]`, 'title');
      expect(title).toContain(r.text);
    }
    const text = (await page.textContent('[data-testid="speech-text"]')) ?? '';
    expect(text).not.toContain('34.67?%');
    expect(text).toContain('34.67');
    // Punctuation shown full-width; the source, verbatim and marked so, keeps the ASCII marks.
    expect(text).toContain('五年来，新增市场主体22.66万户，平均每天新增');
    expect(text).not.toContain('五年来,新增');
    expect(await page.textContent('pre[data-verbatim]')).toBe(record.text);
  });
});
