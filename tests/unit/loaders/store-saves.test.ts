/**
 * Astro's content store, with its saves made to wait for one another: a save asked for while
 * another is being written still writes the store as it then is (astro 5 wrote the older data
 * again, and a build ran without its speeches).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { serialiseSaves } from '../../../src/integrations/store-saves';

interface Store {
  set(collection: string, key: string, value: unknown): void;
  writeToDisk(): Promise<void>;
}

const require = createRequire(import.meta.url);
const { MutableDataStore } = require(
  join(dirname(require.resolve('astro/package.json')), 'dist/content/mutable-data-store.js'),
) as { MutableDataStore: { prototype: Store; fromFile(file: URL): Promise<Store> } };

const dir = mkdtempSync(join(tmpdir(), 'fos-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('serialiseSaves', () => {
  it('keeps an entry set while an earlier save was being written', async () => {
    serialiseSaves(MutableDataStore.prototype);
    const file = join(dir, 'data-store.json');
    const store = await MutableDataStore.fromFile(pathToFileURL(file));
    store.set('speeches', 'first', { id: 'first', data: { n: 1 } });
    const earlier = store.writeToDisk();
    store.set('speeches', 'second', { id: 'second', data: { n: 2 } });
    await Promise.all([earlier, store.writeToDisk()]);
    const saved = readFileSync(file, 'utf8');
    expect(saved).toContain('"first"');
    expect(saved).toContain('"second"');
  });
});
