/**
 * The data loader of the `speeches` collection: every content/speeches/<slug>/source.txt
 * becomes one entry, parsed and with its figures (checked with the editors' context from
 * content/context/<slug>.yaml, and with the editors' review from content/reviews/<slug>.yaml).
 * A failure fails the build.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { CONTEXT_DIR, readSpeechSources, REVIEWS_DIR, SPEECHES_DIR } from '../lib/speech-folders';
import { buildSpeechRecord } from '../lib/speech-record';
import { replaceEntries, type Entry } from './replace-entries';

export function speechLoader(): Loader {
  return {
    name: 'speech-loader',
    load: async ({ store, parseData, generateDigest, watcher, config, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async (): Promise<void> => {
        const sources = await readSpeechSources(root);
        const entries: Entry[] = [];
        for (const source of sources) {
          const record = buildSpeechRecord(
            source.slug,
            source.bytes,
            source.context,
            source.reviews,
          );
          const data = await parseData({
            id: source.slug,
            data: record as unknown as Record<string, unknown>,
            filePath: source.path,
          });
          entries.push({ id: source.slug, data });
        }
        replaceEntries({ store, generateDigest }, entries);
        logger.info(`${sources.length} speech(es) loaded`);
      };
      await sync();
      watcher?.add([`${root}/${SPEECHES_DIR}`, `${root}/${CONTEXT_DIR}`, `${root}/${REVIEWS_DIR}`]);
      watcher?.on('all', (_event, path) => {
        const source = path.includes(SPEECHES_DIR) && path.endsWith('source.txt');
        if (source || path.includes(CONTEXT_DIR) || path.includes(REVIEWS_DIR)) void sync();
      });
    },
  };
}
