/**
 * The directory's pre-rendered filter pages, as the English and the translated routes build them: each filter
 * combination that matches a program, with its matches. The translated routes keep those paths.ts localizes.
 */
import { getPlacedPrograms } from './program-directory.ts';
import {
  filterFactsOf,
  filterKeys,
  matchesFilter,
  reachableFilters,
  type ProgramFilter,
} from '../lib/program-filters.ts';
import type { PlacedProgram } from '../lib/programs.ts';

export type FilterPage = { path: string; filter: ProgramFilter; matches: PlacedProgram[] };

/** Every filter page: its `[...path]` parameter, its filter and the programs it lists. */
export async function programFilterPages(): Promise<FilterPage[]> {
  const withFacts = (await getPlacedPrograms()).map((program) => ({ program, facts: filterFactsOf(program) }));
  return reachableFilters(withFacts.map((x) => x.facts)).map((filter) => ({
    path: filterKeys.map((k) => filter[k]).join('/'),
    filter,
    matches: withFacts.filter((x) => matchesFilter(x.facts, filter)).map((x) => x.program),
  }));
}
