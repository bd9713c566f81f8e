/**
 * The loader of the editors' collections (notes, stories, overrides, context, permalinks):
 * Astro's glob loader, so that MDX renders and `npm run dev` reloads on save, with two checks
 * that stop the build with the catalogue's errors naming file and line:
 *  - each file's fields against its schema (wrong kind, unknown or missing field);
 *  - every id it refers to against the speeches as parsed now (with the nearest valid ids),
 *    and for permalinks, that no published id has vanished without a redirect.
 * The second check runs over every entry on every load, cached entries included, because a
 * note can break when the speech changes under it.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { ZodTypeAny } from 'astro/zod';
import { formatError, projectError, type ProjectError } from '../lib/errors';
import { readSpeechSources } from '../lib/speech-folders';
import { buildSpeechRecord } from '../lib/speech-record';
import { fieldError } from '../lib/editorial/fields';
import { mdxTextProblems } from '../lib/editorial/mdx-text';
import { invalidReferences, referencesOf, type EditorialKind } from '../lib/editorial/references';
import type { SpeechIds } from '../lib/editorial/references';
import { speechIdsOf } from '../lib/editorial/speech-ids';
import { permalinkError, unrecorded } from '../lib/editorial/permalinks';
import type { PermalinksData } from '../lib/schema/editorial';

const parsed = new Map<string, SpeechIds>();

/** Figure, paragraph and check ids of every speech, parsing each source once per content. */
async function speechIds(root: string): Promise<Map<string, SpeechIds>> {
  const sources = await readSpeechSources(root);
  return new Map(
    sources.map((s) => {
      const key = `${s.slug}:${Buffer.from(s.bytes).toString('base64')}`;
      const ids = parsed.get(key) ?? speechIdsOf(buildSpeechRecord(s.slug, s.bytes));
      parsed.set(key, ids);
      return [s.slug, ids];
    }),
  );
}

/** Every problem of the store's entries; files whose fields are wrong (`skip`) are left out. */
async function validateStore(
  kind: EditorialKind,
  { store, config, logger }: LoaderContext,
  skip: ReadonlySet<string> = new Set(),
): Promise<ProjectError[]> {
  const root = fileURLToPath(config.root);
  const speeches = await speechIds(root);
  const recorded = new Set<string>();
  const errors: ProjectError[] = [];
  for (const entry of store.values()) {
    const file = entry.filePath ?? entry.id;
    if (skip.has(file)) continue;
    const text = await readFile(join(root, file), 'utf8');
    if (file.endsWith('.mdx')) errors.push(...mdxTextProblems(file, text));
    const data = entry.data as unknown as Parameters<typeof referencesOf>[1];
    errors.push(...invalidReferences(file, referencesOf(kind, data, text), speeches));
    if (kind !== 'permalinks') continue;
    const record = entry.data as PermalinksData;
    const current = speeches.get(record.speech)?.figures ?? [];
    const broken = permalinkError(file, text, record, current);
    if (broken) errors.push(broken);
    recorded.add(record.speech);
    const missing = unrecorded(record, current);
    if (missing.length)
      logger.warn(
        `${file}: ${missing.length} figure id(s) not yet recorded: ${missing.join(', ')}`,
      );
  }
  if (kind === 'permalinks')
    for (const slug of speeches.keys())
      if (!recorded.has(slug))
        logger.warn(`content/permalinks/${slug}.json is missing: published ids are not protected.`);
  return errors;
}

/** All problems as one error, each with what to do, so that a build lists every one at once. */
const together = (errors: readonly ProjectError[]): ProjectError | null =>
  errors.length === 0
    ? null
    : errors.length === 1
      ? errors[0]!
      : projectError(
          'EditorialProblems',
          errors.map((e) => `${e.message}（${e.hint}）`),
        );

/**
 * In `npm run dev`: after the glob loader reloads a saved file, check again and report a
 * problem in the terminal instead of stopping the server.
 */
function reporting(
  watcher: LoaderContext['watcher'],
  report: (error?: unknown) => Promise<void>,
): LoaderContext['watcher'] {
  if (!watcher) return undefined;
  return new Proxy(watcher, {
    get(target, prop, receiver) {
      if (prop !== 'on') return Reflect.get(target, prop, receiver);
      return (event: string, handler: (...args: unknown[]) => Promise<void> | void) =>
        target.on(event as 'all', async (...args: unknown[]) => {
          try {
            await handler(...args);
            await report();
          } catch (error) {
            await report(error);
          }
        });
    },
  });
}

export function editorialLoader(kind: EditorialKind, pattern: string, schema: ZodTypeAny): Loader {
  const inner = glob({ pattern, base: `./content/${kind}` });
  return {
    name: `editorial-${kind}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      // Field problems are collected, not thrown, so that one build names every problem.
      const fieldErrors = new Map<string, ProjectError>();
      const parseData: LoaderContext['parseData'] = async (props) => {
        const result = await schema.safeParseAsync(props.data);
        const file = props.filePath ? relative(root, props.filePath) : props.id;
        if (!result.success && props.filePath) {
          const text = await readFile(props.filePath, 'utf8');
          fieldErrors.set(file, fieldError(file, text, result.error.issues));
          return props.data;
        }
        fieldErrors.delete(file);
        return context.parseData(props);
      };
      // Several watcher handlers fire per save: say each problem once, until it changes.
      let reported = '';
      const report = async (thrown?: unknown): Promise<void> => {
        const error =
          thrown ??
          together([
            ...fieldErrors.values(),
            ...(await validateStore(kind, context, new Set(fieldErrors.keys()))),
          ]);
        const message = error ? formatError(error) : '';
        if (message && message !== reported) context.logger.error(message);
        reported = message;
      };
      await inner.load({ ...context, parseData, watcher: reporting(context.watcher, report) });
      const error = together([
        ...fieldErrors.values(),
        ...(await validateStore(kind, context, new Set(fieldErrors.keys()))),
      ]);
      if (error) throw error;
    },
  };
}
