/**
 * `npm run --silent extract -- path/to/speech.txt`: prints the speech parsed, with its figures,
 * relations and checks, as one JSON object on stdout. An unreadable file gives one line on
 * stderr and exit code 1.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { buildSpeechRecord } from '../src/lib/speech-record';
import { formatError, projectError } from '../src/lib/errors';

async function main(args: string[]): Promise<number> {
  const [file] = args;
  if (!file) {
    process.stderr.write('usage: npm run --silent extract -- path/to/speech.txt\n');
    return 1;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    process.stderr.write(formatError(projectError('SourceUnreadable', file, reason)) + '\n');
    return 1;
  }
  // The slug is the speech folder's name when the file is a source.txt, else the file's name.
  const name = basename(file) === 'source.txt' ? basename(dirname(file)) : basename(file);
  const slug = name.replace(/\.[^.]*$/, '');
  process.stdout.write(JSON.stringify(buildSpeechRecord(slug, bytes), null, 2) + '\n');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
