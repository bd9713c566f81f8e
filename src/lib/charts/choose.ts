/**
 * Which chart a figure gets: the form follows the relation the figure stands in (parts of a whole,
 * before and after, a share, a rate, siblings, ranks), and the figure's kind when it stands alone.
 * A relation is used only when its form draws the figure, so the figure is always highlighted.
 */
import type { Check, Figure, FigureSet, Relation } from '../figures/types';
import type { ChartContext, ChartForm } from './types';
import type { FormOptions, Panel } from './panel';
import { partWhole } from './part-whole';
import { beforeAfter } from './before-after';
import { share } from './share';
import { rate } from './rate';
import { growth } from './growth';
import { rankDistribution } from './rank-distribution';
import { rank } from './rank';
import { units, MAX_UNITS } from './units';
import { single } from './single';
import { periods } from './periods';

export interface View {
  form: ChartForm;
  /** Every figure drawn, in drawing order. */
  figures: Figure[];
  /** Ids of the figures drawn as marks that can be highlighted (not only named in a note). */
  marked: string[];
  /** The relations the chart draws, whose checks belong to it. */
  relations: Relation[];
  /** Checks the panel itself shows, which need no separate note. */
  shownChecks: string[];
  draw: (o: FormOptions) => Panel;
}

const ROLES = {
  whole: ['whole', 'total', 'sum', 'all', 'base'],
  part: ['part'],
  before: ['before', 'from'],
  after: ['after', 'to'],
  change: ['change', 'stated-change', 'growth'],
  share: ['share', 'percent', 'ratio'],
  rate: ['rate'],
} as const;

/** Drawn before others when a figure stands in several relations. */
const PRIORITY: Record<Relation['type'], number> = {
  'part-whole': 0,
  'before-after': 1,
  'stated-change': 1,
  'rate-per-period': 2,
  share: 3,
  ratio: 3,
  growth: 4,
  'rank-distribution': 5,
  rank: 6,
  forecast: 7,
  change: 8,
  target: 8,
  aligned: 8,
};

const isPercent = (f: Figure): boolean => f.unit === '%';
const isRank = (f: Figure): boolean => f.kind === 'rank';

interface Lookup {
  set: FigureSet;
  fig: (id: string) => Figure | undefined;
  context: ChartContext;
}

function members(l: Lookup, rel: Relation): { role: string; figure: Figure }[] {
  return rel.members.flatMap((m) => {
    const figure = l.fig(m.figure);
    return figure ? [{ role: m.role, figure }] : [];
  });
}

const withRole = (ms: { role: string; figure: Figure }[], roles: readonly string[]): Figure[] =>
  ms.filter((m) => roles.includes(m.role)).map((m) => m.figure);

const has = (rel: Relation, id: string): boolean => rel.members.some((m) => m.figure === id);

const checkFor = (l: Lookup, rel: Relation): Check | null =>
  l.set.checks.find((c) => c.relation === rel.id) ?? null;

function uniq(figs: Figure[]): Figure[] {
  return figs.filter((f, i) => figs.findIndex((g) => g.id === f.id) === i);
}

/** Figures of the same kind and unit in the same sentence (the figure among them): the siblings
 *  a rate is drawn beside. */
const siblings = (l: Lookup, f: Figure): Figure[] =>
  l.set.figures.filter(
    (g) => g.kind === f.kind && g.sentence.start === f.sentence.start && g.unit === f.unit,
  );

function partWholeView(l: Lookup, rel: Relation): View {
  const ms = members(l, rel);
  const whole = withRole(ms, ROLES.whole)[0] ?? null;
  let parts = withRole(ms, ROLES.part).filter((f) => !isPercent(f));
  if (parts.length === 0)
    parts = ms.map((m) => m.figure).filter((f) => f !== whole && !isPercent(f));
  const shares: Record<string, Figure> = {};
  // A percentage among the members belongs to the part named just before it.
  let last: Figure | null = null;
  for (const m of ms) {
    if (parts.includes(m.figure)) last = m.figure;
    else if (isPercent(m.figure) && last) shares[last.id] = m.figure;
  }
  const shareRels = l.set.relations.filter(
    (r) => r.type === 'share' && parts.some((p) => has(r, p.id)),
  );
  for (const r of shareRels) {
    const ms2 = members(l, r);
    const pct = ms2.find((m) => isPercent(m.figure))?.figure;
    const part = parts.find((p) => has(r, p.id));
    if (pct && part) shares[part.id] = pct;
  }
  const drawn = uniq([...(whole ? [whole] : []), ...parts, ...Object.values(shares)]);
  return {
    form: 'part-whole',
    figures: drawn,
    marked: drawn.map((f) => f.id),
    relations: [rel, ...shareRels],
    shownChecks: [],
    draw: (o) => partWhole({ whole, parts, shares }, o),
  };
}

