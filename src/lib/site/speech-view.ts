/**
 * What several pages of one speech need, computed once per build: its charts by figure id
 * (with editors' context and overrides applied), the checks that concern each figure, and
 * lookups by id.
 */
import { chartForFigure, type Chart, type ChartMeta } from '../charts/index';
import { chartInputsKey, chartOptionsOf } from '../editorial/collections';
import type { Check, Figure, Relation } from '../figures/types';
import type { SpeechData } from './collection';
import { repairedText } from '../speech/repaired';
import { figureBundle, figureFile } from './figure-files';

export interface SpeechView {
  meta: ChartMeta;
  charts: Map<string, Chart>;
  figures: Map<string, Figure>;
  relationsOf: (figureId: string) => Relation[];
  checksOf: (figureId: string) => Check[];
}

const cache = new Map<string, SpeechView>();

export function speechView(speech: SpeechData): SpeechView {
  const key = `${speech.slug}\n${chartInputsKey(speech.slug)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const meta: ChartMeta = {
    speaker: speech.speech.meta.speaker?.text ?? '',
    date: speech.speech.meta.date ?? '',
    title: speech.speech.meta.displayName,
  };
  const shown = (start: number, end: number) =>
    repairedText(speech.text, start, end, speech.repairs);
  const charts = speech.figures.map((f) =>
    figureFile(speech, f.id, 'chart', () =>
      chartForFigure(speech, f.id, meta, {
        text: speech.text,
        shown,
        ...chartOptionsOf(speech.slug, f.id),
      }),
    ),
  );
  const relationsOf = (id: string) => figureBundle(speech, id).relations;
  const checksOf = (id: string) => figureBundle(speech, id).checks;
  const view: SpeechView = {
    meta,
    charts: new Map(charts.map((c) => [c.highlight, c])),
    figures: new Map(speech.figures.map((f) => [f.id, f])),
    relationsOf,
    checksOf,
  };
  cache.set(key, view);
  return view;
}
