// The sections `npm run bench` runs, in order: the build first (the page sections measure what it produced), the
// districts before the functions (it measures loading the finder's data cold, which the functions then keep loaded).
import type { BenchSection } from './section.ts';
import { buildSection } from './build.ts';
import { districtsSection } from './districts.ts';
import { functionsSection } from './functions.ts';
import { lighthouseSection } from './lighthouse.ts';
import { surgeSection } from './surge.ts';
import { weightSection } from './weight.ts';

export const sections: BenchSection[] = [
  buildSection,
  weightSection,
  lighthouseSection,
  districtsSection,
  functionsSection,
  surgeSection,
];
