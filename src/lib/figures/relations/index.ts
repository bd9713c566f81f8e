/**
 * Relations stated in the text, and the checks they imply, by way of the registry of kinds.
 * Ids are derived from a relation's kind and its member figures, so an editor's review of a
 * check stays attached to it when other paragraphs change.
 */
import type { RankContext } from '../rank-context';
import type { Check, Figure, Relation } from '../types';
import type { Draft, Members } from './kind';
import { KINDS } from './registry';

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

/**
 * What makes two relations the same check: their kind, the sentence that states them, where in
 * it, and their members' roles and texts, so a passage a copy holds twice is checked once.
 */
function sameRelation(
  d: Draft,
  sentence: (start: number, end: number) => number,
  text: (id: string) => string,
): string {
  const members = d.members.map((m) => `${m.role}=${text(m.figure)}`).join(',');
  const { start, end } = d.sentence;
  const at = `${d.evidence.start - start}-${d.evidence.end - start}`;
  return `${d.type}:${sentence(start, end)}:${at}:${members}`;
}

/**
 * A number per distinct sentence text, each sentence read once: relations key on it rather
 * than on the text, so a sentence stating thousands of relations is not copied for each.
 */
function sentenceNumbers(view: string): (start: number, end: number) => number {
  const bySpan = new Map<string, number>();
  const byText = new Map<string, number>();
  return (start, end) => {
    const span = `${start}-${end}`;
    let n = bySpan.get(span);
    if (n === undefined) {
      const sentence = view.slice(start, end);
      n = byText.get(sentence) ?? byText.size;
      byText.set(sentence, n);
      bySpan.set(span, n);
    }
    return n;
  };
}

function withIds(drafts: readonly Draft[]): Relation[] {
  const used = new Set<string>();
  return drafts.map((d) => {
    const first = d.members[0]!.figure;
    const last = d.members[d.members.length - 1]!.figure;
    let id = `rel-${first}-${d.type}`;
    if (used.has(id)) id = `rel-${first}-${d.type}-${last}`;
    for (let n = 2; used.has(id); n++) id = `rel-${first}-${d.type}-${last}-${n}`;
    used.add(id);
    return { id, ...d };
  });
}

/** Every relation the text states, each once, with ids unique within the speech. */
export function findRelations(figures: readonly Figure[], view: string): Relation[] {
  const sentences = bySentence(figures);
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  const texts = new Map(figures.map((f) => [f.id, f.text]));
  const text = (id: string) => texts.get(id) ?? id;
  const sentence = sentenceNumbers(view);
  sentences.forEach((list, i) => {
    const found: Draft[] = [];
    for (const kind of KINDS)
      found.push(
        ...kind.find({ view, figures: list, following: sentences.slice(i + 1, i + 4), found }),
      );
    for (const d of found) {
      const key = sameRelation(d, sentence, text);
      if (seen.has(key)) continue;
      seen.add(key);
      drafts.push(d);
    }
  });
  return withIds(drafts);
}

/** The check each relation implies, with the id `chk-<relation id>`. */
export function runChecks(
  figures: readonly Figure[],
  relations: readonly Relation[],
  context?: RankContext,
): Check[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const kinds = new Map(KINDS.map((k) => [k.type, k]));
  return relations.flatMap((relation) => {
    const all = (role: string) =>
      relation.members
        .filter((m) => m.role === role)
        .map((m) => byId.get(m.figure))
        .filter((f): f is Figure => f !== undefined);
    const members: Members = { all, one: (role) => all(role)[0] };
    const check = kinds.get(relation.type)?.check(relation, members, context) ?? null;
    return check === null ? [] : [{ id: `chk-${relation.id}`, relation: relation.id, ...check }];
  });
}
