/**
 * Reading the `speeches` collection, for pages' getStaticPaths.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type SpeechEntry = CollectionEntry<'speeches'>;
export type SpeechData = SpeechEntry['data'];

export async function allSpeeches(): Promise<SpeechData[]> {
  const entries = await getCollection('speeches');
  return entries.map((e) => e.data).sort((a, b) => a.slug.localeCompare(b.slug));
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
