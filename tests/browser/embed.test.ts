/**
 * Embeds: the bare page carries no site furniture and shows its chart without JavaScript; in an
 * iframe on another host page, with the resize script, it grows to its content's height.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { siteForFile } from './site';
import { buildSpeechRecord } from '../../src/lib/speech-record';

const SLUG = 'bijie-2018-08-27-fangguanfu';
const record = buildSpeechRecord(SLUG, readFileSync(`content/speeches/${SLUG}/source.txt`));
const id = record.figures[0]!.id;
const EMBED = `/speeches/${SLUG}/embed/${id}/`;

const site = siteForFile();

describe('embed page', () => {
  it('has the chart, a link back, and no header, navigation or footer', async () => {
    const { page } = await site.open(EMBED, { javaScript: false });
    expect(await page.locator('header, nav, footer').count()).toBe(0);
    expect(await page.locator('svg[role="img"]').isVisible()).toBe(true);
    const links = await page.$$eval('a', (as) => as.map((a) => new URL(a.href).pathname));
    expect(links).toEqual([`/speeches/${SLUG}/figures/${id}/`]);
  });

  it('grows to its content in an iframe on a host page that loads the resize script', async () => {
    const { page } = await site.open('/');
    const src = `${site.origin}${EMBED}`;
    await page.setContent(
      `<!doctype html><html><body><iframe src="${src}" title="t" width="600" height="50" style="border:0;width:600px" data-fos-embed></iframe><script src="${site.origin}/embed.js"></script></body></html>`,
    );
    const frame = page.locator('iframe');
    const inner = await (await frame.elementHandle())!.contentFrame();
    await inner!.waitForSelector('svg');
    const contentHeight = await inner!.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    expect(contentHeight).toBeGreaterThan(200);
    await expect
      .poll(async () => (await frame.boundingBox())!.height, { timeout: 5000 })
      .toBe(contentHeight);
  });

  it('grows too when the host page loads the resize script after the iframe has loaded', async () => {
    const { page } = await site.open('/');
    await page.setContent(
      `<!doctype html><html><body><iframe src="${site.origin}${EMBED}" title="t" width="600" height="50" style="border:0;width:600px" data-fos-embed></iframe></body></html>`,
    );
    const frame = page.locator('iframe');
    const inner = await (await frame.elementHandle())!.contentFrame();
    await inner!.waitForSelector('svg');
    await inner!.waitForLoadState('load');
    const contentHeight = await inner!.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    // The iframe's own report went out before anyone listened.
    expect((await frame.boundingBox())!.height).toBe(50);
    await page.addScriptTag({ url: `${site.origin}/embed.js` });
    await expect
      .poll(async () => (await frame.boundingBox())!.height, { timeout: 5000 })
      .toBe(contentHeight);
  });
});
