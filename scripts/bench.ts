/**
 * `npm run bench`: extraction speed, its cost on large and unusual inputs, build time and page
 * weight, and Lighthouse scores of the built pages. `npm run bench -- lighthouse` (or any
 * section names) runs only those.
 */
import { costSection } from './bench/cost';
import { extractionSection } from './bench/extraction';
import { lighthouseSection } from './bench/lighthouse';
import { pagesSection } from './bench/pages';
import type { BenchSection } from './bench/section';

const SECTIONS: Record<string, BenchSection> = {
  extraction: extractionSection,
  cost: costSection,
  pages: pagesSection,
  lighthouse: lighthouseSection,
};

const chosen = process.argv.slice(2);
for (const [key, section] of Object.entries(SECTIONS)) {
  if (chosen.length > 0 && !chosen.includes(key)) continue;
  console.log(`## ${section.name}`);
  for (const line of await section.run()) console.log(line);
}
