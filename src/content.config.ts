/**
 * Content collections. `speeches` is built from content/speeches/<slug>/source.txt by the
 * speech loader; the editors' collections (notes, stories, overrides, context, permalinks) are
 * read from content/<collection>/ and checked against the speeches (src/loaders/editorial.ts).
 * Their schemas (src/lib/schema/) document every field.
 */
import { defineCollection } from 'astro:content';
import { speechLoader } from './loaders/speeches';
import { editorialLoader } from './loaders/editorial';
import { speechRecordSchema } from './lib/schema/record';
import {
  contextSchema,
  noteSchema,
  overridesSchema,
  permalinksSchema,
  storySchema,
} from './lib/schema/editorial';

const speeches = defineCollection({
  loader: speechLoader(),
  schema: speechRecordSchema,
});

const notes = defineCollection({
  loader: editorialLoader('notes', '**/*.{md,mdx}', noteSchema),
  schema: noteSchema,
});

const stories = defineCollection({
  loader: editorialLoader('stories', '**/*.{md,mdx}', storySchema),
  schema: storySchema,
});

const overrides = defineCollection({
  loader: editorialLoader('overrides', '*.{yaml,yml}', overridesSchema),
  schema: overridesSchema,
});

const context = defineCollection({
  loader: editorialLoader('context', '*.{yaml,yml}', contextSchema),
  schema: contextSchema,
});

const permalinks = defineCollection({
  loader: editorialLoader('permalinks', '*.json', permalinksSchema),
  schema: permalinksSchema,
});

export const collections = { speeches, notes, stories, overrides, context, permalinks };
