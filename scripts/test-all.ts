/**
 * `npm test`: every test, in the order a failure is cheapest to find: formatting, unit and
 * property tests, the type checks, the build (twice, to prove it deterministic), the browser
 * tests against the built site, and a link check of a build for another origin and base path.
 *
 * It prints one line per step; each step's whole output goes to .tmp/logs/test.log. On a
 * failure it prints the end of that step's output and stops. The last line is always
 * `N passed, N failed`: the tests of every Vitest run, and a failed step that is not a Vitest
 * run counted as one failed test. Vitest runs in CI mode, so a missing snapshot fails instead
 * of being written.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { performance } from 'node:perf_hooks';

const LOGS = '.tmp/logs';
const LOG = `${LOGS}/test.log`;
const TAIL = 60;

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** A Vitest run: where its JSON report goes, to count its tests. */
  report?: string;
}

const local = { LOCAL_PREVIEW: '1' };
const IMAGE_CACHE = '.tmp/image-cache';
const images = { FOS_IMAGE_CACHE: IMAGE_CACHE };
const based = { SITE_URL: 'https://news.example.com', BASE_PATH: '/projects/speech/' };
const vitest = (name: string, args: string[], env: Record<string, string> = {}): Step => {
  const report = `${LOGS}/${name.replace(/\W+/g, '-')}.json`;
  return {
    name,
    command: [
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    env: { CI: 'true', ...env },
    report,
  };
};
const browser = ['--config', 'vitest.browser.config.ts'];

const STEPS: Step[] = [
  { name: 'format', command: ['prettier', '--check', '.'] },
  vitest('unit tests', []),
  { name: 'astro check', command: ['astro', 'check'] },
  { name: 'tsc', command: ['tsc', '--noEmit'] },
  // The first build draws every image into an empty cache and the second reads them back, so
  // the byte comparison also proves that cached images are the images drawn.
  { name: 'build', command: ['astro', 'build'], env: { ...local, ...images } },
  {
    name: 'build again',
    command: ['astro', 'build', '--outDir', '.tmp/dist-again'],
    env: { ...local, ...images },
  },
  { name: 'same bytes', command: ['tsx', 'scripts/compare-builds.ts', 'dist', '.tmp/dist-again'] },
  vitest('browser tests', browser),
  // Any origin and base path: a build for a newsroom's subfolder has no link outside it.
  {
    name: 'build under a base path',
    command: ['astro', 'build', '--outDir', '.tmp/dist-based'],
    env: based,
  },
  vitest('links under a base path', [...browser, 'tests/browser/links.test.ts'], {
    ...based,
    DIST: '.tmp/dist-based',
  }),
];

/** Runs one step, its output appended to the log; resolves to its exit code and output. */
function run(step: Step): Promise<{ code: number; output: string }> {
  appendFileSync(LOG, `\n=== ${step.name}: ${step.command.join(' ')}\n`);
  const [bin, ...args] = step.command;
  const child = spawn(`node_modules/.bin/${bin}`, args, {
    env: {
      ...process.env,
      TZ: 'UTC',
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      ...step.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    appendFileSync(LOG, chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop).once('SIGTERM', stop);
  return new Promise((done) =>
    child.on('close', (code, signal) => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      done({ code: code ?? (signal ? 1 : 0), output });
    }),
  );
}

/** Passed and failed tests from a Vitest JSON report, or null when the run wrote none. */
function counts(report: string): { passed: number; failed: number } | null {
  if (!existsSync(report)) return null;
  const r = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
  };
  return { passed: r.numPassedTests, failed: r.numFailedTests };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

mkdirSync(LOGS, { recursive: true });
rmSync(IMAGE_CACHE, { recursive: true, force: true });
writeFileSync(LOG, `npm test, ${new Date().toISOString()}\n`);
const total = { passed: 0, failed: 0 };
const started = performance.now();
let failedStep: string | null = null;
for (const step of STEPS) {
  const t0 = performance.now();
  if (step.report) rmSync(step.report, { force: true });
  const { code, output } = await run(step);
  const tests = step.report ? counts(step.report) : null;
  if (tests) {
    total.passed += tests.passed;
    total.failed += tests.failed;
  }
  const failed = code !== 0;
  if (failed && !tests?.failed) total.failed += 1;
  const detail = tests ? ` ${tests.passed} passed, ${tests.failed} failed,` : '';
  console.log(`${failed ? '✗' : '✓'} ${step.name}:${detail} ${seconds(performance.now() - t0)}`);
  if (failed) {
    const tail = output.trimEnd().split('\n').slice(-TAIL).join('\n');
    console.log(`\n--- last ${TAIL} lines of "${step.name}" (all of it: ${LOG}) ---\n${tail}\n---`);
    failedStep = step.name;
    break;
  }
}
console.log(
  failedStep
    ? `stopped at "${failedStep}" after ${seconds(performance.now() - started)}; details in ${LOG}`
    : `all ${STEPS.length} steps passed in ${seconds(performance.now() - started)}; details in ${LOG}`,
);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = failedStep ? 1 : 0;
