/**
 * Shared by the browser tests: serve dist/ and open pages in Chromium, collecting every
 * request and console error so tests can assert that nothing leaves the site.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server';
import { launchChromium } from '../../scripts/browser';
import { resolve } from 'node:path';

export interface OpenedPage {
  page: Page;
  /** HTTP status of the page itself. */
  status: number;
  requests: string[];
  errors: string[];
}

export interface Site {
  origin: string;
  open: (
    path: string,
    options?: { width?: number; javaScript?: boolean; colorScheme?: 'light' | 'dark' },
  ) => Promise<OpenedPage>;
  close: () => Promise<void>;
}

export async function startSite(): Promise<Site> {
  const { server, origin } = await serveStatic(resolve(process.env.DIST ?? 'dist'), '/');
  const browser: Browser = await launchChromium();
  const open: Site['open'] = async (path, options = {}) => {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      javaScriptEnabled: options.javaScript ?? true,
      colorScheme: options.colorScheme ?? 'light',
    });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    return { page, status: response?.status() ?? 0, requests, errors };
  };
  return {
    origin,
    open,
    close: async () => {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** The site for the tests of one file: started before them and closed after. */
export function siteForFile(): Site {
  let site: Site | undefined;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  const started = (): Site => {
    if (!site) throw new Error('the site is not started yet');
    return site;
  };
  return {
    get origin() {
      return started().origin;
    },
    open: (path, options) => started().open(path, options),
    close: () => started().close(),
  };
}
