/**
 * The loader of the `indicators` collection: content/indicators.yaml, one entry per indicator,
 * checked by src/lib/editorial/indicators.ts so that a wrong field, a repeated id or a repeated
 * alias stops the build with the catalogue's error naming file and line (in `npm run dev`, it
 * is reported in the terminal and the last good list is kept).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatError, projectError } from '../lib/errors';
import { readIndicators } from '../lib/editorial/indicators';

const FILE = 'content/indicators.yaml';

async function load(context: LoaderContext): Promise<void> {
  const path = join(fileURLToPath(context.config.root), FILE);
  const text = await readFile(path, 'utf8');
  const { indicators, errors } = readIndicators(FILE, text);
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1)
    throw projectError(
      'EditorialProblems',
      errors.map((e) => `${e.message}（${e.hint}）`),
    );
  context.store.clear();
  for (const indicator of indicators) {
    const data = await context.parseData({ id: indicator.id, data: indicator, filePath: FILE });
    context.store.set({ id: indicator.id, data, filePath: FILE });
  }
}

export function indicatorLoader(): Loader {
  return {
    name: 'indicators',
    load: async (context) => {
      await load(context);
      const path = join(fileURLToPath(context.config.root), FILE);
      context.watcher?.add(path);
      context.watcher?.on('change', async (changed) => {
        if (changed !== path) return;
        try {
          await load(context);
        } catch (error) {
          context.logger.error(formatError(error));
        }
      });
    },
  };
}
