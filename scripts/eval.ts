/**
 * `npm run eval [-- --verbose]`: measures figure and relation extraction against the gold
 * annotations in tests/fixtures/gold/ and lists every 不符 (inconsistent check) on the six corpus
 * reports with its working. The full list of disagreements with the gold, for developers, is
 * written to .tmp/eval/details.md (and printed with --verbose). A report, not a gate: exit 0.
 */
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSpeech } from '../src/lib/speech/index';
import { extractFigures, type FigureSet } from '../src/lib/figures/index';
import { readSpeechContext } from '../src/lib/speech-folders';
import {
  formatDetails,
  formatInconsistent,
  formatTable,
  formatVerdicts,
  goldProblems,
  inconsistentChecks,
  parseGold,
  scoreReport,
} from '../src/lib/eval/index';

const ROOT = process.cwd();
const CORPUS = 'tests/fixtures/corpus';
const GOLD = 'tests/fixtures/gold';
const OUT = '.tmp/eval';

async function extract(slug: string): Promise<FigureSet> {
  const bytes = await readFile(join(CORPUS, slug, 'source.txt'));
  return extractFigures(parseSpeech(bytes), await readSpeechContext(ROOT, slug));
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}

async function main(verbose: boolean): Promise<void> {
  const slugs = (await readdir(CORPUS, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const sets = new Map<string, FigureSet>();
  for (const slug of slugs) sets.set(slug, await extract(slug));

  const goldFiles = (await readdir(GOLD)).filter((f) => f.endsWith('.yaml')).sort();
  const scores = [];
  const details: string[] = [];
  for (const file of goldFiles) {
    const gold = parseGold(await readFile(join(GOLD, file), 'utf8'));
    const set = sets.get(gold.report) ?? (await extract(gold.report));
    // Gold that no longer fits its text would score nonsense: say so before the numbers.
    const bytes = await readFile(join(CORPUS, gold.report, 'source.txt'));
    for (const problem of goldProblems(gold, parseSpeech(bytes).text))
      process.stderr.write(`${file}: ${problem}\n`);
    const score = scoreReport(gold, set);
    scores.push(score);
    details.push(formatDetails(score, set.figures));
  }

  const inconsistent = slugs.flatMap((slug) => {
    const set = sets.get(slug)!;
    return formatInconsistent(slug, inconsistentChecks(set.checks), set.relations, set.figures);
  });

  const out = [
    'Figures and relations against the gold (tests/fixtures/gold/);',
    'targets: figures P and R ≥ 0.97, relations P ≥ 0.95 and R ≥ 0.7 on every report.',
    '',
    formatTable(scores),
    '',
    'Checks on the six corpus reports, by verdict:',
    '',
    formatVerdicts(slugs.map((slug) => ({ report: slug, checks: sets.get(slug)!.checks }))),
    '',
    `不符 on the corpus (${inconsistent.length}):`,
    ...inconsistent,
    '',
  ].join('\n');
  process.stdout.write(out);
  await mkdir(OUT, { recursive: true });
  await writeAtomically(join(OUT, 'details.md'), details.join('\n'));
  await writeAtomically(join(OUT, 'summary.txt'), out);
  await writeAtomically(
    join(OUT, 'scores.json'),
    JSON.stringify(
      scores.map((s) => ({
        report: s.report,
        goldFigures: s.goldFigures,
        figures: { precision: s.figures.precision, recall: s.figures.recall },
        valueErrors: s.valueErrors,
        unitErrors: s.unitErrors,
        subjectAgreement: s.figures.subjectAgreement,
        qualifierAgreement: s.figures.qualifierAgreement,
        goldRelations: s.goldRelations,
        relations: { precision: s.relations.precision, recall: s.relations.recall },
      })),
      null,
      2,
    ) + '\n',
  );
  process.stdout.write(
    verbose
      ? `\n${details.join('\n')}`
      : `\nFalse positives and misses: ${OUT}/details.md (or --verbose)\n`,
  );
}

await main(process.argv.includes('--verbose'));
