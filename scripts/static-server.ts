/**
 * A small static file server for the built site (dist/), used by `npm start`, the browser tests,
 * the bench and the screenshot script: it serves under the configured base path and nothing
 * else, sends the headers the build wrote for hosts (`_headers`), and compresses text with
 * brotli or gzip as a production host would.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/site/host-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.csv', '.xml', '.txt']);

type Encoding = 'br' | 'gzip' | 'identity';

/** The encoding to send: brotli if the client takes it, else gzip, else none. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map(
    (acceptEncoding ?? '').split(',').map((part) => {
      const [name = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return [name.trim().toLowerCase(), q === undefined ? 1 : Number(q)] as const;
    }),
  );
  const takes = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return takes('br') ? 'br' : takes('gzip') ? 'gzip' : 'identity';
}

const ENCODERS: Record<Exclude<Encoding, 'identity'>, (b: Buffer) => Buffer> = {
  // Quality 5 compresses nearly as well as 11 in a fraction of the time, as CDNs do on the fly.
  br: (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (b) => gzipSync(b, { level: 6 }),
};

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) return resolveFile(root, join(urlPath, 'index.html'));
  return null;
}

/** Serves `root` at `base` on `host`:`port` (0 picks a free port). */
export async function serveStatic(
  root: string,
  base = '/',
  port = 0,
  host = '127.0.0.1',
): Promise<{ server: Server; origin: string }> {
  const rules: HeaderRule[] = parseHeadersFile(
    await readFile(join(root, '_headers'), 'utf8').catch(() => ''),
  );
  const send = async (
    req: { headers: { 'accept-encoding'?: string } },
    file: string,
    status: number,
    urlPath: string,
  ) => {
    const body = await readFile(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headersFor(rules, urlPath),
    };
    const encoding = COMPRESSIBLE.has(extname(file))
      ? chooseEncoding(req.headers['accept-encoding'])
      : 'identity';
    if (COMPRESSIBLE.has(extname(file))) headers.vary = 'Accept-Encoding';
    if (encoding === 'identity') return { status, headers, body };
    // Compressed on every request, so that a rebuilt file is never served stale.
    const packed = ENCODERS[encoding](body);
    return { status, headers: { ...headers, 'content-encoding': encoding }, body: packed };
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const inBase = url.pathname.startsWith(base);
    const found = inBase ? resolveFile(root, url.pathname.slice(base.length - 1)) : null;
    void Promise.resolve(found)
      .then(async (file) => {
        if (file) return send(req, file, 200, url.pathname);
        const notFound = await resolveFile(root, '/404.html');
        if (notFound) return send(req, notFound, 404, url.pathname);
        return { status: 404, headers: { 'content-type': TYPES['.txt']! }, body: 'Not found' };
      })
      .then(({ status, headers, body }) => {
        res.writeHead(status, headers);
        res.end(req.method === 'HEAD' ? undefined : body);
      });
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { server, origin: `http://${host}:${actual}` };
}
