/**
 * Works around astro 5's content store losing a save (withastro/astro#15672, fixed in later
 * majors): a save asked for while another is being written is replaced, when that one ends, by
 * a second write of the older data. A loader that parses for seconds (the speech loader, seven
 * speeches on a busy machine) keeps the first save in flight long enough, and the build then
 * runs without its entries ("The collection "speeches" does not exist or is empty"). Here each
 * store's saves run one after another, each writing the store as it is when it starts.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';

interface SavingStore {
  writeToDisk(): Promise<void>;
}

const serialised = new WeakSet<SavingStore>();

/** Makes the saves of every store made from `prototype` wait for the one before. */
export function serialiseSaves(prototype: SavingStore): void {
  if (serialised.has(prototype)) return;
  serialised.add(prototype);
  const write = prototype.writeToDisk;
  const last = new WeakMap<SavingStore, Promise<void>>();
  prototype.writeToDisk = function (this: SavingStore): Promise<void> {
    const next = (last.get(this) ?? Promise.resolve()).then(() => write.call(this));
    last.set(
      this,
      next.catch(() => undefined),
    );
    return next;
  };
}

/**
 * The store class Astro itself uses, from the installed package (it is not exported). Loaded
 * with require, which shares Node's module cache with Astro: an import() here would go through
 * the Vite runner that loaded the config, closed by the time the hook runs.
 */
function astroStoreClass(): { prototype: SavingStore } {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('astro/package.json'));
  return (
    require(join(root, 'dist/content/mutable-data-store.js')) as {
      MutableDataStore: { prototype: SavingStore };
    }
  ).MutableDataStore;
}

export function storeSaves(): AstroIntegration {
  return {
    name: 'figures-of-speech:store-saves',
    hooks: {
      'astro:config:setup': () => serialiseSaves(astroStoreClass().prototype),
    },
  };
}
