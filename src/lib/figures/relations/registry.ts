/**
 * Every kind of relation, in the order they are looked for in a sentence: a kind may use what
 * the kinds before it found (a share its part's whole, a growth its before-after pair).
 */
import { aligned } from './aligned';
import { beforeAfter } from './before-after';
import { change } from './change';
import { forecast } from './forecast';
import { growth } from './growth';
import type { RelationKind } from './kind';
import { partWhole } from './part-whole';
import { rank } from './rank';
import { rankDistribution } from './rank-distribution';
import { ratePerPeriod } from './rate-per-period';
import { ratio } from './ratio';
import { share } from './share';
import { statedChange } from './stated-change';
import { target } from './target';

export const KINDS: readonly RelationKind[] = [
  partWhole,
  share,
  beforeAfter,
  statedChange,
  growth,
  change,
  ratePerPeriod,
  ratio,
  rank,
  rankDistribution,
  forecast,
  target,
  aligned,
];
