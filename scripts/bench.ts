import { extractionSection } from './bench/extraction';
import type { BenchSection } from './bench/section';

// Later sections (page sizes, build times) are added to this list.
const SECTIONS: BenchSection[] = [extractionSection];

for (const section of SECTIONS) {
  console.log(`## ${section.name}`);
  for (const line of await section.run()) console.log(line);
}
