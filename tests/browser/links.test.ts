/**
 * A link check over the built site: every internal href and src in every HTML page points at
 * a file the build wrote; no page refers to another origin for anything it loads.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The build to check, and the origin and base path it was built for (see scripts/test-all.ts).
const DIST = process.env.DIST ?? 'dist';
const BASE = process.env.BASE_PATH ?? '/';
const SITE = new URL(BASE, process.env.SITE_URL ?? 'http://localhost:4321');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** The built file a site path is served from, or null (also for a path outside the base). */
function fileFor(pathname: string): string | null {
  if (!pathname.startsWith(BASE)) return null;
  const path = join(DIST, decodeURIComponent(pathname.slice(BASE.length - 1)));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : null;
}

const pages = htmlFiles(DIST);

describe('built site', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('has no broken internal link', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const pagePath = BASE + relative(DIST, page).replace(/index\.html$/, '');
      for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const target = new URL(url!.replace(/&amp;/g, '&'), new URL(pagePath, SITE));
        if (target.origin !== SITE.origin) continue;
        if (!fileFor(target.pathname)) broken.push(`${page}: ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads nothing from another origin (scripts, styles, images, frames)', () => {
    const external: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const [tag] of html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*>/g)) {
        const src = /\s(?:src|href)="(https?:)?\/\/([^/"]+)/.exec(tag);
        const rel = /\srel="([^"]+)"/.exec(tag)?.[1] ?? '';
        if (src && src[2] !== SITE.host && !/canonical|alternate/.test(rel))
          external.push(`${page}: ${tag}`);
      }
    }
    expect(external).toEqual([]);
  });
});
