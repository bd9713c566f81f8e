/**
 * What a browser transfers for a built page: its HTML, the stylesheets and scripts it links
 * (following module imports), and the images it loads, raw and gzipped; and how much of that
 * is JavaScript (inline and external).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  path: string;
  files: number;
  raw: number;
  gzip: number;
  byType: Record<'html' | 'css' | 'js' | 'img', { raw: number; gzip: number }>;
  /** JavaScript the page runs: inline scripts and script files, raw bytes. */
  jsRaw: number;
}

const gz = (b: Buffer | string): number => gzipSync(b, { level: 9 }).length;

function fileOf(dist: string, url: string, from: string): string | null {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return null;
  const path = url.startsWith('/') ? join(dist, url) : resolve(dirname(from), url);
  const file = existsSync(join(path, 'index.html')) ? join(path, 'index.html') : path;
  return existsSync(file) ? file : null;
}

/** Script files a module imports, transitively. */
function withImports(dist: string, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const js = readFileSync(file, 'utf8');
  for (const [, spec] of js.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    const dep = fileOf(dist, spec!, file);
    if (dep) withImports(dist, dep, seen);
  }
}

export function pageWeight(dist: string, path: string): PageWeight {
  const htmlFile = fileOf(dist, path, dist)!;
  const html = readFileSync(htmlFile, 'utf8');
  const byType: PageWeight['byType'] = {
    html: { raw: Buffer.byteLength(html), gzip: gz(html) },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    img: { raw: 0, gzip: 0 },
  };
  const add = (type: keyof PageWeight['byType'], file: string) => {
    const bytes = readFileSync(file);
    byType[type].raw += bytes.length;
    byType[type].gzip += gz(bytes);
  };
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)];
  const scripts = new Set<string>();
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    const f = fileOf(dist, src!, htmlFile);
    if (f) withImports(dist, f, scripts);
  }
  const imgs = [...html.matchAll(/<img[^>]+src="([^"]+)"/g)];
  for (const [, href] of css) add('css', fileOf(dist, href!, htmlFile)!);
  for (const f of scripts) add('js', f);
  for (const [, src] of imgs) {
    const f = fileOf(dist, src!, htmlFile);
    if (f) add('img', f);
  }
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => Buffer.byteLength(m[1]!))
    .reduce((a, b) => a + b, 0);
  const types = Object.values(byType);
  return {
    path,
    files: 1 + css.length + scripts.size + imgs.length,
    raw: types.reduce((a, t) => a + t.raw, 0),
    gzip: types.reduce((a, t) => a + t.gzip, 0),
    byType,
    jsRaw: byType.js.raw + inlineJs,
  };
}
