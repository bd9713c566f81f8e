/**
 * An example nginx server for the built site, written next to `_headers` by the build: the same
 * policy (see host-headers.ts) in nginx's terms. nginx drops a server's `add_header` lines in any
 * location that has its own, so each location repeats the ones it needs.
 */
import { FRAME_ANY, FRAME_SELF, IMMUTABLE } from './host-headers';

const COMPRESSIBLE =
  'text/css text/javascript application/javascript application/json image/svg+xml text/csv text/plain application/xml';

export function nginxConf(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const re = root.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const always = (name: string, value: string) => `add_header ${name} "${value}" always;`;
  const nosniff = always('X-Content-Type-Options', 'nosniff');
  const page = [
    always('Content-Security-Policy', FRAME_SELF),
    always('X-Frame-Options', 'SAMEORIGIN'),
    nosniff,
  ];
  const block = (head: string, lines: string[]) =>
    [`    location ${head} {`, ...lines.map((l) => `      ${l}`), '    }'].join('\n');
  return `# Written by the build: an example nginx server for this site under ${root} (see README, Deploy).
# Copy the build folder to <root>${root}; set server_name, root and TLS for your host.
server {
  listen 80;
  server_name news.example.com;
  root /var/www/figures-of-speech;

  gzip on;
  gzip_vary on;
  gzip_comp_level 6;
  gzip_min_length 512;
  gzip_types ${COMPRESSIBLE};
  # With the ngx_brotli module, brotli as well:
  # brotli on; brotli_types ${COMPRESSIBLE};

  location ${root} {
    try_files $uri $uri/ =404;
    error_page 404 ${root}404.html;
    ${page.join('\n    ')}

${block(`~ ^${re}(speeches|indicators)/[^/]+/embed/`, [always('Content-Security-Policy', FRAME_ANY), nosniff])}
${block(`~ ^${re}(speeches/[^/]+|indicators)/oembed/`, ['types {}', 'default_type "application/json; charset=utf-8";', always('Access-Control-Allow-Origin', '*'), nosniff])}
${block('~ \\.csv$', ['types {}', 'default_type "text/csv; charset=utf-8";', ...page])}
${block(`= ${root}embed.js`, [always('Access-Control-Allow-Origin', '*'), nosniff])}
${block(`^~ ${root}_astro/`, [always('Cache-Control', IMMUTABLE), nosniff])}
  }
}
`;
}
