import type { Figure, Relation, RelationMember, RelationType } from './types';
import { withoutMarkers } from './view';

/**
 * Relations read from the words between figures of one sentence: 其中 (part and whole), 占…的
 * (share), 从…增加到 (before and after), 减少幅度达 (stated change), 平均每天 (rate per period),
 * 同比/年均增长 (growth), 排第N位 (rank), 7个第一、9个第二 (rank distribution), 整改率 (ratio),
 * and 今年…全年预计 (forecast).
 */

const BEFORE_CUE = /(?:从|由)(?:平均)?$/;
const AFTER_CUE = /^(增加|提高|减少|下降|降低|上升|增长|缩短|压缩|扩大|提升|降|增|减)?(到|至|为)$/;
const SHARE_CUE = /占([^,，;；。]{0,16}?)的?(?:比重|比例)?(?:为|达)?$/;
const MEASURED = new Set(['count', 'amount', 'area', 'length', 'duration', 'other']);

type Draft = Omit<Relation, 'id'>;

function between(view: string, a: Figure, b: Figure): string {
  return view.slice(a.end, b.start);
}

function member(role: string, figure: Figure): RelationMember {
  return { role, figure: figure.id };
}

function draft(
  type: RelationType,
  members: RelationMember[],
  cue: string,
  sentence: Figure['sentence'],
): Draft {
  return { type, members, cue, sentence: { ...sentence } };
}

/**
 * For each figure of a list, the nearest earlier one whose `provides` key equals its `wants`
 * key (null: provides nothing). One pass, so a sentence listing thousands of figures is not
 * rescanned once per figure.
 */
function lastBefore(
  list: readonly Figure[],
  provides: (f: Figure) => string | null,
  wants: (f: Figure) => string = () => '',
): (Figure | undefined)[] {
  const last = new Map<string, Figure>();
  return list.map((f) => {
    const found = last.get(wants(f));
    const key = provides(f);
    if (key !== null) last.set(key, f);
    return found;
  });
}

const measured = (f: Figure): string | null => (MEASURED.has(f.kind) ? '' : null);

/** Group figures by the sentence that holds them, in order. */
function bySentence(figures: readonly Figure[]): Figure[][] {
  const groups = new Map<number, Figure[]>();
  for (const f of figures) {
    const group = groups.get(f.sentence.start);
    if (group) group.push(f);
    else groups.set(f.sentence.start, [f]);
  }
  return [...groups.values()];
}

function partWhole(view: string, list: Figure[]): Draft[] {
  const drafts: Draft[] = [];
  list.forEach((whole, i) => {
    const next = list[i + 1];
    if (!MEASURED.has(whole.kind) || next === undefined) return;
    if (!between(view, whole, next).includes('其中')) return;
    const parts = list.slice(i + 1).filter((f) => f.unit === whole.unit && MEASURED.has(f.kind));
    if (parts.length === 0) return;
    drafts.push(
      draft(
        'part-whole',
        [member('whole', whole), ...parts.map((p) => member('part', p))],
        '其中',
        whole.sentence,
      ),
    );
  });
  return drafts;
}

function wholeOf(part: Figure, wholes: Draft[]): string | null {
  const rel = wholes.find((d) => d.members.some((m) => m.role === 'part' && m.figure === part.id));
  return rel?.members.find((m) => m.role === 'whole')?.figure ?? null;
}

function shares(view: string, list: Figure[], wholes: Draft[]): Draft[] {
  const drafts: Draft[] = [];
  const measuredBefore = lastBefore(list, measured);
  list.forEach((share, i) => {
    if (share.unit !== '%' || share.kind !== 'percent') return;
    const part = measuredBefore[i];
    if (part === undefined) return;
    const cue = SHARE_CUE.exec(view.slice(part.end, share.start));
    if (cue === null) return;
    const whole = wholeOf(part, wholes);
    const members = [member('share', share), member('part', part)];
    if (whole !== null) members.push({ role: 'whole', figure: whole });
    drafts.push(draft('share', members, `占${withoutMarkers(cue[1] ?? '')}的`, share.sentence));
  });
  return drafts;
}

function beforeAfter(view: string, list: Figure[]): Draft[] {
  const drafts: Draft[] = [];
  const changes = (f: Figure) =>
    (f.kind === 'change' && f.unit !== '个百分点') || f.kind === 'growth' ? '' : null;
  const changeAfter = lastBefore([...list].reverse(), changes).reverse();
  list.forEach((before, i) => {
    const after = list[i + 1];
    if (after === undefined || after.unit !== before.unit) return;
    const lead = view.slice(Math.max(before.sentence.start, before.start - 3), before.start);
    const cueBefore = BEFORE_CUE.exec(lead);
    const cueAfter = AFTER_CUE.exec(between(view, before, after));
    if (cueBefore === null || cueAfter === null) return;
    const word = cueBefore[0].slice(0, 1);
    drafts.push(
      draft(
        'before-after',
        [member('before', before), member('after', after)],
        `${word}…${cueAfter[0]}`,
        before.sentence,
      ),
    );
    // A change or growth stated right after the pair: 减少幅度达40.5%, 年均增长7.1%.
    // A change in points (提高3个百分点) is a difference, not a rate: never checked as one here.
    const stated = changeAfter[i + 1];
    if (stated === undefined) return;
    const statedCue = /(减少幅度|下降幅度|降幅|增幅|年均增长|年均|同比增长|增长)/.exec(
      view.slice(after.end, stated.start),
    );
    const type = stated.kind === 'change' ? 'stated-change' : 'growth';
    drafts.push(
      draft(
        type,
        [
          member('before', before),
          member('after', after),
          member(type === 'growth' ? 'growth' : 'change', stated),
        ],
        statedCue?.[0] ?? '',
        before.sentence,
      ),
    );
  });
  return drafts;
}