function rankTotal(l: Lookup, ranks: Figure[]): { total: number | null; source: 'context' | null } {
  for (const r of ranks) {
    const byFigure = l.context.rankTotalByFigure?.[r.id];
    if (byFigure !== undefined) return { total: byFigure, source: 'context' };
  }
  for (const [word, n] of Object.entries(l.context.rankTotals ?? {})) {
    if (ranks.some((r) => r.text.includes(word) || r.scope.place.includes(word)))
      return { total: n, source: 'context' };
  }
  return { total: null, source: null };
}

function rankView(l: Lookup, ranks: Figure[], about: Figure[], relations: Relation[]): View {
  const { total, source } = rankTotal(l, ranks);
  return {
    form: 'rank',
    figures: [...ranks, ...about],
    marked: ranks.map((f) => f.id),
    relations,
    shownChecks: [],
    draw: (o) => rank({ ranks, total, totalSource: source, about }, o),
  };
}

function beforeAfterView(l: Lookup, rel: Relation): View | null {
  const group = l.set.relations.filter(
    (r) =>
      (r.type === 'before-after' ||
        r.type === 'stated-change' ||
        (r.type === 'growth' && r.members.some((m) => m.role === 'before'))) &&
      (r === rel || r.members.some((m) => has(rel, m.figure))),
  );
  const ms = group.flatMap((r) => members(l, r));
  const change =
    withRole(ms, ROLES.change)[0] ??
    ms.find((m) => m.figure.kind === 'change' || isPercent(m.figure))?.figure ??
    null;
  const rest = uniq(ms.map((m) => m.figure).filter((f) => f !== change));
  const before = withRole(ms, ROLES.before)[0] ?? rest[0];
  const after = withRole(ms, ROLES.after)[0] ?? rest.find((f) => f !== before);
  if (!before || !after) return null;
  if (isRank(before) && isRank(after)) return rankView(l, [before, after], [], group);
  return {
    form: 'before-after',
    figures: [before, after, ...(change ? [change] : [])],
    marked: [before, after, ...(change ? [change] : [])].map((f) => f.id),
    relations: group,
    shownChecks: [],
    draw: (o) => beforeAfter({ before, after, change }, o),
  };
}

function shareView(l: Lookup, rel: Relation): View | null {
  const ms = members(l, rel);
  const pct =
    withRole(ms, ROLES.share).find(isPercent) ?? ms.find((m) => isPercent(m.figure))?.figure;
  if (!pct) return null;
  const others = ms.map((m) => m.figure).filter((f) => f !== pct);
  const named = withRole(ms, ROLES.whole)[0];
  const whole = named ?? (rel.type === 'ratio' ? (others[0] ?? null) : null);
  const part = withRole(ms, ROLES.part)[0] ?? others.find((f) => f !== whole) ?? null;
  const computed = checkFor(l, rel)?.computed;
  const implied =
    computed && part && !whole && computed.value > part.value
      ? { label: '总数', ...computed, unit: part.unit }
      : null;
  return {
    form: 'share',
    figures: [pct, ...(part ? [part] : []), ...(whole ? [whole] : [])],
    marked: [pct, ...(part ? [part] : []), ...(whole ? [whole] : [])].map((f) => f.id),
    relations: [rel],
    shownChecks: [],
    draw: (o) => share({ share: pct, part, whole, implied }, o),
  };
}

function rateView(l: Lookup, rel: Relation): View | null {
  const ms = members(l, rel);
  const r = withRole(ms, ROLES.rate)[0] ?? ms.find((m) => m.figure.kind === 'rate')?.figure;
  if (!r) return null;
  const total = withRole(ms, ROLES.whole)[0] ?? ms.find((m) => m.figure !== r)?.figure ?? null;
  const check = checkFor(l, rel);
  return {
    form: 'rate',
    figures: [...(total ? [total] : []), r],
    marked: [...(total ? [total] : []), r].map((f) => f.id),
    relations: [rel],
    shownChecks: check ? [check.id] : [],
    draw: (o) => rate({ total, rate: r, check }, o),
  };
}

/** Growth rates with the other growth rates of their sentences beside them. */
function growthView(l: Lookup, rates: Figure[], about: Figure[], relations: Relation[]): View {
  const all = uniq(rates.flatMap((f) => siblings(l, f)));
  return {
    form: 'growth',
    figures: [...all, ...about],
    marked: all.map((f) => f.id),
    relations,
    shownChecks: [],
    draw: (o) => growth({ rates: all, about }, o),
  };
}

