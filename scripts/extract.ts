/**
 * `npm run --silent extract -- path/to/speech.txt`: prints the speech parsed, with its figures,
 * relations and checks, as one JSON object on stdout. A file that cannot be read, is larger than
 * a speech may be or is not text in a supported encoding gives one line on stderr and exit code 1.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { buildSpeechRecord } from '../src/lib/speech-record';
import { formatError, projectError } from '../src/lib/errors';
import { checkSpeechBytes, readSpeechContext } from '../src/lib/speech-folders';

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
  try {
    checkSpeechBytes(file, bytes);
  } catch (error) {
    process.stderr.write(formatError(error) + '\n');
    return 1;
  }
  // A speech folder's source.txt is read as the site reads it, with the editors' context;
  // any other file on its own, named after the file.
  const inFolder = basename(file) === 'source.txt';
  const slug = inFolder ? basename(dirname(file)) : basename(file).replace(/\.[^.]*$/, '');
  const context = inFolder
    ? await readSpeechContext(resolve(file, '../../../..'), slug)
    : undefined;
  process.stdout.write(JSON.stringify(buildSpeechRecord(slug, bytes, context), null, 2) + '\n');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
