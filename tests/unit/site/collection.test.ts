/**
 * Routes of a build share one reading of the speeches: the figure pages, their files and the
 * image batch get the same speech objects, and the collection is read once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const getCollection = vi.fn(async () =>
  ['b-2', 'a-1'].map((slug) => ({
    data: { slug, figures: [{ id: `${slug}-x` }, { id: `${slug}-y` }] },
  })),
);
vi.mock('astro:content', () => ({ getCollection }));
vi.mock('../../../src/lib/editorial/collections', () => ({ redirectsOf: () => [] }));

const load = () => import('../../../src/lib/site/collection');

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  getCollection.mockClear();
});

describe('allSpeeches', () => {
  it('in a build, reads the collection once for every route', async () => {
    vi.stubEnv('DEV', false);
    const { allSpeeches, figurePaths, figureFilePaths, speechPaths } = await load();
    const pages = await figurePaths();
    const files = await figureFilePaths();
    const speeches = await speechPaths();
    const all = await allSpeeches();
    expect(getCollection).toHaveBeenCalledTimes(1);
    expect(all.map((s) => s.slug)).toEqual(['a-1', 'b-2']);
    expect(pages).toHaveLength(4);
    // The same objects, so anything cached per speech object is computed once.
    for (const [i, page] of pages.entries()) expect(files[i]!.props.speech).toBe(page.props.speech);
    expect(speeches[0]!.props.speech).toBe(all[0]);
  });

  it('in dev, reads afresh, as a speech can change under the server', async () => {
    vi.stubEnv('DEV', true);
    const { allSpeeches } = await load();
    await allSpeeches();
    await allSpeeches();
    expect(getCollection).toHaveBeenCalledTimes(2);
  });
});
