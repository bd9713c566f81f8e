/**
 * The HTTP headers the site wants from its host, as rules in the `_headers` format that Netlify
 * and Cloudflare Pages read (a path pattern, then indented `Name: value` lines). The build writes
 * them from the files it produced; the local server reads the same file back, so what is tested
 * locally is what a host is told.
 *
 * Hosts disagree when two rules set the same header for one path (Netlify keeps the last,
 * Cloudflare joins them with a comma), so no two rules here ever do: pages are grouped by the
 * folders the build made, and embed pages are one group among them.
 */

export interface HeaderRule {
  /** A path pattern: `*` matches the rest of the path, `:name` one segment. */
  path: string;
  headers: Record<string, string>;
}

/** Hashed build assets never change under the same name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Embed pages may be framed by any page; every other page only by this site. */
export const FRAME_ANY = 'frame-ancestors *';
export const FRAME_SELF = "frame-ancestors 'self'";

/** Top folders whose next segment names one item: a speech, an indicator series. */
const ITEM_FOLDERS = new Set(['speeches', 'indicators']);

/** The pattern that covers one built HTML file (path relative to the output folder). */
function pageGroups(file: string): string[] {
  const parts = file.split('/');
  const [top = '', second = '', third = ''] = parts;
  if (ITEM_FOLDERS.has(top)) {
    if (parts.length === 2) return [`/${top}/`, `/${top}/${second}`];
    if (parts.length === 3) return [`/${top}/:slug/`, `/${top}/:slug/${third}`];
    return [`/${top}/:slug/${third}/*`];
  }
  if (parts.length === 1) return file === 'index.html' ? ['/', '/index.html'] : [`/${file}`];
  return [`/${top}/*`];
}

const isEmbed = (pattern: string): boolean => /^\/[a-z]+\/:slug\/embed\//.test(pattern);

const FRAME_RULES: Record<'any' | 'self', Record<string, string>> = {
  any: { 'Content-Security-Policy': FRAME_ANY },
  self: { 'Content-Security-Policy': FRAME_SELF, 'X-Frame-Options': 'SAMEORIGIN' },
};

/**
 * Rules for the built `files` (paths relative to the output folder, `/` separated) served under
 * `base`: frame-ancestors per page group, immutable caching of /_astro/, content types of CSV
 * and oEmbed, and CORS for the files other sites load (the embed script with SRI, oEmbed).
 */
export function hostRules(files: readonly string[], base: string): HeaderRule[] {
  const root = base.replace(/\/+$/, '');
  const at = (path: string): string => root + path;
  const groups = [...new Set(files.filter((f) => f.endsWith('.html')).flatMap(pageGroups))].sort();
  const rules: HeaderRule[] = [
    {
      path: at('/*'),
      headers: {
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      },
    },
    { path: at('/_astro/*'), headers: { 'Cache-Control': IMMUTABLE } },
    {
      path: at('/embed.js'),
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Content-Type': 'text/javascript; charset=utf-8',
      },
    },
    ...['/speeches/:slug/oembed/*', '/indicators/oembed/*'].map((path): HeaderRule => ({
      path: at(path),
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Content-Type': 'application/json; charset=utf-8',
      },
    })),
    ...groups.map((path): HeaderRule => ({
      path: at(path),
      headers: FRAME_RULES[isEmbed(path) ? 'any' : 'self'],
    })),
    ...files
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) => ({ path: at(`/${f}`), headers: { 'Content-Type': 'text/csv; charset=utf-8' } })),
  ];
  return rules;
}

/** The `_headers` file. */
export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(
    (r) =>
      `${r.path}\n${Object.entries(r.headers)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n')}`,
  );
  return `# Written by the build: HTTP headers for Netlify and Cloudflare Pages (see README, Deploy).\n${blocks.join('\n')}\n`;
}

/** Reads a `_headers` file back. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      const rule = rules.at(-1);
      if (rule && name) rule.headers[name] = value ?? '';
    }
  }
  return rules;
}

/** Whether a URL path matches a rule's pattern (`*` the rest, `:name` one segment). */
export function pathMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[a-z]+)/)
    .map((piece) =>
      piece === '*'
        ? '.*'
        : piece.startsWith(':')
          ? '[^/]+'
          : piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a host sends for `path`: every matching rule's, a header set by two rules joined
 * with a comma as Cloudflare does, so that an overlap shows.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => pathMatches(r.path, path)))
    for (const [name, value] of Object.entries(rule.headers))
      out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
  return out;
}
