import { describe, expect, it } from 'vitest';
import {
  FRAME_ANY,
  FRAME_SELF,
  IMMUTABLE,
  headersFile,
  headersFor,
  hostRules,
  parseHeadersFile,
  pathMatches,
} from '../../../src/lib/site/host-headers';
import { nginxConf } from '../../../src/lib/site/nginx-conf';
import { siteUrl } from '../../../src/integrations/deploy';

const FILES = [
  'index.html',
  '404.html',
  'embed.js',
  '_astro/Base.abc123.css',
  'method/index.html',
  'speeches/s/index.html',
  'speeches/s/read/index.html',
  'speeches/s/figures/index.html',
  'speeches/s/figures/a-1/index.html',
  'speeches/s/figures/a-1.csv',
  'speeches/s/embed/a-1/index.html',
  'speeches/s/oembed/a-1.json',
  'speeches/s/data/figures.csv',
  'indicators/index.html',
  'indicators/i-cn/index.html',
  'indicators/i-cn/embed/index.html',
  'indicators/oembed/i-cn.json',
  'indicators/i-cn.csv',
];

describe('path patterns as Netlify and Cloudflare read them', () => {
  it('takes * as the rest of the path and :name as one segment', () => {
    expect(pathMatches('/speeches/:slug/embed/*', '/speeches/s/embed/a-1/')).toBe(true);
    expect(pathMatches('/speeches/:slug/embed/*', '/speeches/s/t/embed/a-1/')).toBe(false);
    expect(pathMatches('/speeches/:slug/', '/speeches/s/')).toBe(true);
    expect(pathMatches('/speeches/:slug/', '/speeches/s/read/')).toBe(false);
    expect(pathMatches('/', '/')).toBe(true);
    expect(pathMatches('/', '/method/')).toBe(false);
    expect(pathMatches('/embed.js', '/embedxjs')).toBe(false);
  });
});

describe('host rules', () => {
  const rules = hostRules(FILES, '/');
  const at = (path: string) => headersFor(rules, path);

  it('lets any page frame an embed page, and only this site frame the others', () => {
    expect(at('/speeches/s/embed/a-1/')['Content-Security-Policy']).toBe(FRAME_ANY);
    for (const page of ['/', '/404.html', '/method/', '/speeches/s/', '/speeches/s/read/'])
      expect(at(page)['Content-Security-Policy'], page).toBe(FRAME_SELF);
    expect(at('/speeches/s/figures/a-1/')).toMatchObject({
      'Content-Security-Policy': FRAME_SELF,
      'X-Frame-Options': 'SAMEORIGIN',
    });
    expect(at('/speeches/s/embed/a-1/')['X-Frame-Options']).toBeUndefined();
  });

  it('treats an indicator series like a speech: its embed page framable anywhere, its page and the list only here', () => {
    expect(at('/indicators/i-cn/embed/')['Content-Security-Policy']).toBe(FRAME_ANY);
    expect(at('/indicators/i-cn/embed/')['X-Frame-Options']).toBeUndefined();
    for (const page of ['/indicators/', '/indicators/i-cn/'])
      expect(at(page)['Content-Security-Policy'], page).toBe(FRAME_SELF);
    expect(at('/indicators/oembed/i-cn.json')).toMatchObject({
      'Access-Control-Allow-Origin': '*',
      'Content-Type': 'application/json; charset=utf-8',
    });
  });

  it('caches hashed assets for good, and types CSV and oEmbed', () => {
    expect(at('/_astro/Base.abc123.css')['Cache-Control']).toBe(IMMUTABLE);
    expect(at('/speeches/s/read/')['Cache-Control']).toBeUndefined();
    expect(at('/speeches/s/data/figures.csv')['Content-Type']).toBe('text/csv; charset=utf-8');
    expect(at('/speeches/s/figures/a-1.csv')['Content-Type']).toBe('text/csv; charset=utf-8');
    expect(at('/speeches/s/oembed/a-1.json')).toMatchObject({
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
    });
    expect(at('/embed.js')['Access-Control-Allow-Origin']).toBe('*');
  });

  it('never sets one header from two rules for a path (hosts would merge them differently)', () => {
    for (const path of FILES.map((f) => `/${f}`.replace(/index\.html$/, ''))) {
      const setters = new Map<string, number>();
      for (const rule of rules.filter((r) => pathMatches(r.path, path)))
        for (const name of Object.keys(rule.headers))
          setters.set(name, (setters.get(name) ?? 0) + 1);
      expect(
        [...setters].filter(([, n]) => n > 1),
        path,
      ).toEqual([]);
    }
  });

  it('puts every rule under the base path', () => {
    const based = hostRules(FILES, '/projects/speech/');
    expect(based.every((r) => r.path.startsWith('/projects/speech/'))).toBe(true);
    expect(
      headersFor(based, '/projects/speech/speeches/s/embed/a-1/')['Content-Security-Policy'],
    ).toBe(FRAME_ANY);
  });

  it('writes a _headers file that reads back as the same rules', () => {
    const text = headersFile(rules);
    expect(text).toMatch(
      /^\/speeches\/:slug\/embed\/\*\n {2}Content-Security-Policy: frame-ancestors \*$/m,
    );
    expect(parseHeadersFile(text)).toEqual(rules);
  });
});

describe('nginx example', () => {
  it('compresses, frames, caches and types under the base path', () => {
    const conf = nginxConf('/projects/speech/');
    expect(conf).toContain('gzip on;');
    expect(conf).toMatch(/gzip_types [^;]*text\/csv[^;]*;/);
    expect(conf).toContain('location /projects/speech/ {');
    expect(conf).toContain('error_page 404 /projects/speech/404.html;');
    expect(conf).toContain('location ~ ^/projects/speech/(speeches|indicators)/[^/]+/embed/ {');
    expect(conf).toContain('location ~ ^/projects/speech/(speeches/[^/]+|indicators)/oembed/ {');
    expect(conf).toContain(`"${FRAME_ANY}"`);
    expect(conf).toContain(`location ^~ /projects/speech/_astro/ {`);
    expect(conf).toContain(IMMUTABLE);
    expect(conf).toContain('default_type "text/csv; charset=utf-8";');
    const braces = [...conf].filter((c) => c === '{').length;
    expect([...conf].filter((c) => c === '}').length).toBe(braces);
  });
});

describe('the address a build is for', () => {
  it('is SITE_URL; without it only a build marked as local preview goes ahead', () => {
    expect(siteUrl({ SITE_URL: 'https://news.example.com' })).toBe('https://news.example.com');
    expect(siteUrl({ LOCAL_PREVIEW: '1' })).toBe('http://localhost:4321');
    expect(() => siteUrl({})).toThrow(/SITE_URL is not set/);
    expect(() => siteUrl({ SITE_URL: 'news.example.com' })).toThrow(/not an absolute/);
  });
});
