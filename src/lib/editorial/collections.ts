/**
 * Reading the editors' collections, for pages and for the charts. Loaded once per build (and
 * again in `npm run dev` when a file changes, as Astro reloads this module's content import).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ContextData, OverridesData } from '../schema/editorial';
import { figureChartOptions, type FigureChartOptions } from './chart-options';

export type NoteEntry = CollectionEntry<'notes'>;
export type StoryEntry = CollectionEntry<'stories'>;

const [notes, stories, overrides, contexts, permalinks] = await Promise.all([
  getCollection('notes'),
  getCollection('stories'),
  getCollection('overrides'),
  getCollection('context'),
  getCollection('permalinks'),
]);

const bySpeech = <T extends { data: { speech?: string } }>(entries: T[], slug: string) =>
  entries.filter((e) => e.data.speech === slug);

/** Notes on a speech, oldest first, then by file id so the order is stable. */
export const notesOf = (slug: string): NoteEntry[] =>
  bySpeech(notes, slug).sort(
    (a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id),
  );

/** Notes about the whole speech (neither a figure nor a paragraph), oldest first. */
export const speechNotesOf = (slug: string): NoteEntry[] =>
  notesOf(slug).filter((n) => n.data.figure === undefined && n.data.paragraph === undefined);

/** Stories about a speech, or every story; newest first. */
export const storiesOf = (slug?: string): StoryEntry[] =>
  (slug ? bySpeech(stories, slug) : [...stories]).sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  );

export const contextOf = (slug: string): ContextData | undefined =>
  bySpeech(contexts, slug)[0]?.data;

export const overridesOf = (slug: string): OverridesData | undefined =>
  bySpeech(overrides, slug)[0]?.data;

/** Chart options for one figure from its speech's context and overrides. */
export const chartOptionsOf = (slug: string, figureId: string): FigureChartOptions =>
  figureChartOptions(figureId, contextOf(slug), overridesOf(slug));

/** Identifies the editorial data the charts of a speech depend on, for caching them. */
export const chartInputsKey = (slug: string): string =>
  JSON.stringify([contextOf(slug) ?? null, overridesOf(slug) ?? null]);

/** Retired figure ids with the id that replaces each, by speech. */
export const redirectsOf = (): { slug: string; from: string; to: string }[] =>
  permalinks.flatMap((p) =>
    Object.entries(p.data.redirects).map(([from, to]) => ({ slug: p.data.speech, from, to })),
  );
