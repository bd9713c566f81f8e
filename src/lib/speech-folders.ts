/**
 * Finding the speeches in content/speeches: one folder per speech, named by its slug,
 * holding source.txt exactly as received.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectError } from './errors';

export const SPEECHES_DIR = 'content/speeches';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface SpeechSource {
  slug: string;
  /** Path of source.txt, relative to the project root. */
  path: string;
  bytes: Uint8Array;
}

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
      return { slug, path, bytes: new Uint8Array(bytes) };
    }),
  );
}
