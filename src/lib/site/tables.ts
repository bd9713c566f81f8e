/**
 * The downloadable tables of a speech: one row per figure, relation and check. One place
 * defines the columns, for the whole-speech files and the per-figure ones alike.
 */
import { standingOf } from '../figures/standing';
import type { Check, Figure, Relation } from '../figures/types';
import type { Cell } from './csv';

export interface Table {
  columns: string[];
  rows: Cell[][];
}

export function figureTable(figures: readonly Figure[], pageUrl: (id: string) => string): Table {
  return {
    columns: [
      'id',
      'text',
      'value',
      'value_high',
      'unit',
      'kind',
      'qualifier',
      'subject',
      'time_scope',
      'place_scope',
      'paragraph',
      'part',
      'point',
      'start',
      'end',
      'repairs',
      'url',
    ],
    rows: figures.map((f) => [
      f.id,
      f.text,
      f.value,
      f.valueHigh,
      f.unit,
      f.kind,
      f.qualifier?.word,
      f.subject,
      f.scope.time.join(';'),
      f.scope.place.join(';'),
      f.paragraph,
      f.part,
      f.point,
      f.start,
      f.end,
      f.repairs.join(';'),
      pageUrl(f.id),
    ]),
  };
}

export function relationTable(relations: readonly Relation[]): Table {
  return {
    columns: [
      'id',
      'type',
      'cue',
      'members',
      'sentence_start',
      'sentence_end',
      'evidence_start',
      'evidence_end',
      'complete',
    ],
    rows: relations.map((r) => [
      r.id,
      r.type,
      r.cue,
      r.members.map((m) => `${m.role}:${m.figure}`).join(';'),
      r.sentence.start,
      r.sentence.end,
      r.evidence.start,
      r.evidence.end,
      r.complete ?? '',
    ]),
  };
}

export function checkTable(checks: readonly Check[]): Table {
  return {
    columns: [
      'id',
      'relation',
      'title',
      'verdict',
      'standing',
      'review_reason',
      'stated',
      'computed',
      'computed_low',
      'computed_high',
      'tolerance',
      'working',
      'assumptions',
    ],
    rows: checks.map((c) => [
      c.id,
      c.relation,
      c.title,
      c.verdict,
      standingOf(c),
      c.review?.reason ?? '',
      c.stated,
      c.computed?.value,
      c.computed?.low,
      c.computed?.high,
      c.tolerance,
      c.working.join('\n'),
      c.assumptions.join('\n'),
    ]),
  };
}
