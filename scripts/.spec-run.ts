import { ALL_CASES, caseId, leftOutReason, misreading } from '/work/wt-numbers/tests/unit/figures/recognizers-text';
const tally: Record<string, [number, number]> = { number: [0, 0], percent: [0, 0] };
const groups = new Map<string, number>();
for (const c of ALL_CASES) {
  const why = leftOutReason(c);
  if (why) { groups.set(why, (groups.get(why) ?? 0) + 1); continue; }
  const bad = misreading(c);
  tally[c.model]![1]++;
  if (bad === null) tally[c.model]![0]++;
  else if (process.argv[2]) console.log(caseId(c), c.input, '::', bad);
}
console.log(tally, [...groups.entries()].map(([k, v]) => `${v} ${k.slice(0, 40)}`));
