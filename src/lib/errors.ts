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
