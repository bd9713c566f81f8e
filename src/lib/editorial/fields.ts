/**
 * A schema failure in an editor's file, turned into the catalogue's error: every problem of the
 * file, each on its own line with the file, the line of the problem and what to do, in Chinese.
 * A misspelt field (autor) is one problem, at the misspelt key's line: "是不是 author？".
 */
import type { ZodIssue } from 'astro/zod';
import { projectError, type ProjectError } from '../errors';
import { lineOfPath } from './lines';
import { editDistance } from './nearest';

const KINDS: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  date: '日期',
  array: '列表',
  object: '一组字段',
  null: '空值',
  undefined: '没有值',
};
const kindName = (kind: string): string => KINDS[kind] ?? kind;

/** A problem with one field: its path and what is wrong, in words for editors. */
export interface FieldProblem {
  path: (string | number)[];
  problem: string;
}

/** The field an issue concerns (path), and what is wrong with it. */
export function describeIssue(issue: ZodIssue): FieldProblem {
  if (issue.code === 'unrecognized_keys') {
    return { path: [...issue.path, issue.keys[0] ?? ''], problem: '不是可用的字段，请删去或改正' };
  }
  if (issue.code === 'invalid_type') {
    const problem =
      issue.received === 'undefined'
        ? '必须填写，但没有写'
        : `应当是${kindName(issue.expected)}，这里写的是${kindName(issue.received)}`;
    return { path: issue.path, problem };
  }
  if (issue.code === 'invalid_union') {
    const inner = issue.unionErrors.flatMap((e) => e.issues).find((i) => i.code !== 'invalid_type');
    return { path: issue.path, problem: inner?.message ?? issue.message };
  }
  return { path: issue.path, problem: issue.message };
}

/** An unknown key close enough to a missing field to be its misspelling (autor for author). */
const misspelling = (unknown: string, missing: string): boolean =>
  editDistance(unknown, missing) <= Math.max(1, Math.floor(missing.length / 3));

/** Every problem of a failed parse: a misspelt key and the field it misses told as one. */
export function fieldProblems(issues: readonly ZodIssue[]): FieldProblem[] {
  const unknown = issues.flatMap((i) =>
    i.code === 'unrecognized_keys' ? i.keys.map((k) => [...i.path, k]) : [],
  );
  const missing = issues.filter((i) => i.code === 'invalid_type' && i.received === 'undefined');
  const paired = new Set<ZodIssue>();
  const problems: FieldProblem[] = unknown.map((path) => {
    const key = String(path.at(-1));
    const meant = missing.find(
      (m) =>
        !paired.has(m) &&
        m.path.slice(0, -1).join('.') === path.slice(0, -1).join('.') &&
        misspelling(key, String(m.path.at(-1))),
    );
    if (!meant) return { path, problem: '不是可用的字段，请删去或改正' };
    paired.add(meant);
    return { path, problem: `不是可用的字段：是不是“${String(meant.path.at(-1))}”？请改正拼写` };
  });
  const rest = issues
    .filter((i) => i.code !== 'unrecognized_keys' && !paired.has(i))
    .map(describeIssue);
  return [...problems, ...rest];
}

/** The catalogued error for a failed parse of `file` (text as written): every problem in it. */
export function fieldError(file: string, text: string, issues: readonly ZodIssue[]): ProjectError {
  const problems = fieldProblems(issues).map(
    ({ path, problem }) =>
      `${file}:${lineOfPath(text, path)}：字段“${path.join('.') || '（整个文件）'}”${problem}。`,
  );
  return projectError('BadField', problems);
}
