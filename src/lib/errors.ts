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
  // Editors' errors are in Chinese, as the editors' guide (docs/EDITORS.md) is.
  UnknownReference: {
    name: 'UnknownReference',
    title: '编辑文件里引用的编号不存在。',
    message: (at: string, what: string, id: string, where: string, nearest: string[]) =>
      `${at}：${where}里没有${what}“${id}”。` +
      (nearest.length ? `是不是${nearest.map((n) => `“${n}”`).join('、')}？` : ''),
    hint: '从数字页（编号）、阅读页（段落编号如 p3）或 `npm run extract` 的输出里照抄编号；最接近的编号已列在上面。',
  },
  BadField: {
    name: 'BadField',
    title: '编辑文件的字段有误：拼错、缺少或类型不对。',
    message: (problems: string[]) => problems.join('\n'),
    hint: '对照 docs/EDITORS.md 里的示例：字段名是小写英文，日期写成 2026-11-27，以数字开头的文字要加引号。',
  },
  PublishedIdRemoved: {
    name: 'PublishedIdRemoved',
    title: '发布过的数字编号不见了。',
    message: (at: string, id: string, nearest: string[]) =>
      `${at}：发布过的编号“${id}”已不在讲话中，也没有设跳转。` +
      (nearest.length ? `新的编号可能是${nearest.map((n) => `“${n}”`).join('、')}。` : ''),
    hint: '发布过的网址必须一直有效：在同一文件的 redirects 下加 "旧编号": "新编号"（见 docs/EDITORS.md 第5节）。',
  },
  MdxLessThan: {
    name: 'MdxLessThan',
    title: '正文里的“<”会被当作组件的开头。',
    message: (at: string, excerpt: string) =>
      `${at}：正文里的“${excerpt}”中的“<”不是组件的开头，MDX 无法读懂。`,
    hint: '把“<”写成 &lt;（例如 &lt;5%），或改用文字“小于”；要插入组件，请写成 <Figure id="…" /> 这样的形式。',
  },
  DuplicateIndicator: {
    name: 'DuplicateIndicator',
    title: '指标文件里有重复的编号或别名。',
    message: (at: string, what: string, value: string, firstLine: number) =>
      `${at}：${what}“${value}”在第${firstLine}行已经用过。`,
    hint: '每个指标的 id 只能有一个，每个别名只能属于一个指标（否则讲话里的同一个主语会算到两个指标上）：合并这两条，或删去其中一处（见 docs/EDITORS.md 第8节）。',
  },
  IndicatorFileUnreadable: {
    name: 'IndicatorFileUnreadable',
    title: '指标文件不是可读的 YAML。',
    message: (at: string, reason: string) => `${at}：无法读懂这一行（${reason}）。`,
    hint: '对照 content/indicators.yaml 里已有的条目：每条以“- id:”开头，其余字段缩进两格，列表写成 [甲, 乙]。',
  },
  EditorialProblems: {
    name: 'EditorialProblems',
    title: '编辑文件有问题，构建停止。',
    message: (problems: string[]) =>
      `编辑文件中有${problems.length}处问题，请逐一改正：\n${problems.join('\n')}`,
    hint: '每条以“文件:行号”开头；改好后重新运行。各种提示的意思见 docs/EDITORS.md 的“出错时”。',
  },
  AmbiguousReference: {
    name: 'AmbiguousReference',
    title: '编号在多篇讲话里都有，没有说是哪一篇。',
    message: (at: string, what: string, id: string, speeches: string[]) =>
      `${at}：${what}“${id}”在多篇讲话里都有：${speeches.join('、')}。请说明是哪一篇。`,
    hint: '在文件开头的 frontmatter 写 speech: <讲话目录名>（整个文件的组件都用这篇讲话），或在这个组件上写明，例如 <Figure id="…" speech="bijie-2018-08-27-fangguanfu" />。',
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
    // Editors need the message, not where in the program it was made: no frames, so that Astro
    // (in the build and in the dev overlay) prints no stack trace or internal path.
    this.stack = `${data.name}：${message}`;
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

/** For a terminal: name, message (a line per problem, when there are several) and hint. */
export function formatError(error: unknown): string {
  if (error instanceof ProjectError) return `${error.name}: ${error.message} Hint: ${error.hint}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
