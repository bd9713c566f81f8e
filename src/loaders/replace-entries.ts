/**
 * Puts a loader's entries in Astro's content store the way that keeps the saved store whole:
 * all at once, after the slow work, and only where an entry changed (same digest: left alone).
 * Astro saves the store some time after each change, and a save begun while a loader was
 * still filling the store can be written last (astro 5.18: a save asked for during another is
 * replaced by that other's data), leaving entries out of the build. A build where nothing
 * changed no longer rewrites the store at all.
 */
import type { LoaderContext } from 'astro/loaders';

export interface Entry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
}

export function replaceEntries(
  { store, generateDigest }: Pick<LoaderContext, 'store' | 'generateDigest'>,
  entries: readonly Entry[],
): void {
  const kept = new Set(entries.map((e) => e.id));
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  for (const entry of entries) store.set({ ...entry, digest: generateDigest(entry.data) });
}
