/**
 * `npx tsx scripts/screenshots.ts [path …]`: screenshots of built pages (dist/, or $DIST) at phone and
 * desktop widths, light and dark, into screenshots/, for looking at what readers see.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serveStatic } from './static-server';
import { launchChromium } from './browser';

const paths = process.argv.slice(2);
const targets = paths.length > 0 ? paths : ['/'];
const { server, origin } = await serveStatic(resolve(process.env.DIST ?? 'dist'), '/');
const browser = await launchChromium();
await mkdir('screenshots', { recursive: true });
for (const path of targets) {
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(origin + path, { waitUntil: 'load' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL !== '0' });
      await context.close();
      process.stdout.write(`screenshots/${name}\n`);
    }
  }
}
await browser.close();
server.close();
