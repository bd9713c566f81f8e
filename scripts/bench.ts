/**
 * `npm run bench`: extraction speed, build and page weight, and build time and dist size for
 * 1, 7 and 20 speeches. `npm run bench -- --build-sizes 1,7` runs only the last, at those sizes.
 */
import { extractionSection } from './bench/extraction';
import { pagesSection } from './bench/pages';
import { buildSizes, scaleSection } from './bench/scale';
import type { BenchSection } from './bench/section';

const args = process.argv.slice(2);
const scale = scaleSection(buildSizes(args));
const SECTIONS: BenchSection[] = args.includes('--build-sizes')
  ? [scale]
  : [extractionSection, pagesSection, scale];

for (const section of SECTIONS) {
  console.log(`## ${section.name}`);
  for (const line of await section.run()) console.log(line);
}
