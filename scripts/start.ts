/**
 * `npm start`: builds the site for this machine and serves it, compressed, on
 * http://localhost:4321/. It prints a short summary; the build's own output goes to
 * .tmp/logs/start.log. One process: stopping it (Ctrl-C, or a signal to its PID) stops the server.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serveStatic } from './static-server';

const LOG = '.tmp/logs/start.log';
const PORT = Number(process.env.PORT ?? 4321);
const base = process.env.BASE_PATH ?? '/';

function build(): Promise<number> {
  mkdirSync('.tmp/logs', { recursive: true });
  const log = createWriteStream(LOG);
  const child = spawn(resolve('node_modules/.bin/astro'), ['build'], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      // Without a public address the build is for this machine only.
      ...(process.env.SITE_URL ? {} : { LOCAL_PREVIEW: '1' }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop).once('SIGTERM', stop);
  return new Promise((done) =>
    child.on('close', (code) => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      log.end(() => done(code ?? 1));
    }),
  );
}

const started = performance.now();
const code = await build();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const output = readFileSync(LOG, 'utf8');
if (code !== 0) {
  console.error(output.split('\n').slice(-40).join('\n'));
  console.error(`build failed after ${seconds} s; the whole output is in ${LOG}`);
  process.exit(code);
}
const pages = /(\d+) page\(s\) built/.exec(output)?.[1] ?? '?';
console.log(`built ${pages} pages in ${seconds} s (build output: ${LOG})`);

const { server } = await serveStatic(resolve('dist'), base, PORT);
console.log(`serving http://localhost:${PORT}${base} (compressed; Ctrl-C stops it)`);
const shutdown = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.once('SIGINT', shutdown).once('SIGTERM', shutdown);
