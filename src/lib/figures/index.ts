import type { ParsedSpeech } from '../speech/types';
import { extractFigureList } from './extract';
import { findRelations, runChecks } from './relations/index';
import type { FigureSet } from './types';
import type { RankContext } from './rank-context';

/** What extraction needs from a parsed speech. */
export type SpeechInput = Pick<ParsedSpeech, 'text' | 'paragraphs' | 'parts' | 'repairs'>;

/**
 * Every figure in the speech, the relations between them, and the checks those imply; editors'
 * context (how many places a rank is out of) lets ranks be checked too.
 */
export function extractFigures(speech: SpeechInput, context?: RankContext): FigureSet {
  const { figures, view } = extractFigureList(speech);
  const relations = findRelations(figures, view);
  const checks = runChecks(figures, relations, context);
  return { figures, relations, checks };
}

export { extractFigureList } from './extract';
export { findRelations, runChecks } from './relations/index';
export type { Figure, FigureSet, Relation, Check } from './types';
export type { RankContext, RankTotal } from './rank-context';
