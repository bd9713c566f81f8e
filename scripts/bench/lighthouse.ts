/**
 * Lighthouse 12 (mobile, simulated throttling) on each kind of page of the built site, served
 * compressed by the local server: the four category scores, and the audits that could not run
 * with this Chromium. Uses Debian's Chromium through chrome-launcher; nothing is downloaded.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../browser';
import { serveStatic } from '../static-server';
import type { BenchSection } from './section';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Each kind of page, for the first speech and its first figure in the build. */
function pagesOf(): [string, string][] {
  const slug = readdirSync('dist/speeches').sort()[0]!;
  const figure = readdirSync(`dist/speeches/${slug}/embed`).sort()[0]!;
  return [
    ['home', '/'],
    ['speech', `/speeches/${slug}/`],
    ['reading', `/speeches/${slug}/read/`],
    ['figure', `/speeches/${slug}/figures/${figure}/`],
    ['index', `/speeches/${slug}/figures/`],
    ['embed', `/speeches/${slug}/embed/${figure}/`],
  ];
}

export const lighthouseSection: BenchSection = {
  name: 'Lighthouse 12 (mobile), on dist/ served compressed',
  async run() {
    const { server, origin } = await serveStatic(resolve('dist'));
    const chrome = await launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    const lines = [`${'page'.padEnd(8)} ${CATEGORIES.map((c) => c.padStart(16)).join('')}`];
    const broken = new Map<string, { pages: string[]; message: string }>();
    try {
      for (const [name, path] of pagesOf()) {
        const result = await lighthouse(origin + path, {
          port: chrome.port,
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        const lhr = result?.lhr;
        if (!lhr) {
          lines.push(`${name.padEnd(8)} no result`);
          continue;
        }
        const scores = CATEGORIES.map((c) => {
          const score = lhr.categories[c]?.score;
          return (
            score === null || score === undefined ? '–' : String(Math.round(score * 100))
          ).padStart(16);
        });
        // Audits that count towards a score and fail: why a score is not 100.
        const weighed = new Set(
          CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs ?? [])
            .filter((r) => r.weight > 0)
            .map((r) => r.id),
        );
        const failing = Object.values(lhr.audits)
          .filter((a) => weighed.has(a.id) && a.score !== null && a.score < 0.9)
          .map((a) => a.id);
        const why = failing.length ? `   under 0.9: ${failing.join(', ')}` : '';
        lines.push(`${name.padEnd(8)} ${scores.join('')}${why}`);
        for (const a of Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error')) {
          const seen = broken.get(a.id) ?? { pages: [], message: a.errorMessage ?? '' };
          broken.set(a.id, { ...seen, pages: [...seen.pages, name] });
        }
        if (lhr.runtimeError) lines.push(`         runtime error: ${lhr.runtimeError.message}`);
      }
    } finally {
      chrome.kill();
      await new Promise((done) => server.close(done));
    }
    for (const [id, { pages, message }] of broken)
      lines.push(`could not run: ${id} on ${pages.join(', ')} (${message.slice(0, 120)})`);
    return lines;
  },
};
