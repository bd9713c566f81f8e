/**
 * How the site reads as a publication, measured in Chromium: the reading text flows with notes
 * in the margin, chart text is legible on a phone and never outshouts the headline, an embed fits
 * its iframe without script, and an embed takes the host's theme, not the reader's system's.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteForFile } from './site';

const SLUG = 'bijie-2018-08-27-fangguanfu';
/** A figure whose check does not add up, with an editor's note: the fullest figure page. */
const FIGURE = 'shichang-zhuti-193-hu';
const READ = `/speeches/${SLUG}/read/`;
const FIGURE_PAGE = `/speeches/${SLUG}/figures/${FIGURE}/`;
const EMBED = `/speeches/${SLUG}/embed/${FIGURE}/`;

const site = siteForFile();

/** Rendered font sizes (CSS px) of every text in the visible charts inside `scope`. */
const chartTextSizes = (page: Page, scope: string): Promise<number[]> =>
  page.evaluate((scope) => {
    const sizes: number[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>(`${scope} svg.chart`)) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const scale = box.width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) {
        if (t.textContent?.trim()) sizes.push(parseFloat(getComputedStyle(t).fontSize) * scale);
      }
    }
    return sizes;
  }, scope);

describe('the reading page at 1280 px', () => {
  it('keeps the text column flowing: no gap of 120 px or more between paragraphs', async () => {
    const { page } = await site.open(READ, { width: 1280 });
    // Measured on the lines of text, not the paragraph boxes (a grid row stretches its box).
    const gaps = await page.$$eval('[data-testid="speech-text"] p[id^="p"]', (ps) => {
      const lines = (p: Element) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        const rects = [...range.getClientRects()].filter((r) => r.height > 0);
        return {
          top: Math.min(...rects.map((r) => r.top)),
          bottom: Math.max(...rects.map((r) => r.bottom)),
        };
      };
      return ps.slice(1).map((p, i) => ({ at: p.id, gap: lines(p).top - lines(ps[i]!).bottom }));
    });
    expect(gaps.length).toBeGreaterThan(5);
    const largest = gaps.reduce((a, b) => (b.gap > a.gap ? b : a));
    expect(largest.gap, `before ${largest.at}`).toBeLessThan(120);
    // The notes are still there, beside the text.
    const notes = await page.$$eval('[data-testid="speech-text"] .note', (ns) =>
      ns.map((n) => n.getBoundingClientRect().left),
    );
    const text = await page.$eval('[data-testid="speech-text"] p[id="p1"]', (p) =>
      p.getBoundingClientRect(),
    );
    expect(notes.length).toBeGreaterThan(0);
    for (const left of notes) expect(left).toBeGreaterThanOrEqual(text.right);
    await page.context().close();
  });
});

describe('chart text on a 390 px phone', () => {
  it.each([
    ['a figure page', FIGURE_PAGE, 'main', false],
    ['an embed', EMBED, 'main', false],
    ['the reading page’s figure card', READ, `#card-${FIGURE}`, true],
  ] as const)('is at least 12 px in %s', async (_, path, scope, card) => {
    const { page } = await site.open(path, { width: 390 });
    if (card) {
      await page.click(`[data-figure="${FIGURE}"]`);
      await page.waitForSelector(`${scope}:popover-open`);
      // The card fetches its chart when it opens: measure once the chart is in.
      await page.waitForSelector(`${scope} [data-chart-src][data-state="loaded"]`);
    }
    const sizes = await chartTextSizes(page, scope);
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await page.context().close();
  });
});

describe('chart titles', () => {
  it.each([390, 1280])(
    'are never larger than the figure page’s headline at %i px',
    async (width) => {
      const { page } = await site.open(FIGURE_PAGE, { width });
      const largest = Math.max(...(await chartTextSizes(page, 'main')));
      const headline = await page.$eval('h1', (h) => parseFloat(getComputedStyle(h).fontSize));
      expect(largest).toBeLessThanOrEqual(headline);
      await page.context().close();
    },
  );
});

describe('an embed without script', () => {
  it.each([390, 640, 1280])(
    'fits its iframe at %i px: nothing clipped, at most 10%% blank',
    async (width) => {
      const { page } = await site.open(`/speeches/${SLUG}/oembed/${FIGURE}.json`, {
        width,
        javaScript: false,
      });
      const { html } = JSON.parse((await page.textContent('body')) ?? '{}') as { html: string };
      // The host page: the oEmbed html (no script) in a plain article column, our server for origin.
      const src = /src="([^"]+)"/.exec(html)![1]!;
      const local = html.replace(src, site.origin + new URL(src).pathname + new URL(src).search);
      await page.setContent(`<body style="margin:16px"><article>${local}</article></body>`);
      const frameHandle = await page.waitForSelector('iframe');
      const frame = (await frameHandle.contentFrame())!;
      await frame.waitForSelector('main svg');
      const box = await frameHandle.evaluate((f) => ({ h: f.clientHeight, w: f.clientWidth }));
      const content = await frame.evaluate(() => ({
        bottom: Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom),
        overflowX: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      }));
      expect(content.overflowX).toBe(false);
      expect(content.bottom).toBeLessThanOrEqual(box.h);
      expect((box.h - content.bottom) / box.h).toBeLessThanOrEqual(0.1);
      await page.context().close();
    },
  );
});

describe('an embed’s theme', () => {
  const background = async (query: string, colorScheme: 'light' | 'dark') => {
    const { page } = await site.open(EMBED + query, { width: 390, colorScheme });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.context().close();
    return bg;
  };

  it('is light with ?theme=light, and by default, under a dark system scheme', async () => {
    expect(await background('?theme=light', 'dark')).toBe('rgb(255, 255, 255)');
    expect(await background('', 'dark')).toBe('rgb(255, 255, 255)');
  });

  it('is dark with ?theme=dark, and follows the system with ?theme=auto', async () => {
    expect(await background('?theme=dark', 'light')).toBe('rgb(17, 24, 39)');
    expect(await background('?theme=auto', 'dark')).toBe('rgb(17, 24, 39)');
    expect(await background('?theme=auto', 'light')).toBe('rgb(255, 255, 255)');
  });
});
