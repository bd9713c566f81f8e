/**
 * `tsx scripts/compare-builds.ts DIR_A DIR_B`: exits 1, listing the differences, unless the two
 * build outputs hold the same files with the same bytes. Builds must be deterministic.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function hashes(root: string, dir = root, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashes(root, path, out);
    else
      out.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  process.stderr.write('usage: tsx scripts/compare-builds.ts DIR_A DIR_B\n');
  process.exit(2);
}
const ha = hashes(a);
const hb = hashes(b);
const differ = [...new Set([...ha.keys(), ...hb.keys()])]
  .filter((f) => ha.get(f) !== hb.get(f))
  .sort();
if (differ.length > 0) {
  process.stderr.write(
    `builds differ in ${differ.length} file(s):\n${differ.slice(0, 20).join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write(`builds identical: ${ha.size} files\n`);
