/**
 * The data files of one figure: the figure with its relatives (the figures it relates to),
 * its relations and checks, as JSON and CSV.
 */
import { lineAt } from '../editorial/lines';
import { projectError } from '../errors';
import type { Check, Figure, FigureSet, Relation } from '../figures/types';
import { toCsv } from './csv';
import { figureTable } from './tables';

export interface FigureBundle {
  figure: Figure;
  relatives: Figure[];
  relations: Relation[];
  checks: Check[];
}

export function figureBundle(set: FigureSet, id: string): FigureBundle {
  const relations = set.relations.filter((r) => r.members.some((m) => m.figure === id));
  const relatedIds = new Set(relations.flatMap((r) => r.members.map((m) => m.figure)));
  relatedIds.delete(id);
  const relationIds = new Set(relations.map((r) => r.id));
  const figure = set.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`No figure ${id}`);
  return {
    figure,
    relatives: set.figures.filter((f) => relatedIds.has(f.id)),
    relations,
    checks: set.checks.filter((c) => relationIds.has(c.relation)),
  };
}

/** CSV of the figure and its relatives, the figure first. */
export function figureBundleCsv(b: FigureBundle, pageUrl: (id: string) => string): string {
  const t = figureTable([b.figure, ...b.relatives], pageUrl);
  return toCsv(t.columns, t.rows);
}

/**
 * Makes one of a figure's files (`file`: its chart, SVG, PNG, CSV or JSON), so that an error,
 * thrown or rejected, names the speech's source line, the figure and the file.
 */
export function figureFile<T>(
  speech: { slug: string; text: string; figures: readonly Figure[] },
  id: string,
  file: string,
  make: () => T,
): T {
  const fail = (error: unknown) => {
    const figure = speech.figures.find((f) => f.id === id);
    const line = figure ? `:${lineAt(speech.text, figure.start)}` : '';
    const cause = error instanceof Error ? error.message : String(error);
    return projectError(
      'FigureFileFailed',
      `content/speeches/${speech.slug}/source.txt${line}`,
      id,
      file,
      cause,
    );
  };
  try {
    const made = make();
    return (
      made instanceof Promise ? made.catch((e: unknown) => Promise.reject(fail(e))) : made
    ) as T;
  } catch (error) {
    throw fail(error);
  }
}
