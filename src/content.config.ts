/**
 * Content collections. `speeches` is built from content/speeches/<slug>/source.txt by the
 * speech loader; the editors' collections (notes, stories, overrides, context, permalinks) are
 * read from content/<collection>/ and checked against the speeches (src/loaders/editorial.ts);
 * reviews are also read by the speech loader, which attaches each decision to its check;
 * indicators come from content/indicators.yaml (src/loaders/indicators.ts).
 * Their schemas (src/lib/schema/) document every field.
 */
import { defineCollection } from 'astro:content';
import { speechLoader } from './loaders/speeches';
import { editorialLoader } from './loaders/editorial';
import { indicatorLoader } from './loaders/indicators';
import { speechRecordSchema } from './lib/schema/record';
import { indicatorSchema } from './lib/schema/indicators';
import {
  contextSchema,
  noteSchema,
  overridesSchema,
  permalinksSchema,
  reviewsSchema,
  storySchema,
} from './lib/schema/editorial';

const speeches = defineCollection({
  loader: speechLoader(),
  schema: speechRecordSchema,
});

/** An editors' collection: files under content/<name>/, checked against the speeches. */
const editorial = <S extends Parameters<typeof editorialLoader>[2]>(
  name: Parameters<typeof editorialLoader>[0],
  pattern: string,
  schema: S,
) => defineCollection({ loader: editorialLoader(name, pattern, schema), schema });

const notes = editorial('notes', '**/*.{md,mdx}', noteSchema);
const stories = editorial('stories', '**/*.{md,mdx}', storySchema);
const overrides = editorial('overrides', '*.{yaml,yml}', overridesSchema);
const context = editorial('context', '*.{yaml,yml}', contextSchema);
const permalinks = editorial('permalinks', '*.json', permalinksSchema);
const reviews = editorial('reviews', '*.{yaml,yml}', reviewsSchema);

/** The indicators followed across speeches, from content/indicators.yaml. */
const indicators = defineCollection({ loader: indicatorLoader(), schema: indicatorSchema });

export const collections = {
  speeches,
  notes,
  stories,
  overrides,
  context,
  permalinks,
  reviews,
  indicators,
};
