/**
 * An indicator page as readers use it: reached from the list of indicators, its chart shows each
 * year's verdict, each year's target and outcome with the working are in the table, a point of the
 * chart opens its figure page, nothing is asked of another origin, axe passes; its embed shows the
 * chart without JavaScript. Expected values are read from the 2014–2016 national reports: 城镇新增就业
 * 1000万人以上 was the target of 2014 and 2015; the next reports state 1322万人 and 1312万人.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { siteForFile } from './site';

const site = siteForFile();

/** Path of the national 城镇新增就业 page, as the list of indicators links it. */
async function jobsPath(): Promise<string> {
  const { page, status } = await site.open('/indicators/');
  expect(status).toBe(200);
  const link = page
    .locator('section', { has: page.locator('h2', { hasText: '城镇新增就业' }) })
    .getByRole('link', { name: /全国/ })
    .first();
  const path = new URL((await link.getAttribute('href'))!, site.origin).pathname;
  await page.context().close();
  return path;
}

describe('indicator page', () => {
  it('is linked from the site header', async () => {
    const { page } = await site.open('/', { javaScript: false });
    const href = await page
      .locator('header nav')
      .getByRole('link', { name: '指标' })
      .getAttribute('href');
    expect(href).toBe('/indicators/');
    await page.context().close();
  });

  for (const width of [390, 1280]) {
    it(`shows the chart, each year's verdict and working, and passes axe at ${width} px`, async () => {
      const path = await jobsPath();
      const { page, status, requests, errors } = await site.open(path, { width });
      expect(status).toBe(200);
      const chart = page.locator('figure.chart svg').filter({ visible: true });
      expect(await chart.count()).toBe(1);
      expect(await chart.locator('g[role="img"] > title').textContent()).toContain('城镇新增就业');
      // The verdicts written on the chart, in the years' order.
      const verdicts = await chart
        .locator('g.year')
        .evaluateAll((gs) =>
          gs.map((g) => [g.getAttribute('data-year'), g.lastElementChild?.textContent]),
        );
      expect(verdicts).toContainEqual(['2014', '达到']);
      expect(verdicts).toContainEqual(['2015', '达到']);
      expect(verdicts).toContainEqual(['2016', '无法判断']);
      // The table: each year's target and outcome as written, the verdict and its working.
      const row = (year: number) => page.locator(`[data-testid="years"] tr[data-year="${year}"]`);
      for (const [year, outcome] of [
        [2014, '1322万人'],
        [2015, '1312万人'],
      ] as const) {
        await expect.poll(() => row(year).isVisible()).toBe(true);
        expect(await row(year).locator('[data-role="target"] a').innerText()).toBe('1000万人以上');
        expect(await row(year).locator('[data-role="outcome"] a').innerText()).toBe(outcome);
        expect(await row(year).innerText()).toContain('达到');
        expect(
          (await row(year).locator('[data-role="working"]').innerText()).length,
        ).toBeGreaterThan(10);
        // Each value names the speech and paragraph it stands in.
        expect(await row(year).locator('[data-role="outcome"]').innerText()).toMatch(
          new RegExp(`${year + 1}年国务院政府工作报告，第\\d+段`),
        );
      }
      expect(await row(2016).innerText()).toContain('无法判断');
      expect(requests.filter((u) => !u.startsWith(site.origin))).toEqual([]);
      expect(errors).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('links a point of the chart to its figure page, which opens', async () => {
    const path = await jobsPath();
    const { page } = await site.open(path, { width: 1280 });
    const href = await page
      .locator('figure.chart svg a.point-link[data-year="2014"][data-role="outcome"]')
      .filter({ visible: true })
      .getAttribute('href');
    expect(href).toMatch(/^\/speeches\/cn-2015-zhengfu-gongzuo-baogao\/figures\/[^/]+\/$/);
    await page.context().close();
    const figure = await site.open(href!);
    expect(figure.status).toBe(200);
    expect(await figure.page.locator('h1').innerText()).toContain('1322万人');
    // …and the figure page links back to the indicator.
    const back = figure.page.getByTestId('indicator-link').getByRole('link');
    expect(new URL((await back.getAttribute('href'))!, site.origin).pathname).toBe(path);
    await figure.page.context().close();
  });

  it('shows an outcome stated only in words, linked to its paragraph', async () => {
    // 2016's report on 2015's trade: “去年我国进出口总额出现下降，预期增长目标未能实现。” (no number).
    const quote = '去年我国进出口总额出现下降，预期增长目标未能实现。';
    const { page } = await site.open('/indicators/trade-growth-cn/', { javaScript: false });
    const row = page.locator('[data-testid="years"] tr[data-year="2015"]');
    expect(await row.innerText()).toContain('未达到');
    const link = row.locator('[data-role="outcome"] a');
    expect(await link.innerText()).toContain(quote);
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/speeches\/cn-2016-zhengfu-gongzuo-baogao\/read\/#p\d+$/);
    await page.context().close();
    const reading = await site.open(href.split('#')[0]!, { javaScript: false });
    const paragraph = reading.page.locator(`[id="${href.split('#')[1]}"]`);
    expect(await paragraph.innerText()).toContain(quote);
    await reading.page.context().close();
  });

  it('links to the method section on how targets are read, which exists', async () => {
    const path = await jobsPath();
    const { page } = await site.open(path, { javaScript: false });
    const href = await page
      .getByRole('link', { name: /方法页/ })
      .first()
      .getAttribute('href');
    const url = new URL(href!, site.origin);
    expect(url.pathname).toBe('/method/');
    await page.context().close();
    const method = await site.open(url.pathname, { javaScript: false });
    const heading = method.page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`);
    expect(await heading.count()).toBe(1);
    expect(await heading.innerText()).toBe('指标：目标与结果');
    await method.page.context().close();
  });

  it('has an embed that shows the chart without JavaScript and opens its links outside the frame', async () => {
    const path = await jobsPath();
    const { page, status, requests } = await site.open(`${path}embed/`, {
      javaScript: false,
      width: 390,
    });
    expect(status).toBe(200);
    expect(await page.locator('header, nav, footer').count()).toBe(0);
    expect(await page.locator('svg g[role="img"]').isVisible()).toBe(true);
    const targets = await page.$$eval('svg a', (as) => as.map((a) => a.getAttribute('target')));
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets)).toEqual(new Set(['_blank']));
    expect(requests.filter((u) => !u.startsWith(site.origin))).toEqual([]);
    await page.context().close();
  });
});