function rankDistributionView(counts: Figure[], relations: Relation[]): View {
  return {
    form: 'rank-distribution',
    figures: counts,
    marked: counts.map((f) => f.id),
    relations,
    shownChecks: [],
    draw: (o) => rankDistribution({ counts }, o),
  };
}

function relationView(l: Lookup, rel: Relation): View | null {
  switch (rel.type) {
    case 'part-whole':
      return partWholeView(l, rel);
    case 'before-after':
    case 'stated-change':
      return beforeAfterView(l, rel);
    case 'share':
    case 'ratio':
      return shareView(l, rel);
    case 'rate-per-period':
      return rateView(l, rel);
    case 'growth':
    case 'change':
    case 'aligned': {
      const ms = members(l, rel).map((m) => m.figure);
      return growthView(
        l,
        ms.filter(isPercent),
        ms.filter((f) => !isPercent(f)),
        [rel],
      );
    }
    case 'forecast':
    case 'target': {
      const figures = members(l, rel).map((m) => m.figure);
      return {
        form: 'periods',
        figures,
        marked: figures.map((f) => f.id),
        relations: [rel],
        shownChecks: [],
        draw: (o) => periods({ figures }, o),
      };
    }
    case 'rank-distribution':
      return rankDistributionView(
        members(l, rel).map((m) => m.figure),
        [rel],
      );
    case 'rank': {
      const ms = members(l, rel).map((m) => m.figure);
      return rankView(
        l,
        ms.filter(isRank),
        ms.filter((f) => !isRank(f)),
        [rel],
      );
    }
  }
}

/** The views of a figure drawn on its own: by kind, and for counts a single bar as well. */
function aloneViews(l: Lookup, f: Figure): View[] {
  const self = (form: ChartForm, draw: View['draw']): View => ({
    form,
    figures: [f],
    marked: [f.id],
    relations: [],
    shownChecks: [],
    draw,
  });
  switch (f.kind) {
    case 'rank':
      return [rankView(l, [f], [], [])];
    case 'rank-count':
      return [rankDistributionView(siblings(l, f), [])];
    case 'growth':
    case 'change':
      return [growthView(l, [f], [], [])];
    case 'percent':
      return [self('share', (o) => share({ share: f, part: null, whole: null, implied: null }, o))];
    default: {
      const small =
        Number.isInteger(f.value) &&
        f.value >= 1 &&
        f.value <= MAX_UNITS &&
        f.valueHigh === undefined &&
        !['amount', 'area', 'length', 'ratio'].includes(f.kind);
      const bar = self('single', (o) => single({ figure: f }, o));
      return small ? [self('units', (o) => units({ figure: f }, o)), bar] : [bar];
    }
  }
}

/**
 * Every view that draws a figure, most telling first: its relations' views that draw it (in
 * order of priority), then the figure on its own.
 */
export function viewsOf(set: FigureSet, figureId: string, context: ChartContext = {}): View[] {
  const index = new Map(set.figures.map((f) => [f.id, f]));
  const l: Lookup = { set, fig: (id) => index.get(id), context };
  const f = index.get(figureId);
  if (!f) throw new Error(`No figure with id ${figureId}`);
  const own = set.relations.filter((r) => has(r, figureId));
  // A share whose part is one of a whole's parts is drawn in that whole.
  const viaShare = own
    .filter((r) => r.type === 'share')
    .flatMap((r) =>
      set.relations.filter(
        (pw) =>
          pw.type === 'part-whole' &&
          r.members.some((m) => m.figure !== figureId && has(pw, m.figure)),
      ),
    );
  const candidates = [...own, ...viaShare].sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type]);
  const related = candidates.flatMap((rel) => {
    const view = relationView(l, rel);
    return view && view.marked.includes(figureId) ? [view] : [];
  });
  return [...related, ...aloneViews(l, f)];
}

/** The forms a figure's chart can take, the default first: what editors may choose from. */
export const formsOf = (set: FigureSet, figureId: string): ChartForm[] => [
  ...new Set(viewsOf(set, figureId).map((v) => v.form)),
];

/** The view that draws a figure: the form asked for if it can, else the most telling one. */
export function chooseView(
  set: FigureSet,
  figureId: string,
  context: ChartContext = {},
  form?: ChartForm,
): View {
  const views = viewsOf(set, figureId, context);
  return views.find((v) => v.form === form) ?? views[0]!;
}
