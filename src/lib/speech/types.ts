/**
 * The shape of a parsed speech, derived from its Zod schemas (src/lib/schema/speech.ts), which
 * document every field. Every offset is a UTF-16 index into the decoded text
 * (`ParsedSpeech.text`), so that `text.slice(start, end)` is exactly the span's text.
 */
import type { z } from 'astro/zod';
import type {
  announcedCountSchema,
  completenessSchema,
  encodingSchema,
  findingCodeSchema,
  findingSchema,
  itemSchema,
  metaSchema,
  paragraphSchema,
  parsedSpeechSchema,
  partSchema,
  pointSchema,
  sectionSchema,
  provenanceSchema,
  repairSchema,
  segmentRoleSchema,
  segmentSchema,
  spanSchema,
} from '../schema/speech';

export type Span = z.infer<typeof spanSchema>;
export type SegmentRole = z.infer<typeof segmentRoleSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type EncodingReport = z.infer<typeof encodingSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type SpeechMeta = z.infer<typeof metaSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Part = z.infer<typeof partSchema>;
export type Repair = z.infer<typeof repairSchema>;
export type FindingCode = z.infer<typeof findingCodeSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type AnnouncedCount = z.infer<typeof announcedCountSchema>;
export type Completeness = z.infer<typeof completenessSchema>;
export type ParsedSpeech = z.infer<typeof parsedSpeechSchema>;
