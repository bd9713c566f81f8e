/**
 * What every kind of relation provides, in one module per kind (part-whole.ts, share.ts …), the
 * way a plotting library keeps a mark in one file: the cue words that state it, how it is found
 * in the text, how it is checked and how its working reads. `registry.ts` lists the kinds.
 */
import type { Check, Figure, Relation, RelationMember, RelationType } from '../types';
import type { RankContext } from '../rank-context';

/** A relation before it gets its id. */
export type Draft = Omit<Relation, 'id'>;

/** A check before it gets its id and relation. */
export type CheckDraft = Omit<Check, 'id' | 'relation'>;

/** What a kind may look at to find relations in one sentence. */
export interface FindInput {
  /** The text with repairs applied; offsets are the source's. */
  view: string;
  /** The sentence's figures, in order. */
  figures: readonly Figure[];
  /** The figures of the sentences after it, each list one sentence, for parts stated after a
   *  semicolon or a full stop (。其中，中央…；地方…). */
  following: readonly (readonly Figure[])[];
  /** Relations other kinds found in this sentence before this one ran. */
  found: readonly Draft[];
}

/** A relation's members by role. */
export interface Members {
  one: (role: string) => Figure | undefined;
  all: (role: string) => Figure[];
}

export interface RelationKind {
  type: RelationType;
  /** The words that state the relation, as a reader would look for them. */
  cues: readonly string[];
  find: (input: FindInput) => Draft[];
  /** The check the relation implies, or null when it implies no arithmetic. */
  check: (relation: Relation, members: Members, context?: RankContext) => CheckDraft | null;
}

export type { Figure, Relation, RelationMember };
