/**
 * How the edition lists its speeches and the filters over them. Newest first by date of
 * delivery; speeches of the same day by folder name; a speech with no date last (it cannot be
 * placed in time). Places and years are offered as filters with how many speeches each holds.
 */
import type { SpeechFacts } from './facts';

type Listed = Pick<SpeechFacts, 'slug' | 'date'>;

/** The edition's order: newest date first, then folder name; undated last. */
export function newestFirst<T extends Listed>(speeches: readonly T[]): T[] {
  return [...speeches].sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug, 'en'),
  );
}

export interface PlaceFilter {
  key: string;
  /** The name readers see; the key when no speech of the place has a name. */
  name: string;
  count: number;
}

export interface YearFilter {
  year: number;
  count: number;
}

/**
 * One filter per place key: 全国 first, then places with more speeches, then by key. A place
 * is named by its newest speech that names it.
 */
export function placeFilters(speeches: readonly SpeechFacts[]): PlaceFilter[] {
  const byKey = new Map<string, PlaceFilter>();
  for (const s of newestFirst(speeches)) {
    const f = byKey.get(s.place.key) ?? { key: s.place.key, name: '', count: 0 };
    f.count += 1;
    f.name ||= s.place.name ?? '';
    byKey.set(s.place.key, f);
  }
  const national = (f: PlaceFilter) => (f.name === '全国' ? 0 : 1);
  return [...byKey.values()]
    .map((f) => ({ ...f, name: f.name || f.key }))
    .sort(
      (a, b) => national(a) - national(b) || b.count - a.count || a.key.localeCompare(b.key, 'en'),
    );
}

/** One filter per year of delivery, newest first; undated speeches have none. */
export function yearFilters(speeches: readonly SpeechFacts[]): YearFilter[] {
  const counts = new Map<number, number>();
  for (const s of speeches) if (s.year !== null) counts.set(s.year, (counts.get(s.year) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year);
}
