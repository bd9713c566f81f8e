/**
 * A loader's entries reach the content store without the store ever standing half-filled: what
 * is gone is deleted, everything else is set with its digest (Astro leaves an entry with the
 * same digest untouched), and nothing is cleared first.
 */
import { describe, expect, it } from 'vitest';
import { replaceEntries } from '../../../src/loaders/replace-entries';

/** The part of Astro's store the helper uses, with Astro's rule for an unchanged digest. */
function fakeStore(initial: Record<string, string>) {
  const entries = new Map(Object.entries(initial).map(([id, digest]) => [id, { digest }]));
  const writes: string[] = [];
  const store = {
    keys: () => [...entries.keys()],
    delete: (id: string) => {
      entries.delete(id);
      writes.push(`delete ${id}`);
    },
    set: ({ id, digest }: { id: string; digest?: string }) => {
      if (entries.get(id)?.digest === digest) return false;
      entries.set(id, { digest: digest! });
      writes.push(`set ${id}`);
      return true;
    },
    clear: () => {
      throw new Error('cleared');
    },
  };
  return { store, entries, writes };
}

const generateDigest = (data: Record<string, unknown> | string) => JSON.stringify(data);

describe('replaceEntries', () => {
  it('deletes what is gone, writes only what changed, never clears', () => {
    const { store, entries, writes } = fakeStore({
      same: generateDigest({ n: 1 }),
      changed: generateDigest({ n: 2 }),
      gone: generateDigest({ n: 3 }),
    });
    replaceEntries({ store: store as never, generateDigest }, [
      { id: 'same', data: { n: 1 } },
      { id: 'changed', data: { n: 20 } },
      { id: 'new', data: { n: 4 } },
    ]);
    expect(writes).toEqual(['delete gone', 'set changed', 'set new']);
    expect([...entries.keys()].sort()).toEqual(['changed', 'new', 'same']);
  });
});
