/**
 * Chinese typography over the built site: the Chinese the site writes, and the speech as the
 * reading text shows it, use full-width punctuation. Exempt are code and the verbatim view of the
 * source (marked `data-verbatim`), which show characters exactly as received.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

const DIST = process.env.DIST ?? 'dist';

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : name.endsWith(ext) ? [path] : [];
  });
}

/** Elements whose text is not prose the site sets: code, scripts, and the verbatim view. */
const EXEMPT = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'template']);
/** Elements that break a line: their text does not run into the next element's. */
const INLINE = new Set([
  'a',
  'span',
  'b',
  'strong',
  'em',
  'i',
  'mark',
  'abbr',
  'time',
  'q',
  'small',
  'sup',
  'sub',
  'tspan',
]);

/** Visible text runs of a tree: inline elements joined, other elements apart. */
function runs(node: T.ParentNode, out: string[] = ['']): string[] {
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') {
      out[out.length - 1] += (child as T.TextNode).value;
    } else if ('tagName' in child) {
      const el = child as T.Element;
      if (EXEMPT.has(el.tagName) || el.attrs.some((a) => a.name === 'data-verbatim')) {
        out.push('');
        continue;
      }
      const inline = INLINE.has(el.tagName);
      if (!inline) out.push('');
      runs(el.tagName === 'template' ? (el as T.Template).content : el, out);
      if (!inline) out.push('');
    }
  }
  return out;
}

/** ASCII , : ; ( ) ? touching a Han character, with some context. */
const TOUCHING = /(?<=\p{Script=Han})[,:;()?]|[,:;()?](?=\p{Script=Han})/gu;

function offences(text: string): string[] {
  return Array.from(text.matchAll(TOUCHING), (m) =>
    text.slice(Math.max(0, m.index - 12), m.index + 12).replace(/\s+/g, ' '),
  );
}

describe('Chinese punctuation on the built site', () => {
  const pages = files(DIST, '.html');
  const charts = files(DIST, '.svg').filter((f) => !f.endsWith('favicon.svg'));

  it('has pages and charts to read', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(charts.length).toBeGreaterThan(10);
  });

  it('sets no ASCII , : ; ( ) ? beside a Chinese character in visible text, outside code and the verbatim view', () => {
    const found = [
      ...pages.map((f) => [f, runs(parse(readFileSync(f, 'utf8')))] as const),
      ...charts.map((f) => [f, runs(parseFragment(readFileSync(f, 'utf8')))] as const),
    ].flatMap(([f, texts]) => texts.flatMap(offences).map((o) => `${relative(DIST, f)}: ${o}`));
    expect(found.slice(0, 40), `${found.length} in all`).toEqual([]);
  });

  it('gives the CSV downloads full-width Chinese headers', () => {
    const headers = files(DIST, '.csv').map((f) => [
      f,
      readFileSync(f, 'utf8').split(/\r?\n/)[0] ?? '',
    ]);
    const found = headers.flatMap(([f, h]) =>
      h!
        .split(',')
        .flatMap(offences)
        .map((o) => `${relative(DIST, f!)}: ${o}`),
    );
    expect(found).toEqual([]);
  });
});
