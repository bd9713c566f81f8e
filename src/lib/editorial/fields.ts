/**
 * A schema failure in an editor's file, turned into the catalogue's error that names the
 * file, the line and the field, and says in plain words what is wrong.
 */
import type { ZodIssue } from 'astro/zod';
import { projectError, type ProjectError } from '../errors';
import { lineOfPath } from './lines';

const kindOf = (received: string): string =>
  received === 'date' ? 'a date' : received === 'undefined' ? 'nothing' : `a ${received}`;

/** The field an issue concerns (dotted path), and what is wrong with it. */
export function describeIssue(issue: ZodIssue): { path: (string | number)[]; problem: string } {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return { path: [...issue.path, key], problem: 'unknown field (a misspelling?)' };
  }
  if (issue.code === 'invalid_type') {
    const problem =
      issue.received === 'undefined'
        ? 'required but missing'
        : `expected ${issue.expected}, got ${kindOf(issue.received)}`;
    return { path: issue.path, problem };
  }
  if (issue.code === 'invalid_union') {
    const inner = issue.unionErrors.flatMap((e) => e.issues).find((i) => i.code !== 'invalid_type');
    return { path: issue.path, problem: inner?.message ?? issue.message };
  }
  return { path: issue.path, problem: issue.message };
}

/** The catalogued error for the first issue of a failed parse of `file` (text as written). */
export function fieldError(file: string, text: string, issues: readonly ZodIssue[]): ProjectError {
  const first = issues[0];
  const { path, problem } = first ? describeIssue(first) : { path: [], problem: 'invalid' };
  const line = lineOfPath(text, path);
  return projectError('BadField', `${file}:${line}`, path.join('.') || '(file)', problem);
}
