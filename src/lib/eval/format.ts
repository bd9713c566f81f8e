/**
 * The evaluation as text: a table of scores for everyone, the 不符 with their working for
 * editors, and every false positive and missed figure or relation for developers.
 */
import type { Check } from '../figures/types';
import type { PredictedFigure } from './figures';
import type { PredictedRelation } from './relations';
import type { ReportScore } from './report';

const pct = (x: number): string => x.toFixed(3);

const pad = (cells: string[], widths: number[]): string =>
  cells
    .map((c, i) => c.padEnd(widths[i] ?? 0))
    .join('  ')
    .trimEnd();

export function formatTable(scores: readonly ReportScore[]): string {
  const head = [
    'report',
    'gold fig',
    'fig P',
    'fig R',
    'value err',
    'unit err',
    'subject',
    'qualifier',
    'gold rel',
    'rel P',
    'rel R',
  ];
  const rows = scores.map((s) => [
    s.report,
    String(s.goldFigures),
    pct(s.figures.precision),
    pct(s.figures.recall),
    String(s.valueErrors),
    String(s.unitErrors),
    pct(s.figures.subjectAgreement),
    pct(s.figures.qualifierAgreement),
    String(s.goldRelations),
    pct(s.relations.precision),
    pct(s.relations.recall),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [pad(head, widths), ...rows.map((r) => pad(r, widths))].join('\n');
}

const textsOf = (
  relation: Pick<PredictedRelation, 'members'>,
  figures: readonly PredictedFigure[],
): string =>
  relation.members
    .map((m) => `${m.role}:${figures.find((f) => f.id === m.figure)?.text ?? m.figure}`)
    .join(' ');

/** Each 不符 with its title, the relation's figures and the working, as a reader would check it. */
export function formatInconsistent(
  report: string,
  checks: readonly Check[],
  relations: readonly PredictedRelation[],
  figures: readonly PredictedFigure[],
): string[] {
  return checks.map((c) => {
    const relation = relations.find((r) => r.id === c.relation);
    const members =
      relation === undefined
        ? ''
        : ` [${relation.type} ${relation.cue}: ${textsOf(relation, figures)}]`;
    return [`- ${report} · ${c.title}${members}`, ...c.working.map((w) => `    ${w}`)].join('\n');
  });
}

/** Every disagreement with the gold, for whoever improves the extractor. */
export function formatDetails(score: ReportScore, figures: readonly PredictedFigure[]): string {
  const { figures: f, relations: r } = score;
  const wrong = f.pairs.filter((p) => !p.right);
  const quiet = f.pairs.filter((p) => p.right && !p.subjectAgrees);
  const hedged = f.pairs.filter((p) => p.right && !p.qualifierAgrees);
  return [
    `## ${score.report}`,
    `### figures read wrong (${wrong.length})`,
    ...wrong.map(
      (p) =>
        `- ${p.gold.text} @${p.gold.start}: gold ${p.gold.value} ${p.gold.unit || "''"}, got "${p.predicted.text}" ${p.predicted.value} ${p.predicted.unit || "''"}`,
    ),
    `### figures missed (${f.missed.length})`,
    ...f.missed.map((g) => `- ${g.text} @${g.start} (${g.subject})`),
    `### figures invented (${f.falsePositives.length})`,
    ...f.falsePositives.map(
      (p) => `- "${p.text}" @${p.start} = ${p.value} ${p.unit || "''"} (${p.subject})`,
    ),
    `### subjects that disagree (${quiet.length})`,
    ...quiet.map(
      (p) =>
        `- ${p.gold.text} @${p.gold.start}: gold ${p.gold.subject}, got ${p.predicted.subject}`,
    ),
    `### qualifiers that disagree (${hedged.length})`,
    ...hedged.map(
      (p) =>
        `- ${p.gold.text} @${p.gold.start}: gold ${p.gold.q ?? '—'}, got ${p.predicted.qualifier?.word ?? '—'}`,
    ),
    `### relations missed (${r.missed.length})`,
    ...r.missed.map((g) => `- ${g.type} ${g.cue}: ${g.members.join(', ')}`),
    `### relations not in the text (${r.falsePositives.length})`,
    ...r.falsePositives.map((p) => `- ${p.type} ${p.cue}: ${textsOf(p, figures)}`),
    '',
  ].join('\n');
}

/** Checks per report counted by verdict, every verdict the checks use getting a column. */
export function formatVerdicts(
  rows: readonly { report: string; checks: readonly Check[] }[],
): string {
  const verdicts = [...new Set(rows.flatMap((r) => r.checks.map((c) => c.verdict)))].sort();
  const head = ['report', 'checks', ...verdicts];
  const body = rows.map((r) => [
    r.report,
    String(r.checks.length),
    ...verdicts.map((v) => String(r.checks.filter((c) => c.verdict === v).length)),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  return [pad(head, widths), ...body.map((b) => pad(b, widths))].join('\n');
}
