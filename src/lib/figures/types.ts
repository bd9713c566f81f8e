/**
 * Figures, the relations between them, and the checks those relations imply, derived from
 * their Zod schemas (src/lib/schema/figures.ts), which document every field. Offsets are
 * UTF-16 indices into `ParsedSpeech.text`.
 */
import type { z } from 'astro/zod';
import type {
  checkSchema,
  figureKindSchema,
  figureSchema,
  figureSetSchema,
  qualifierSchema,
  relationMemberSchema,
  relationSchema,
  relationTypeSchema,
  verdictSchema,
} from '../schema/figures';

export type FigureKind = z.infer<typeof figureKindSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type FigureScope = Figure['scope'];
export type RelationType = z.infer<typeof relationTypeSchema>;
export type RelationMember = z.infer<typeof relationMemberSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type Check = z.infer<typeof checkSchema>;
export type FigureSet = z.infer<typeof figureSetSchema>;
