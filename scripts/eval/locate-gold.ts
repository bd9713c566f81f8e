/**
 * Annotators' helper: `npx tsx scripts/eval/locate-gold.ts tests/fixtures/gold/<slug>.yaml`.
 * Fills in what reading cannot give precisely — each figure's start and end offsets (its text
 * is searched for in order, from the end of the previous figure) and the excerpt's first and last
 * 20 characters — then lists the number-like strings of the excerpt that no figure covers, so
 * that none is skipped by oversight. Values, units and subjects are never touched.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { decodeSpeech } from '../../src/lib/speech/index';

const NUMBER_LIKE = /[0-9０-９][0-9０-９.．,，/∶:%％]*|[零〇一二两三四五六七八九十百千万亿半]+/g;

async function main(file: string): Promise<void> {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const slug = String(doc.get('report'));
  const text = decodeSpeech(readFileSync(`tests/fixtures/corpus/${slug}/source.txt`)).text;
  const excerpt = doc.get('excerpt') as YAMLMap;
  const start = Number(excerpt.get('start'));
  const end = Number(excerpt.get('end'));
  excerpt.set('first', text.slice(start, start + 20));
  excerpt.set('last', text.slice(end - 20, end));
  let cursor = start;
  const covered: [number, number][] = [];
  for (const node of (doc.get('figures') as YAMLSeq<YAMLMap>).items) {
    const span = String(node.get('text'));
    const at = text.indexOf(span, cursor);
    if (at < 0 || at + span.length > end)
      throw new Error(`${String(node.get('id'))}: "${span}" not found after ${cursor}`);
    // Whole values are written out in full (63600000000000, not 6.36e+13) for readers to check.
    const value = Number(node.get('value'));
    if (Number.isInteger(value)) node.set('value', new Scalar(value));
    node.set('start', at);
    node.set('end', at + span.length);
    covered.push([at, at + span.length]);
    cursor = at + span.length;
  }
  const tmp = `${file}.tmp`;
  const options = { ...(await resolveConfig(file)), filepath: file };
  writeFileSync(tmp, await format(doc.toString({ lineWidth: 0 }), options));
  renameSync(tmp, file);
  const loose: string[] = [];
  for (const m of text.slice(start, end).matchAll(NUMBER_LIKE)) {
    const at = start + (m.index ?? 0);
    if (!covered.some(([a, b]) => at < b && at + m[0].length > a))
      loose.push(
        `${at}:${m[0]}:${text.slice(Math.max(0, at - 6), at + m[0].length + 6).replace(/\s/g, ' ')}`,
      );
  }
  process.stdout.write(`${covered.length} figures located; not covered:\n${loose.join('\n')}\n`);
}

await main(process.argv[2] ?? '');
