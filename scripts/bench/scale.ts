/**
 * Build time and dist size as the edition grows: for each size, a scratch copy with that many
 * speeches (scratch.ts) is built cold (no image cache, no Astro cache), then warm (nothing
 * changed), then again after one speech changed; cold and warm output must be the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { benchSpeeches, scratchCopy } from './scratch';
import type { BenchSection } from './section';

const ROOT = process.cwd();
const IMAGE_CACHE = '.image-cache';

function files(dir: string): { path: string; size: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((path) => {
    const stat = statSync(join(dir, path));
    return stat.isFile() ? [{ path, size: stat.size }] : [];
  });
}

const count = (dir: string): number => {
  try {
    return files(dir).length;
  } catch {
    return 0;
  }
};

/**
 * How long an `astro build` of `dir` into `out` took, in seconds, with the CPU time it used (on
 * a busy machine the clock mostly measures the others; CPU time is what the build itself costs)
 * and Astro's own phase times (content and build info, the Vite bundle, page generation);
 * throws with its output on failure.
 */
function build(dir: string, out: string): string {
  const cpuFile = join(dir, '.tmp', `cpu-${out}`);
  mkdirSync(join(dir, '.tmp'), { recursive: true });
  rmSync(cpuFile, { force: true });
  const start = performance.now();
  const astro = join(dir, 'node_modules', 'astro', 'astro.js');
  const hook = pathToFileURL(join(ROOT, 'scripts/bench/cpu-time.mjs')).href;
  const run = spawnSync(process.execPath, ['--import', hook, astro, 'build', '--outDir', out], {
    cwd: dir,
    env: {
      ...process.env,
      TZ: 'UTC',
      ASTRO_TELEMETRY_DISABLED: '1',
      // A local build on purpose: the scratch output is measured, never deployed.
      LOCAL_PREVIEW: '1',
      FOS_IMAGE_CACHE: join(dir, IMAGE_CACHE),
      FOS_CPU_FILE: cpuFile,
    },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`build of ${dir} failed:\n${run.stdout}\n${run.stderr}`);
  const seconds = (performance.now() - start) / 1000;
  const cpu = readFileSync(cpuFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .reduce((n, line) => n + Number(line), 0);
  const phases = [...run.stdout.matchAll(/Completed in ([\d.]+)(m?s)/g)].map(([, n, unit]) =>
    (unit === 'ms' ? Number(n) / 1000 : Number(n)).toFixed(1),
  );
  return `${seconds.toFixed(1)} s, CPU ${cpu.toFixed(1)} s (Astro's phases: ${phases.join(' + ')} s)`;
}

function distLine(dist: string): string {
  const all = files(dist);
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const png = all.filter((f) => f.path.endsWith('.png'));
  const share = png.filter((f) => f.path.startsWith('share'));
  const pages = all.filter((f) => f.path.endsWith('.html')).length;
  const bytes = (list: { size: number }[]) => list.reduce((n, f) => n + f.size, 0);
  return `dist ${mb(bytes(all))} in ${all.length} files (${pages} pages); ${png.length} PNGs ${mb(bytes(png))} (${share.length} share images)`;
}

function sameBytes(a: string, b: string): string {
  const run = spawnSync('npx', ['tsx', join(ROOT, 'scripts/compare-builds.ts'), a, b], {
    encoding: 'utf8',
  });
  return run.status === 0 ? 'identical bytes' : `DIFFERENT: ${run.stderr.trim()}`;
}

function benchSize(size: number): string[] {
  const dir = scratchCopy(ROOT, size);
  const cache = join(dir, IMAGE_CACHE);
  const speeches = benchSpeeches(ROOT, size);
  const lines: string[] = [];
  // Said as soon as known too (on stderr): a size can take minutes.
  const say = (line: string): void => {
    lines.push(line);
    process.stderr.write(`${line}\n`);
  };
  say(`${size} speech(es): ${speeches.map((s) => s.slug).join(', ')}`);
  const cold = build(dir, 'dist-cold');
  const drawn = count(cache);
  say(`  cold ${cold} · ${distLine(join(dir, 'dist-cold'))} · ${drawn} images drawn`);
  const warm = build(dir, 'dist-warm');
  const same = sameBytes(join(dir, 'dist-cold'), join(dir, 'dist-warm'));
  say(`  warm ${warm} · ${count(cache) - drawn} images drawn · cold vs warm: ${same}`);
  // The seed: its text is UTF-8, so a UTF-8 sentence can be appended.
  const changed = speeches[0]!.slug;
  appendFileSync(join(dir, 'content/speeches', changed, 'source.txt'), '\n今年新增企业1234家。\n');
  const before = count(cache);
  const again = build(dir, 'dist-changed');
  say(
    `  one speech changed (a sentence added to ${changed}): ${again} · ${count(cache) - before} images drawn`,
  );
  rmSync(join(dir, 'dist-changed'), { recursive: true, force: true });
  return lines;
}

/** The sizes given as `--build-sizes 1,7`, else 1, 7 and 20. */
export function buildSizes(args: readonly string[]): number[] {
  const at = args.indexOf('--build-sizes');
  const given = at === -1 ? '1,7,20' : (args[at + 1] ?? '');
  const sizes = given.split(',').map(Number);
  if (!sizes.every((n) => Number.isInteger(n) && n > 0))
    throw new Error(`--build-sizes wants whole numbers separated by commas, not "${given}"`);
  return sizes;
}

export const scaleSection = (sizes: readonly number[]): BenchSection => ({
  name: `Build at scale (${cpus().length} cores; load average when started: ${loadavg()[0]!.toFixed(1)})`,
  run: () => sizes.flatMap(benchSize),
});
