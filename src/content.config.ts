/**
 * Content collections. `speeches` is built from content/speeches/<slug>/source.txt by the
 * speech loader; its schema documents every field.
 */
import { defineCollection, z } from 'astro:content';
import { speechLoader } from './loaders/speeches';
import {
  completenessSchema,
  encodingSchema,
  findingSchema,
  metaSchema,
  paragraphSchema,
  partSchema,
  provenanceSchema,
  repairSchema,
  segmentSchema,
} from './lib/schema/speech';
import { checkSchema, figureSchema, relationSchema } from './lib/schema/figures';

const speeches = defineCollection({
  loader: speechLoader(),
  schema: z.object({
    slug: z.string().describe('Folder name under content/speeches; used in URLs'),
    text: z.string().describe('The decoded source text every offset refers to'),
    speech: z
      .object({
        meta: metaSchema,
        provenance: provenanceSchema,
        completeness: completenessSchema,
        encoding: encodingSchema,
        findings: z.array(findingSchema).describe('Everything readers should be told'),
      })
      .describe('About the speech as a whole'),
    parts: z.array(partSchema).describe('Parts present, in order'),
    paragraphs: z.array(paragraphSchema).describe('Body paragraphs, in order'),
    repairs: z.array(repairSchema).describe('Damage found, in order'),
    segments: z.array(segmentSchema).describe('Lossless cover of the text'),
    figures: z.array(figureSchema).describe('Every figure, in order of appearance'),
    relations: z.array(relationSchema).describe('Relations between figures'),
    checks: z.array(checkSchema).describe('Checks computed from the relations'),
  }),
});

export const collections = { speeches };
