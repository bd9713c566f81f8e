/**
 * What several pages of one speech need, computed once per build: its charts by figure id,
 * the checks that concern each figure, and lookups by id.
 */
import { chartsFor, type Chart, type ChartMeta } from '../charts/index';
import type { Check, Figure, Relation } from '../figures/types';
import type { SpeechData } from './collection';
import { piecesOf, shownOf } from './pieces';

export interface SpeechView {
  meta: ChartMeta;
  charts: Map<string, Chart>;
  figures: Map<string, Figure>;
  relationsOf: (figureId: string) => Relation[];
  checksOf: (figureId: string) => Check[];
}

const cache = new Map<string, SpeechView>();

export function speechView(speech: SpeechData): SpeechView {
  const cached = cache.get(speech.slug);
  if (cached) return cached;
  const meta: ChartMeta = {
    speaker: speech.speech.meta.speaker?.text ?? '',
    date: speech.speech.meta.date ?? '',
    title: speech.speech.meta.title?.text ?? speech.slug,
  };
  const shown = (start: number, end: number) =>
    shownOf(piecesOf(speech.text, start, end, [], speech.repairs)).text;
  const charts = chartsFor(speech, meta, { text: speech.text, shown });
  const relationsOf = (id: string) =>
    speech.relations.filter((r) => r.members.some((m) => m.figure === id));
  const checksOf = (id: string) => {
    const ids = new Set(relationsOf(id).map((r) => r.id));
    return speech.checks.filter((c) => ids.has(c.relation));
  };
  const view: SpeechView = {
    meta,
    charts: new Map(charts.map((c) => [c.highlight, c])),
    figures: new Map(speech.figures.map((f) => [f.id, f])),
    relationsOf,
    checksOf,
  };
  cache.set(speech.slug, view);
  return view;
}
