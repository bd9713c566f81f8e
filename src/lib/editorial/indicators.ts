/**
 * Reading content/indicators.yaml, the editors' list of indicators: every entry against its
 * schema, and no id or alias twice (a subject naming two indicators would count twice). Each
 * problem is the catalogue's error, naming file and line.
 */
import { parseDocument, isNode } from 'yaml';
import { projectError, type ProjectError } from '../errors';
import { indicatorsFileSchema, type IndicatorData } from '../schema/indicators';
import { fieldProblems } from './fields';
import { lineAt } from './lines';

/** The line of the YAML node at `path`, or of the nearest parent that exists. */
function lineOf(doc: ReturnType<typeof parseDocument>, text: string, path: (string | number)[]) {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lineAt(text, node.range[0]);
  }
  return 1;
}

/** The same id or alias written twice: each repeat, with the line of its first use. */
function duplicates(
  file: string,
  doc: ReturnType<typeof parseDocument>,
  text: string,
  entries: IndicatorData[],
): ProjectError[] {
  const seen = new Map<string, number>();
  const errors: ProjectError[] = [];
  const note = (what: string, value: string, path: (string | number)[]) => {
    const line = lineOf(doc, text, path);
    const key = `${what}:${value}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    else errors.push(projectError('DuplicateIndicator', `${file}:${line}`, what, value, first));
  };
  entries.forEach((entry, i) => {
    note('id', entry.id, [i, 'id']);
    entry.aliases.forEach((alias, j) => note('别名', alias, [i, 'aliases', j]));
  });
  return errors;
}

/** The indicators `text` (the file `file`) defines, or every problem found in it. */
export function readIndicators(
  file: string,
  text: string,
): { indicators: IndicatorData[]; errors: ProjectError[] } {
  const doc = parseDocument(text);
  const syntax = doc.errors[0];
  if (syntax !== undefined) {
    const at = `${file}:${lineAt(text, syntax.pos[0])}`;
    return {
      indicators: [],
      errors: [projectError('IndicatorFileUnreadable', at, syntax.message.split('\n')[0]!)],
    };
  }
  const result = indicatorsFileSchema.safeParse(doc.toJS());
  if (!result.success) {
    const problems = fieldProblems(result.error.issues).map(
      ({ path, problem }) =>
        `${file}:${lineOf(doc, text, path)}：字段“${path.join('.') || '（整个文件）'}”${problem}。`,
    );
    return { indicators: [], errors: [projectError('BadField', problems)] };
  }
  const errors = duplicates(file, doc, text, result.data);
  return { indicators: errors.length ? [] : result.data, errors };
}
