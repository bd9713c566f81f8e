/**
 * What a deploy relies on, checked on the built site (dist/): the headers files for hosts, the
 * local server compressing as a host would, CSV downloads that no spreadsheet runs as formulas,
 * the embed script loaded under Subresource Integrity from another origin, and a production
 * build that refuses to run without its public address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { get, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server';
import { launchChromium } from '../../scripts/browser';
import { integrityOf } from '../../src/lib/site/sri';
import {
  FRAME_ANY,
  FRAME_SELF,
  headersFor,
  parseHeadersFile,
} from '../../src/lib/site/host-headers';
import { readCsv, runsAsFormula } from '../unit/site/read-csv';

const DIST = 'dist';
const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => relative(DIST, join(d.parentPath, d.name)));
const pages = files.filter((f) => f.endsWith('.html'));
const figurePage = pages.find((f) => /^speeches\/[^/]+\/figures\/[^/]+\/index\.html$/.test(f))!;

describe('headers files for hosts', () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

  it('gives every page one frame-ancestors: any page for embeds, this site for the rest', () => {
    for (const page of pages) {
      const csp = headersFor(rules, `/${page}`)['Content-Security-Policy'];
      expect(csp, page).toBe(page.includes('/embed/') ? FRAME_ANY : FRAME_SELF);
    }
    expect(pages.filter((p) => p.includes('/embed/')).length).toBeGreaterThan(0);
  });

  it('caches every hashed asset for good and types every CSV', () => {
    const assets = files.filter((f) => f.startsWith('_astro/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const a of assets)
      expect(headersFor(rules, `/${a}`)['Cache-Control'], a).toMatch(/immutable/);
    for (const csv of files.filter((f) => f.endsWith('.csv')))
      expect(headersFor(rules, `/${csv}`)['Content-Type'], csv).toBe('text/csv; charset=utf-8');
  });

  it('comes with an nginx example', () => {
    const conf = readFileSync(join(DIST, 'nginx.example.conf'), 'utf8');
    expect(conf).toContain('gzip on;');
    expect(conf).toContain(FRAME_ANY);
  });
});

describe('CSV downloads', () => {
  it('have no cell that a spreadsheet would run as a formula', () => {
    const csvs = files.filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(3);
    for (const csv of csvs) {
      const cells = readCsv(readFileSync(join(DIST, csv), 'utf8').replace(/^\uFEFF/, '')).flat();
      expect(cells.filter(runsAsFormula), csv).toEqual([]);
    }
  });
});

/** The body of `url` as sent, undecoded, with its content encoding. */
function rawGet(url: string, acceptEncoding: string): Promise<{ encoding?: string; body: Buffer }> {
  return new Promise((done, fail) =>
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
      );
    }).on('error', fail),
  );
}

describe('the local server', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => ({ server, origin } = await serveStatic(join(process.cwd(), DIST))));
  afterAll(() => new Promise<void>((done) => server.close(() => done())));
  const reading = pages.find((p) => /^speeches\/[^/]+\/read\/index\.html$/.test(p))!;
  const url = () => `${origin}/${reading.replace(/index\.html$/, '')}`;
  const original = () => readFileSync(join(DIST, reading));

  it.each([
    ['br, gzip', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
  ] as const)(
    'answers "%s" with %s: a fraction of the bytes, the same once decoded',
    async (accept, encoding, decode) => {
      const { encoding: sent, body } = await rawGet(url(), accept);
      expect(sent).toBe(encoding);
      expect(decode(body).equals(original())).toBe(true);
      expect(body.length).toBeLessThan(original().length / 4);
    },
  );

  it('sends plain bytes to a client that takes no encoding, with the host headers', async () => {
    const { encoding, body } = await rawGet(url(), 'identity');
    expect(encoding).toBeUndefined();
    expect(body.equals(original())).toBe(true);
    const res = await fetch(url());
    expect(res.headers.get('content-security-policy')).toBe(FRAME_SELF);
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
  });
});

describe('the embed script under Subresource Integrity', () => {
  let site: { server: Server; origin: string };
  let host: { server: Server; origin: string };
  let browser: Browser;
  let hostDir: string;
  beforeAll(async () => {
    site = await serveStatic(join(process.cwd(), DIST));
    hostDir = mkdtempSync(join(tmpdir(), 'fos-host-'));
    // A newsroom's page on another origin (localhost, not 127.0.0.1) pasting the embed code.
    host = await serveStatic(hostDir, '/', 0, 'localhost');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => site.server.close(done));
    await new Promise((done) => host.server.close(done));
    rmSync(hostDir, { recursive: true, force: true });
  });

  /** The integrity the figure page's embed code gives for the script. */
  const offered = (): string => {
    const html = readFileSync(join(DIST, figurePage), 'utf8').replace(/&quot;/g, '"');
    return /embed\.js" integrity="(sha384-[^"]+)" crossorigin="anonymous"/.exec(html)![1]!;
  };

  it('is the hash of the bytes the site serves', () => {
    expect(offered()).toBe(integrityOf(readFileSync(join(DIST, 'embed.js'))));
  });

  it.each([
    ['runs with the hash the embed code offers', () => offered(), true],
    ['is refused with another hash', () => integrityOf(Buffer.from('tampered')), false],
  ])('%s on a page of another origin', async (_, integrity, runs) => {
    const script = `${site.origin}/embed.js`;
    writeFileSync(
      join(hostDir, 'index.html'),
      `<!doctype html><title>host</title><script async src="${script}" integrity="${integrity()}" crossorigin="anonymous"></script>`,
    );
    const page = await browser.newPage();
    await page.goto(`${host.origin}/`);
    await page.waitForLoadState('networkidle');
    expect(
      await page.evaluate(() => (window as { __fosEmbed?: boolean }).__fosEmbed === true),
    ).toBe(runs);
    await page.close();
  });
});

describe('a production build', () => {
  it('stops without SITE_URL, saying how to set it', async () => {
    const { SITE_URL: _site, LOCAL_PREVIEW: _local, ...rest } = process.env;
    const env = { ...rest, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
    const out = mkdtempSync(join(tmpdir(), 'fos-nosite-'));
    // Asynchronous, so that the worker keeps answering Vitest while astro runs.
    const run = await promisify(execFile)('node_modules/.bin/astro', ['build', '--outDir', out], {
      env,
      timeout: 60_000,
    }).then(
      () => ({ failed: false, output: '' }),
      (e: { stdout: string; stderr: string }) => ({ failed: true, output: e.stdout + e.stderr }),
    );
    rmSync(out, { recursive: true, force: true });
    expect(run.failed).toBe(true);
    expect(run.output).toContain('SITE_URL is not set');
    expect(run.output).toContain('SITE_URL=https://news.example.com');
    expect(run.output).toContain('LOCAL_PREVIEW=1');
  });
});
