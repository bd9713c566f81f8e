/**
 * Build time and page weight: builds the site once, timed, then reports the bytes the reading,
 * figure and embed pages of every speech transfer.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pageWeight } from './page-weight';
import type { BenchSection } from './section';

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

export const pagesSection: BenchSection = {
  name: 'Build and page weight',
  run() {
    const start = performance.now();
    const build = spawnSync('npx', ['astro', 'build'], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOCAL_PREVIEW: '1' },
      encoding: 'utf8',
    });
    const seconds = (performance.now() - start) / 1000;
    if (build.status !== 0) return [`build failed:\n${build.stderr}`];
    const lines = [`astro build: ${seconds.toFixed(1)} s (whole process, one run)`];
    for (const slug of readdirSync('dist/speeches')) {
      const figures = readdirSync(`dist/speeches/${slug}/embed`).sort();
      const first = figures[0]!;
      const pages = [
        ['reading', `/speeches/${slug}/read/`],
        ['figure', `/speeches/${slug}/figures/${first}/`],
        ['embed', `/speeches/${slug}/embed/${first}/`],
      ] as const;
      lines.push(`${slug} (${figures.length} figures; figure and embed pages shown for ${first})`);
      for (const [name, path] of pages) {
        const w = pageWeight('dist', path);
        const t = w.byType;
        lines.push(
          `  ${name.padEnd(8)} ${kb(w.gzip).padStart(9)} gzip (${kb(w.raw)} raw) in ${w.files} files · html ${kb(t.html.gzip)} · css ${kb(t.css.gzip)} · js ${kb(t.js.gzip)} · img ${kb(t.img.gzip)} gzip · JavaScript run: ${kb(w.jsRaw)} raw`,
        );
      }
      const embeds = figures.map((id) => pageWeight('dist', `/speeches/${slug}/embed/${id}/`).gzip);
      lines.push(
        `  all embeds: largest ${kb(Math.max(...embeds))} gzip, smallest ${kb(Math.min(...embeds))}`,
      );
    }
    return lines;
  },
};
