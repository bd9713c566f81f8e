/**
 * Content collections. `speeches` is built from content/speeches/<slug>/source.txt by the
 * speech loader; its schema (src/lib/schema/) documents every field.
 */
import { defineCollection } from 'astro:content';
import { speechLoader } from './loaders/speeches';
import { speechRecordSchema } from './lib/schema/record';

const speeches = defineCollection({
  loader: speechLoader(),
  schema: speechRecordSchema,
});

export const collections = { speeches };