function ratesPerPeriod(view: string, list: Figure[]): Draft[] {
  const drafts: Draft[] = [];
  const totalBefore = lastBefore(
    list,
    (f) => (f.kind === 'rate' ? null : f.unit),
    (f) => f.unit,
  );
  list.forEach((rate, i) => {
    if (rate.kind !== 'rate') return;
    const total = totalBefore[i];
    if (total === undefined) return;
    const cue = /(?:平均)?每[天日年月周][\u4e00-\u9fa5]{0,2}$/.exec(
      view.slice(Math.max(0, rate.start - 8), rate.start),
    );
    drafts.push(
      draft(
        'rate-per-period',
        [member('total', total), member('rate', rate)],
        cue?.[0] ?? '',
        rate.sentence,
      ),
    );
  });
  return drafts;
}

function yearOnYear(view: string, list: Figure[], taken: Set<string>): Draft[] {
  const drafts: Draft[] = [];
  const amountBefore = lastBefore(
    list,
    (f) => (MEASURED.has(f.kind) ? f.subject : null),
    (f) => f.subject,
  );
  list.forEach((growth, i) => {
    if (growth.kind !== 'growth' || taken.has(growth.id)) return;
    const amount = amountBefore[i];
    if (amount === undefined) return;
    const cue = /(同比增长|年均增长|比上年增长|增长)$/.exec(
      view.slice(Math.max(0, growth.start - 6), growth.start),
    );
    drafts.push(
      draft(
        'growth',
        [member('amount', amount), member('growth', growth)],
        cue?.[0] ?? '增长',
        growth.sentence,
      ),
    );
  });
  return drafts;
}

function ranks(list: Figure[]): Draft[] {
  const rankFigures = list.filter((f) => f.kind === 'rank');
  const first = rankFigures[0];
  if (first === undefined) return [];
  const ranked = list
    .slice(0, list.indexOf(first))
    .reverse()
    .find((f) => MEASURED.has(f.kind));
  const members = [
    ...(ranked === undefined ? [] : [member('ranked', ranked)]),
    ...rankFigures.map((f) => member('rank', f)),
  ];
  return [draft('rank', members, first.fromEnd ? '倒数第' : '第…位', first.sentence)];
}

function rankDistribution(list: Figure[]): Draft[] {
  const counts = list.filter((f) => f.kind === 'rank-count');
  if (counts.length < 2) return [];
  return [
    draft(
      'rank-distribution',
      counts.map((f) => member(`place-${f.countedRank ?? 0}`, f)),
      '个第…',
      counts[0]!.sentence,
    ),
  ];
}

function ratios(list: Figure[]): Draft[] {
  const drafts: Draft[] = [];
  const countBefore = lastBefore(list, (f) => (f.kind === 'count' ? '' : null));
  list.forEach((rate, i) => {
    if (rate.unit !== '%' || !/率$/.test(rate.subject)) return;
    const base = countBefore[i];
    if (base === undefined) return;
    drafts.push(
      draft('ratio', [member('base', base), member('rate', rate)], rate.subject, rate.sentence),
    );
  });
  return drafts;
}

function forecasts(list: Figure[]): Draft[] {
  const forecast = list.find((f) => f.scope.time.some((t) => t.includes('预计')));
  if (forecast === undefined) return [];
  const others = list.filter(
    (f) =>
      f !== forecast &&
      f.unit === forecast.unit &&
      f.subject === forecast.subject &&
      f.start < forecast.start,
  );
  if (others.length === 0) return [];
  const role = (f: Figure) =>
    f.scope.time.some((t) => /年来|以来/.test(t)) ? 'history' : 'so-far';
  return [
    draft(
      'forecast',
      [...others.map((f) => member(role(f), f)), member('forecast', forecast)],
      '预计',
      forecast.sentence,
    ),
  ];
}

/** Every relation in the speech, with readable ids unique within it. */
export function findRelations(figures: readonly Figure[], view: string): Relation[] {
  const drafts: Draft[] = [];
  for (const list of bySentence(figures)) {
    const wholes = partWhole(view, list);
    const pairs = beforeAfter(view, list);
    const taken = new Set(
      pairs.flatMap((d) => d.members.filter((m) => m.role === 'growth').map((m) => m.figure)),
    );
    drafts.push(
      ...wholes,
      ...shares(view, list, wholes),
      ...pairs,
      ...ratesPerPeriod(view, list),
      ...yearOnYear(view, list, taken),
      ...ranks(list),
      ...rankDistribution(list),
      ...ratios(list),
      ...forecasts(list),
    );
  }
  const used = new Set<string>();
  return drafts.map((d) => {
    const base = `rel-${d.members[0]!.figure}-${d.type}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, ...d };
  });
}
