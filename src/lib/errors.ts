/**
 * The project's one catalogue of its own errors, in the manner of Astro's: each has a stable
 * name, a short title, a message built from the details, and a hint that says what to do.
 */

export interface ErrorData {
  name: string;
  title: string;
  message: (...args: never[]) => string;
  hint: string;
}

const defineErrors = <T extends Record<string, ErrorData>>(errors: T): T => errors;

export const ErrorCatalogue = defineErrors({
  SourceUnreadable: {
    name: 'SourceUnreadable',
    title: 'The speech file cannot be read.',
    message: (file: string, reason: string) => `${file}: cannot read the file (${reason}).`,
    hint: 'Check the path, and that the file exists and is readable.',
  },
  SpeechTooLarge: {
    name: 'SpeechTooLarge',
    title: 'A speech file is larger than a speech can be.',
    message: (file: string, bytes: number, limit: number) =>
      `${file}: ${(bytes / 2 ** 20).toFixed(1)} MB, more than the ${limit / 2 ** 20} MB a speech may have.`,
    hint: 'A speech is a few hundred kilobytes of text at most: check that the file holds one speech as plain text, not a whole web site, an archive or a document with images.',
  },
  NotText: {
    name: 'NotText',
    title: 'A speech file is not text in a supported encoding.',
    message: (file: string, reason: string) => `${file}: not the text of a speech: ${reason}.`,
    hint: 'Save the speech as plain text (UTF-8; GB18030, Big5 and UTF-16 with a byte-order mark are read too): copy the text from the web page into a text editor and save it, rather than saving the page, a PDF or a Word file.',
  },
  SpeechFolderEmpty: {
    name: 'SpeechFolderEmpty',
    title: 'A speech folder has no source text.',
    message: (folder: string) => `${folder}: no source.txt in this speech folder.`,
    hint: 'Put the speech text, exactly as received, in source.txt inside the folder.',
  },
  BadSlug: {
    name: 'BadSlug',
    title: 'A speech folder name is not a usable slug.',
    message: (folder: string) =>
      `${folder}: the folder name must be lower-case ASCII letters, digits and hyphens.`,
    hint: 'Rename the folder, e.g. bijie-2018-08-27-fangguanfu (place, date, topic).',
  },
  FigureFileFailed: {
    name: 'FigureFileFailed',
    title: 'A figure’s chart or data file could not be made.',
    message: (at: string, figure: string, file: string, cause: string) =>
      `${at}: figure "${figure}": its ${file} could not be made (${cause}).`,
    hint: 'The figure stands at that line of the speech: look there for unusual characters, and report the message as a bug; the source text should not need to change.',
  },
  UnknownReference: {
    name: 'UnknownReference',
    title: 'An editor’s file refers to something that does not exist.',
    message: (at: string, what: string, id: string, where: string, nearest: string[]) =>
      `${at}: no ${what} "${id}" in ${where}.` +
      (nearest.length ? ` Did you mean ${nearest.map((n) => `"${n}"`).join(', ')}?` : ''),
    hint: 'Copy the id exactly from the figure page (编号), the reading page (¶ numbers: p3) or `npm run extract`; the nearest valid ids are listed in the message.',
  },
  BadField: {
    name: 'BadField',
    title: 'A field in an editor’s file is missing, unknown or of the wrong kind.',
    message: (at: string, field: string, problem: string) => `${at}: field "${field}": ${problem}.`,
    hint: 'Compare the file with the examples in docs/EDITORS.md: field names are lower-case English, dates are written 2026-11-27, text goes in quotes when it starts with a digit.',
  },
  PublishedIdRemoved: {
    name: 'PublishedIdRemoved',
    title: 'A figure id that was published no longer exists.',
    message: (at: string, id: string, nearest: string[]) =>
      `${at}: the published figure id "${id}" is gone from the speech and has no redirect.` +
      (nearest.length ? ` Its successor may be ${nearest.map((n) => `"${n}"`).join(', ')}.` : ''),
    hint: 'Published URLs must keep working: add "old-id": "new-id" under redirects in the same file (see docs/EDITORS.md, 永久链接).',
  },
  AmbiguousFigure: {
    name: 'AmbiguousFigure',
    title: 'A figure id is found in more than one speech.',
    message: (id: string, speeches: string[]) =>
      `figure "${id}" is in several speeches: ${speeches.join(', ')}.`,
    hint: 'Give the component the speech too, e.g. <Figure id="…" speech="bijie-2018-08-27-fangguanfu" />.',
  },
  SiteUrlMissing: {
    name: 'SiteUrlMissing',
    title: 'A production build needs the public address of the site.',
    message: (value: string) =>
      value
        ? `SITE_URL="${value}" is not an absolute http(s) address.`
        : 'SITE_URL is not set: canonical URLs, oEmbed, share images and every embed code would point to http://localhost:4321.',
    hint: 'Build with the address readers will use, e.g. `SITE_URL=https://news.example.com BASE_PATH=/projects/speech/ npm run build`; for a build to look at on this machine only, set LOCAL_PREVIEW=1 (npm start does).',
  },
});

export type ErrorName = keyof typeof ErrorCatalogue;

/** An error from the catalogue, carrying its title and hint for whoever prints it. */
export class ProjectError extends Error {
  readonly title: string;
  readonly hint: string;
  constructor(data: ErrorData, message: string) {
    super(message);
    this.name = data.name;
    this.title = data.title;
    this.hint = data.hint;
  }
}

/** Builds the catalogue's error `name` with the message its arguments give. */
export function projectError<N extends ErrorName>(
  name: N,
  ...args: Parameters<(typeof ErrorCatalogue)[N]['message']>
): ProjectError {
  const data = ErrorCatalogue[name];
  const message = (data.message as (...a: unknown[]) => string)(...args);
  return new ProjectError(data, message);
}

/** One line for a terminal: name, message and hint. */
export function formatError(error: unknown): string {
  if (error instanceof ProjectError) return `${error.name}: ${error.message} Hint: ${error.hint}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
