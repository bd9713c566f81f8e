/**
 * A scratch copy of the project for build benchmarks: the repository without build output or git,
 * its packages linked to this one's, holding exactly `count` speeches — the project's
 * own (the seed first), then the corpus reports, then all of them again under new slugs
 * (`<slug>-2`, `-3` …) until there are enough. A repeat is the same text, so it draws no new image.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const LEFT_OUT = new Set(['node_modules', '.git', '.tmp', 'dist', '.astro', 'screenshots']);
const CORPUS = 'tests/fixtures/corpus';
const SPEECHES = 'content/speeches';

const folders = (dir: string): string[] =>
  readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'source.txt')))
    .sort();

/** The speeches a scratch copy draws from: the project's own (the seed first), then the corpus. */
function speechPool(root: string): { slug: string; source: string }[] {
  const own = folders(join(root, SPEECHES)).map((slug) => ({
    slug,
    source: join(root, SPEECHES, slug, 'source.txt'),
  }));
  const corpus = folders(join(root, CORPUS))
    .filter((slug) => !own.some((s) => s.slug === slug))
    .map((slug) => ({ slug, source: join(root, CORPUS, slug, 'source.txt') }));
  return [...own, ...corpus];
}

/** Slugs and source files of `count` speeches. */
export function benchSpeeches(root: string, count: number): { slug: string; source: string }[] {
  const pool = speechPool(root);
  return Array.from({ length: count }, (_, i) => {
    const { slug, source } = pool[i % pool.length]!;
    const round = Math.floor(i / pool.length) + 1;
    return { slug: round === 1 ? slug : `${slug}-${round}`, source };
  });
}

/**
 * Editors' files (notes, permalinks, reviews … named by their speech) of the speeches left out,
 * which would otherwise stop the build by naming a speech it does not have.
 */
export function leaveOutEditorial(
  dir: string,
  known: ReadonlySet<string>,
  kept: ReadonlySet<string>,
): void {
  const content = join(dir, 'content');
  for (const folder of readdirSync(content, { withFileTypes: true }))
    if (folder.isDirectory() && folder.name !== 'speeches')
      for (const name of readdirSync(join(content, folder.name))) {
        const slug = name.replace(/\.[^.]+$/, '');
        if (known.has(slug) && !kept.has(slug))
          rmSync(join(content, folder.name, name), { recursive: true });
      }
}

/** Makes `.tmp/bench-<count>` under `root` afresh and returns its path. */
export function scratchCopy(root: string, count: number): string {
  const dir = resolve(root, '.tmp', `bench-${count}`);
  rmSync(dir, { recursive: true, force: true });
  // Entry by entry: Node refuses to copy a folder into a folder inside it.
  for (const name of readdirSync(root))
    if (!LEFT_OUT.has(name)) cpSync(join(root, name), join(dir, name), { recursive: true });
  // Each package linked, not the folder: Astro's and Vite's caches under node_modules stay the copy's.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules')))
    if (!name.startsWith('.'))
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  rmSync(join(dir, SPEECHES), { recursive: true });
  const chosen = benchSpeeches(root, count);
  for (const { slug, source } of chosen) {
    mkdirSync(join(dir, SPEECHES, slug), { recursive: true });
    cpSync(source, join(dir, SPEECHES, slug, 'source.txt'));
  }
  leaveOutEditorial(
    dir,
    new Set(speechPool(root).map((s) => s.slug)),
    new Set(chosen.map((s) => s.slug)),
  );
  return dir;
}
