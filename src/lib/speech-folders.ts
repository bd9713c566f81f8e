/**
 * Finding the speeches in content/speeches: one folder per speech, named by its slug,
 * holding source.txt exactly as received; the editors' context for each, in
 * content/context/<slug>.yaml, which the checks of ranks use; and their review of its checks,
 * in content/reviews/<slug>.yaml.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectError } from './errors';
import { refusalOf } from './speech/decode';
import { contextSchema, reviewsSchema, type ReviewsData } from './schema/editorial';
import type { RankContext } from './figures/index';

export const SPEECHES_DIR = 'content/speeches';
export const CONTEXT_DIR = 'content/context';
export const REVIEWS_DIR = 'content/reviews';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The most a speech file may hold: about 700,000 Chinese characters, ten times any real speech. */
export const MAX_SPEECH_BYTES = 2 * 2 ** 20;

/**
 * Refuses, with a catalogued error naming the file, bytes that are too many for a speech or
 * that are not text in a supported encoding; the parser itself reads anything.
 */
export function checkSpeechBytes(file: string, bytes: Uint8Array): void {
  if (bytes.byteLength > MAX_SPEECH_BYTES) {
    throw projectError('SpeechTooLarge', file, bytes.byteLength, MAX_SPEECH_BYTES);
  }
  const refusal = refusalOf(bytes);
  if (refusal !== null) throw projectError('NotText', file, refusal);
}

export interface SpeechSource {
  slug: string;
  /** Path of source.txt, relative to the project root. */
  path: string;
  bytes: Uint8Array;
  /** Editors' context for the speech, if they gave any. */
  context?: RankContext;
  /** Editors' decisions on its checks, by check id, if they made any. */
  reviews?: ReviewsData['checks'];
}

/**
 * An editors' YAML file for a speech, or undefined when there is none. A file that does not
 * read as its schema is left to the editorial loader, which reports it with its line.
 */
async function readEditorsFile<T>(
  path: string,
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } },
): Promise<T | undefined> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return undefined;
  try {
    const parsed = schema.safeParse(parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The editors' context for a speech, or undefined when there is none. */
export const readSpeechContext = (root: string, slug: string): Promise<RankContext | undefined> =>
  readEditorsFile(join(root, CONTEXT_DIR, `${slug}.yaml`), contextSchema);

/** The editors' decisions on a speech's checks, or undefined when there are none. */
export const readSpeechReviews = async (
  root: string,
  slug: string,
): Promise<ReviewsData['checks'] | undefined> =>
  (await readEditorsFile(join(root, REVIEWS_DIR, `${slug}.yaml`), reviewsSchema))?.checks;

/** Reads every speech folder; a misnamed folder or a missing source.txt is an error. */
export async function readSpeechSources(root: string): Promise<SpeechSource[]> {
  const dir = join(root, SPEECHES_DIR);
  const entries = await readdir(dir, { withFileTypes: true });
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    folders.map(async (slug) => {
      const folder = join(SPEECHES_DIR, slug);
      if (!SLUG.test(slug)) throw projectError('BadSlug', folder);
      const path = join(folder, 'source.txt');
      const bytes = await readFile(join(root, path)).catch(() => {
        throw projectError('SpeechFolderEmpty', folder);
      });
      checkSpeechBytes(path, bytes);
      const context = await readSpeechContext(root, slug);
      const reviews = await readSpeechReviews(root, slug);
      return {
        slug,
        path,
        bytes: new Uint8Array(bytes),
        ...(context && { context }),
        ...(reviews && { reviews }),
      };
    }),
  );
}
