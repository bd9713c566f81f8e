/**
 * The references an editor's file makes (speech slugs, figure, paragraph and check ids), each
 * with its line, and their validation against the speeches as parsed.
 */
import { projectError, ProjectError } from '../errors';
import { lineOfPath, lineAt } from './lines';
import { nearest } from './nearest';
import { speechHolding, type IdKind } from './resolve';

/** The ids one speech offers to editors. */
export interface SpeechIds {
  figures: readonly string[];
  paragraphs: readonly string[];
  checks: readonly string[];
  /** The chart forms each figure can take. */
  forms: ReadonlyMap<string, readonly string[]>;
}

export type ReferenceKind =
  'speech' | 'figure' | 'paragraph' | 'check' | 'figure or check' | 'chart form';

export interface Reference {
  kind: ReferenceKind;
  id: string;
  /**
   * The speech the id belongs to (for kind 'speech', the slug itself); absent for a component
   * whose file and tag name no speech, to be found among all speeches.
   */
  speech?: string;
  /** For a chart form: the figure it is asked for. */
  figure?: string;
  line: number;
}

/** The editorial collections whose files make references. */
export type EditorialKind =
  'notes' | 'stories' | 'overrides' | 'context' | 'permalinks' | 'reviews';

const COMPONENT = /<(Figure|Check|Quote)\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([A-Za-z]+)\s*=\s*["']([^"']*)["']/g;
const ATTRIBUTE_KIND: Record<string, { attr: string; kind: IdKind }> = {
  Figure: { attr: 'id', kind: 'figure' },
  Check: { attr: 'id', kind: 'figure or check' },
  Quote: { attr: 'paragraph', kind: 'paragraph' },
};

/**
 * References made by components in an MDX body: <Figure id>, <Check id>, <Quote paragraph>, each
 * in the speech its tag names, else in the file's (`speech`, from its frontmatter), if any.
 */
export function componentReferences(text: string, speech?: string): Reference[] {
  return [...text.matchAll(COMPONENT)].flatMap((m) => {
    const spec = ATTRIBUTE_KIND[m[1]!]!;
    const attrs = new Map([...m[2]!.matchAll(ATTRIBUTE)].map((a) => [a[1]!, a[2]!]));
    const id = attrs.get(spec.attr);
    const line = lineAt(text, m.index);
    const own = attrs.get('speech');
    return [
      ...(own ? [{ kind: 'speech' as const, id: own, speech: own, line }] : []),
      ...(id === undefined ? [] : [{ kind: spec.kind, id, speech: own ?? speech, line }]),
    ];
  });
}

interface Shapes {
  /** Required in every kind but stories. */
  speech?: string;
  figure?: string;
  paragraph?: string;
  figures?: Record<string, { form?: string }>;
  rankTotalByFigure?: { figure: string }[];
  redirects?: Record<string, string>;
  checks?: Record<string, unknown>;
}

/** Every reference a validated file of `kind` makes; `text` is the file as written. */
export function referencesOf(kind: EditorialKind, data: Shapes, text: string): Reference[] {
  const speech = data.speech;
  const at = (path: (string | number)[]) => lineOfPath(text, path);
  const refs: Reference[] =
    speech === undefined ? [] : [{ kind: 'speech', id: speech, speech, line: at(['speech']) }];
  if (data.figure) refs.push({ kind: 'figure', id: data.figure, speech, line: at(['figure']) });
  if (data.paragraph)
    refs.push({ kind: 'paragraph', id: data.paragraph, speech, line: at(['paragraph']) });
  if (kind === 'overrides')
    for (const [id, override] of Object.entries(data.figures ?? {})) {
      refs.push({ kind: 'figure', id, speech, line: at(['figures', id]) });
      if (override.form)
        refs.push({
          kind: 'chart form',
          id: override.form,
          figure: id,
          speech,
          line: at(['figures', id, 'form']),
        });
    }
  if (kind === 'context')
    (data.rankTotalByFigure ?? []).forEach((r, i) =>
      refs.push({
        kind: 'figure',
        id: r.figure,
        speech,
        line: at(['rankTotalByFigure', i, 'figure']),
      }),
    );
  if (kind === 'permalinks')
    for (const [from, to] of Object.entries(data.redirects ?? {}))
      refs.push({ kind: 'figure', id: to, speech, line: at(['redirects', from]) });
  if (kind === 'reviews')
    for (const id of Object.keys(data.checks ?? {}))
      refs.push({ kind: 'check', id, speech, line: at(['checks', id]) });
  if (kind === 'notes' || kind === 'stories') refs.push(...componentReferences(text, speech));
  return refs;
}

const candidatesOf = (ref: Reference, ids: SpeechIds): readonly string[] =>
  ref.kind === 'figure'
    ? ids.figures
    : ref.kind === 'check'
      ? ids.checks
      : ref.kind === 'paragraph'
        ? ids.paragraphs
        : ref.kind === 'chart form'
          ? (ids.forms.get(ref.figure ?? '') ?? [])
          : [...ids.figures, ...ids.checks];

/** What each kind of reference is called in editors' errors. */
const KIND_NAMES: Record<ReferenceKind, string> = {
  speech: '讲话',
  figure: '数字编号',
  paragraph: '段落',
  'figure or check': '数字或核对编号',
  check: '核对编号',
  'chart form': '图表形式',
};

const isIdKind = (kind: ReferenceKind): kind is IdKind =>
  kind === 'figure' || kind === 'paragraph' || kind === 'figure or check';

/** A component's id in no named speech: it must be in exactly one speech of all. */
function unnamedSpeechErrors(
  ref: Reference,
  at: string,
  speeches: ReadonlyMap<string, SpeechIds>,
): ProjectError[] {
  if (!isIdKind(ref.kind)) throw new Error(`${at}: a ${ref.kind} reference needs its speech`);
  try {
    speechHolding(speeches, ref.kind, ref.id, at);
    return [];
  } catch (error) {
    if (error instanceof ProjectError) return [error];
    throw error;
  }
}

/** Every reference that does not resolve, each a catalogued error naming file:line. */
export function invalidReferences(
  file: string,
  refs: readonly Reference[],
  speeches: ReadonlyMap<string, SpeechIds>,
): ProjectError[] {
  return refs.flatMap((ref): ProjectError[] => {
    const at = `${file}:${ref.line}`;
    if (ref.speech === undefined) return unnamedSpeechErrors(ref, at, speeches);
    const ids = speeches.get(ref.speech);
    if (!ids) {
      const slugs = nearest(ref.speech, [...speeches.keys()]);
      return [projectError('UnknownReference', at, '讲话', ref.speech, 'content/speeches', slugs)];
    }
    if (ref.kind === 'speech') return [];
    const candidates = candidatesOf(ref, ids);
    if (candidates.includes(ref.id)) return [];
    return [
      projectError(
        'UnknownReference',
        at,
        KIND_NAMES[ref.kind],
        ref.id,
        ref.kind === 'chart form'
          ? `数字 ${ref.figure} 可用的图表形式（${candidates.join('、')}）`
          : `讲话 ${ref.speech} `,
        ref.kind === 'chart form' ? [...candidates] : nearest(ref.id, candidates),
      ),
    ];
  });
}
