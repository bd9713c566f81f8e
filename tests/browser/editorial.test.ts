/**
 * Editors' work, end to end. Against a throwaway copy of the project: a misspelt figure id, a
 * misspelt field and a field of the wrong kind stop `astro build` with the file, the line and
 * the fix, in Chinese, all listed at once; a figure id
 * that disappears from the speech stops it too, unless a redirect is recorded, and then the
 * old figure and embed URLs lead to the successor in Chromium. Against the built site: the
 * story page draws its live charts, and notes show on the reading and figure pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject, type Copy } from './editorial-build';
import { startSite, type Site } from './site';
import { axeViolations } from './axe';
import { formatDate } from '../../src/lib/text/dates';
import { serveStatic } from '../../scripts/static-server';
import { launchChromium } from '../../scripts/browser';

const SLUG = 'bijie-2018-08-27-fangguanfu';
const NOTES = `content/notes/${SLUG}`;
const PERMALINKS = `content/permalinks/${SLUG}.json`;
const SOURCE = `content/speeches/${SLUG}/source.txt`;

const note = (fields: string) => `---\nspeech: ${SLUG}\n${fields}\n---\n\n正文。\n`;

describe('a build in a copy of the project', () => {
  const copies: Copy[] = [];
  const copy = () => {
    const c = copyProject([SLUG]);
    copies.push(c);
    return c;
  };
  afterAll(() => copies.forEach((c) => c.remove()));

  it('stops at a misspelt figure id, naming the file, the line and the right id', async () => {
    const c = copy();
    c.write(
      `${NOTES}/zz-misspelt.mdx`,
      note('figure: shichang-zhuti-193hu\nauthor: 测试\ndate: 2026-11-27'),
    );
    const { ok, output } = await c.build();
    expect(ok).toBe(false);
    expect(output).toContain(
      `${NOTES}/zz-misspelt.mdx:3：讲话 ${SLUG} 里没有数字编号“shichang-zhuti-193hu”。是不是“shichang-zhuti-193-hu”`,
    );
  });

  it('lists every problem of the notes at once, in Chinese, each at its own line', async () => {
    const c = copy();
    c.write(`${NOTES}/zz-type.mdx`, note('paragraph: p3\nauthor: 42\ndate: 2026-11-27'));
    c.write(`${NOTES}/zz-autor.mdx`, note('paragraph: p3\nautor: 测试\ndate: 2026-11-27'));
    c.write(`${NOTES}/zz-id.mdx`, note('paragraph: p99\nauthor: 测试\ndate: 2026-11-27'));
    c.write(
      `${NOTES}/zz-lt.mdx`,
      note('paragraph: p3\nauthor: 测试\ndate: 2026-11-27').replace('正文。', '占比<5%。'),
    );
    const { ok, output } = await c.build();
    expect(ok).toBe(false);
    expect(output).toContain('编辑文件中有4处问题');
    expect(output).toContain(`${NOTES}/zz-lt.mdx:8：正文里的“<5%。”中的“<”不是组件的开头`);
    expect(output).toContain('&lt;');
    // No stack trace or path inside the program.
    expect(output).not.toMatch(/errors\.ts|loaders\/editorial|at projectError/);
    expect(output).toContain(`${NOTES}/zz-type.mdx:4：字段“author”应当是文字，这里写的是数字。`);
    // The misspelt key's own line, not line 1 for a missing author.
    expect(output).toContain(
      `${NOTES}/zz-autor.mdx:4：字段“autor”不是可用的字段：是不是“author”？`,
    );
    expect(output).toContain(`${NOTES}/zz-id.mdx:3：讲话 ${SLUG} 里没有段落“p99”。`);
  });

  it('stops when a published id disappears without a redirect, and redirects with one', async () => {
    const c = copy();
    // The speech now says 68家: the figure 500qiang-qiye-67-jia is gone, 500qiang-qiye-68-jia new.
    const source = c.read(SOURCE);
    expect(source).toContain('引进500强企业67家');
    c.write(SOURCE, source.replace('引进500强企业67家', '引进500强企业68家'));
    const failed = await c.build();
    expect(failed.ok).toBe(false);
    expect(failed.output).toMatch(
      new RegExp(
        `${PERMALINKS}:\\d+：发布过的编号“500qiang-qiye-67-jia”已不在讲话中.*“500qiang-qiye-68-jia”`,
      ),
    );

    const record = JSON.parse(c.read(PERMALINKS));
    record.redirects = { '500qiang-qiye-67-jia': '500qiang-qiye-68-jia' };
    c.write(PERMALINKS, JSON.stringify(record, null, 2));
    const built = await c.build();
    expect(built.ok, built.output.slice(-2000)).toBe(true);

    const { server, origin } = await serveStatic(join(c.dir, 'dist'), '/');
    const browser = await launchChromium();
    try {
      for (const kind of ['figures', 'embed']) {
        const old = c.read(`dist/speeches/${SLUG}/${kind}/500qiang-qiye-67-jia/index.html`);
        expect(old).toMatch(/<link rel="canonical" href="[^"]*\/500qiang-qiye-68-jia\/"/);
        const page = await browser.newPage();
        // An embed's query (pym's childId) and an anchor survive the redirect.
        const tail = kind === 'embed' ? '?childId=c1#x' : '';
        await page.goto(`${origin}/speeches/${SLUG}/${kind}/500qiang-qiye-67-jia/${tail}`);
        await page.waitForURL(`${origin}/speeches/${SLUG}/${kind}/500qiang-qiye-68-jia/${tail}`);
        expect(await page.locator('svg[role="img"]').count()).toBeGreaterThan(0);
        await page.close();
      }
      // Files cannot redirect on a static host: the old file URLs serve the successor's files.
      for (const file of [
        `speeches/${SLUG}/figures/500qiang-qiye-67-jia.svg`,
        `speeches/${SLUG}/figures/500qiang-qiye-67-jia.csv`,
        `speeches/${SLUG}/oembed/500qiang-qiye-67-jia.json`,
      ])
        expect(c.read(`dist/${file}`)).toBe(c.read(`dist/${file.replace('67-jia', '68-jia')}`));
      const json = JSON.parse(c.read(`dist/speeches/${SLUG}/figures/500qiang-qiye-67-jia.json`));
      expect(json.figure.id).toBe('500qiang-qiye-68-jia');
    } finally {
      await browser.close();
      await new Promise((done) => server.close(done));
    }
  }, 180_000);
});

describe('the built site', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  const storyFiles = readdirSync(resolve('content/stories')).filter((f) => f.endsWith('.mdx'));
  it.each(storyFiles)('story %s draws a live chart for every <Figure>', async (file) => {
    const text = readFileSync(resolve('content/stories', file), 'utf8');
    const ids = [...text.matchAll(/<Figure id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(0);
    const { page, errors } = await site.open(`/stories/${file.replace(/\.mdx$/, '')}/`);
    for (const id of ids)
      expect(
        await page.locator(`[data-story-figure="${id}"] svg[role="img"]:visible`).count(),
      ).toBe(1);
    expect(await page.locator('[data-story-check] li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  const noteFiles = readdirSync(resolve(NOTES)).filter((f) => f.endsWith('.mdx'));
  const frontmatter = (file: string, key: string) =>
    new RegExp(`^${key}: (.+)$`, 'm').exec(readFileSync(resolve(NOTES, file), 'utf8'))?.[1];

  // A note with neither figure nor paragraph is about the whole speech and has no place in the text.
  const textNotes = noteFiles.filter(
    (f) => frontmatter(f, 'figure') || frontmatter(f, 'paragraph'),
  );

  it('every note on a figure or paragraph shows on the reading page: beside its paragraph when wide, under it when narrow', async () => {
    expect(textNotes.length).toBeGreaterThan(0);
    for (const width of [1280, 390]) {
      const { page } = await site.open(`/speeches/${SLUG}/read/`, { width });
      for (const file of textNotes) {
        const box = await page
          .locator(`[data-note="${SLUG}/${file.replace(/\.mdx$/, '')}"]`)
          .boundingBox();
        expect(box, file).not.toBeNull();
        const paragraph = await page
          .locator(`[data-note="${SLUG}/${file.replace(/\.mdx$/, '')}"]`)
          .evaluate((el) =>
            el
              .closest('[data-paragraph-block]')!
              .querySelector('p[id^="p"]')!
              .getBoundingClientRect()
              .toJSON(),
          );
        if (width === 1280) expect(box!.x).toBeGreaterThanOrEqual(paragraph.right);
        else expect(box!.y).toBeGreaterThanOrEqual(paragraph.bottom);
      }
    }
  });

  it.each(noteFiles.filter((f) => frontmatter(f, 'figure')))(
    'note %s shows on its figure page with author and date',
    async (file) => {
      const { page } = await site.open(`/speeches/${SLUG}/figures/${frontmatter(file, 'figure')}/`);
      const shown = page.locator(`[data-note="${SLUG}/${file.replace(/\.mdx$/, '')}"]`);
      expect(await shown.count()).toBe(1);
      const text = await shown.innerText();
      expect(text).toContain(frontmatter(file, 'author')!);
      expect(text).toContain(formatDate(frontmatter(file, 'date')!));
    },
  );
});
