/**
 * `npm run bench`: extraction speed, its cost on large and unusual inputs, build time and page
 * weight, Lighthouse scores of the built pages, and build time and dist size for 1, 7 and 20
 * speeches, cold and warm. `npm run bench -- lighthouse` (or any section names) runs only those;
 * `npm run bench -- --build-sizes 1,7` runs the last alone at those sizes.
 */
import { costSection } from './bench/cost';
import { extractionSection } from './bench/extraction';
import { lighthouseSection } from './bench/lighthouse';
import { pagesSection } from './bench/pages';
import { buildSizes, scaleSection } from './bench/scale';
import type { BenchSection } from './bench/section';

const args = process.argv.slice(2);
const SECTIONS: Record<string, BenchSection> = {
  extraction: extractionSection,
  cost: costSection,
  pages: pagesSection,
  lighthouse: lighthouseSection,
  scale: scaleSection(buildSizes(args)),
};

const named = args.filter((a) => a in SECTIONS);
const chosen = named.length > 0 ? named : args.includes('--build-sizes') ? ['scale'] : [];
for (const [key, section] of Object.entries(SECTIONS)) {
  if (chosen.length > 0 && !chosen.includes(key)) continue;
  console.log(`## ${section.name}`);
  for (const line of await section.run()) console.log(line);
}
