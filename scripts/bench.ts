import { costSection } from './bench/cost';
import { extractionSection } from './bench/extraction';
import { pagesSection } from './bench/pages';
import type { BenchSection } from './bench/section';

const SECTIONS: BenchSection[] = [extractionSection, costSection, pagesSection];

for (const section of SECTIONS) {
  console.log(`## ${section.name}`);
  for (const line of await section.run()) console.log(line);
}
