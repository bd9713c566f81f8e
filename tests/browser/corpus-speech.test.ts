/**
 * A real work report copied from a news site (Yunnan 2026, content/speeches/yunnan-2026-…), built
 * beside the seed: the home and its pages name it as a newsroom would, by speaker and date, and
 * none of the page furniture the copy came with reads as speech.
 */
import { describe, expect, it } from 'vitest';
import { siteForFile } from './site';
import { axeViolations } from './axe';

const SLUG = 'yunnan-2026-zhengfu-gongzuo-baogao';

const site = siteForFile();

describe('a corpus report in the edition', () => {
  it('is named on the home with its speaker and date, apart from the seed', async () => {
    const { page } = await site.open('/');
    const entry = page.locator('li', {
      has: page.getByRole('link', { name: '2026年云南省政府工作报告' }),
    });
    await expect(entry.count()).resolves.toBe(1);
    const text = await entry.innerText();
    expect(text).toContain('王予波');
    expect(text).toContain('2026年1月28日');
    expect(text).not.toContain('2026-02-03');
    const seed = await page.locator('main').innerText();
    expect(seed).toContain('张集智');
  });

  it('gives the speech page its office, date and meeting', async () => {
    const { page } = await site.open(`/speeches/${SLUG}/`);
    expect(await page.locator('h1').innerText()).toBe('2026年云南省政府工作报告');
    const facts = await page.locator('dl').first().innerText();
    expect(facts).toContain('省长 王予波');
    expect(facts).toContain('2026年1月28日');
    expect(facts).toContain('云南省第十四届人民代表大会第四次会议');
  });

  it('reads the report with its sections and contents, and no page furniture as speech', async () => {
    const { page } = await site.open(`/speeches/${SLUG}/read/`);
    const contents = await page.getByTestId('contents').innerText();
    expect(contents).toContain('三、2026年重点工作');
    expect(contents).toContain('（三）改革开放持续深化、互促共进。');
    expect(await page.locator('h3[id^="part-"]').count()).toBe(7 + 5 + 9);
    const body = await page.getByTestId('speech-text').innerText();
    for (const furniture of ['您的位置', '【字体', '来源：云南日报', '分享到微信', '相关文档']) {
      expect(body).not.toContain(furniture);
    }
    expect(body).toContain('实干兴滇，笃行致远。');
  });

  it.each(['/', `/speeches/${SLUG}/`, `/speeches/${SLUG}/read/`])(
    '%s passes axe at phone width',
    async (path) => {
      const { page, errors } = await site.open(path, { width: 390 });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
