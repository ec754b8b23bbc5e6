// The sections `npm run bench` runs, in order. Add yours here.
import type { BenchSection } from './section.ts';
import { districtsSection } from './districts.ts';

export const sections: BenchSection[] = [districtsSection];
