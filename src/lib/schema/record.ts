/**
 * The schema of one entry of the `speeches` collection: what `extract` prints and pages read.
 */
import { z } from 'astro/zod';
import { parsedSpeechSchema } from './speech';
import { figureSetSchema } from './figures';

export const speechRecordSchema = figureSetSchema
  .extend({
    slug: z.string().describe('Folder name under content/speeches; used in URLs'),
    text: parsedSpeechSchema.shape.text,
    speech: parsedSpeechSchema
      .pick({ meta: true, provenance: true, completeness: true, encoding: true, findings: true })
      .describe('About the speech as a whole'),
    parts: parsedSpeechSchema.shape.parts,
    paragraphs: parsedSpeechSchema.shape.paragraphs,
    repairs: parsedSpeechSchema.shape.repairs,
    segments: parsedSpeechSchema.shape.segments,
  })
  .describe('One speech, parsed, with its figures, relations and checks');
