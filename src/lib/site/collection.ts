/**
 * Reading the `speeches` collection, for pages' getStaticPaths.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { redirectsOf } from '../editorial/collections';

export type SpeechEntry = CollectionEntry<'speeches'>;
export type SpeechData = SpeechEntry['data'];

let read: Promise<SpeechData[]> | undefined;

/**
 * Every speech, by slug. A build reads them once and every route shares the same objects:
 * getCollection copies all of each entry's data on every call, which cost seconds over the
 * routes of seven speeches, and shared objects let per-speech work (speechView) be done once.
 * `npm run dev` reads afresh, as a speech can change under a running server.
 */
export function allSpeeches(): Promise<SpeechData[]> {
  const load = async () =>
    (await getCollection('speeches'))
      .map((e) => e.data)
      .sort((a, b) => a.slug.localeCompare(b.slug));
  if (import.meta.env.DEV) return load();
  read ??= load();
  return read;
}

/** getStaticPaths for pages with one route per speech. */
export async function speechPaths(): Promise<
  { params: { slug: string }; props: { speech: SpeechData } }[]
> {
  return (await allSpeeches()).map((speech) => ({
    params: { slug: speech.slug },
    props: { speech },
  }));
}

/** getStaticPaths for pages with one route per figure of every speech. */
export async function figurePaths(): Promise<
  { params: { slug: string; id: string }; props: { speech: SpeechData; id: string } }[]
> {
  return (await allSpeeches()).flatMap((speech) =>
    speech.figures.map((f) => ({
      params: { slug: speech.slug, id: f.id },
      props: { speech, id: f.id },
    })),
  );
}

/**
 * getStaticPaths for a figure's files (SVG, PNG, CSV, JSON, oEmbed, share image): every figure,
 * and every retired id too, serving its successor's file, so a published file URL never breaks
 * (a static host cannot redirect a file).
 */
export async function figureFilePaths(): Promise<
  { params: { slug: string; id: string }; props: { speech: SpeechData; id: string } }[]
> {
  const current = await figurePaths();
  const bySlug = new Map(current.map((p) => [p.props.speech.slug, p.props.speech]));
  const retired = redirectsOf().flatMap(({ slug, from, to }) => {
    const speech = bySlug.get(slug);
    return speech ? [{ params: { slug, id: from }, props: { speech, id: to } }] : [];
  });
  return [...current, ...retired];
}
