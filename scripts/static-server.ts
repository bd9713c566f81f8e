/**
 * A small static file server for the built site (dist/), used by the browser tests and the
 * screenshot script: it serves under the configured base path and nothing else.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

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

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) return resolveFile(root, join(urlPath, 'index.html'));
  return null;
}

/** Serves `root` at `base` on 127.0.0.1:`port` (0 picks a free port). */
export async function serveStatic(
  root: string,
  base = '/',
  port = 0,
): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const inBase = url.pathname.startsWith(base);
    const found = inBase ? resolveFile(root, url.pathname.slice(base.length - 1)) : null;
    void Promise.resolve(found).then(async (file) => {
      if (!file) {
        const notFound = await resolveFile(root, '/404.html');
        res.writeHead(404, { 'content-type': TYPES['.html'] });
        res.end(notFound ? await readFile(notFound) : 'Not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { server, origin: `http://127.0.0.1:${actual}` };
}
