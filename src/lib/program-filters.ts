/**
 * The program directory's filters (town, district, type, ages), shared by the pages that pre-render each useful
 * combination, the function that sends a filter form without JavaScript to the right page, and the script that
 * filters in place: one definition, so the three never disagree about what matches. No zod here (the query schema
 * is schemas/program-filter.ts), so the browser script can import this file cheaply.
 */
import type { AgeRange, ProgramType } from './schemas/program.ts';
import { slugify } from './slug.ts';
import type { PlacedProgram } from './programs.ts';

/** Age groups a visitor chooses from; a program matches when its ages overlap the group's. */
export const ageBands = [
  { id: 'elementary', label: 'Elementary school age (5 to 10)', min: 5, max: 10 },
  { id: 'middle', label: 'Middle school age (11 to 13)', min: 11, max: 13 },
  { id: 'high', label: 'High school age (14 to 18)', min: 14, max: 18 },
  { id: 'young-adult', label: 'Young adults (19 to 24)', min: 19, max: 24 },
] as const;
export type AgeBandId = (typeof ageBands)[number]['id'];

/** A filter: each field is a value to match, or "any". Parsed from query strings by schemas/program-filter.ts. */
export type ProgramFilter = {
  town: 'any' | string;
  district: 'any' | string;
  type: 'any' | ProgramType;
  ages: 'any' | AgeBandId;
};
export const filterKeys = ['town', 'district', 'type', 'ages'] as const;

/** What a filter looks at in a program, computed once per program. */
export type FilterFacts = { towns: string[]; districts: string[]; types: ProgramType[]; ages: AgeBandId[] };

/** The age groups a program's age range overlaps (none when its ages are not listed). */
export function ageBandsOf(ages: AgeRange | undefined): AgeBandId[] {
  if (!ages) return [];
  return ageBands.filter((b) => ages.min <= b.max && ages.max >= b.min).map((b) => b.id);
}

/** The facts the filters test, for one program. */
export function filterFactsOf(program: PlacedProgram): FilterFacts {
  return {
    towns: program.towns.map(slugify),
    districts: [...program.districts.house, ...program.districts.senate],
    types: program.types,
    ages: ageBandsOf(program.ages),
  };
}

/**
 * The filter as it is applied: a district replaces a town (programs work in several towns, so "this town and that
 * district" would need every pair pre-rendered; the district is the finer of the two for officials).
 */
export function effectiveFilter(filter: ProgramFilter): ProgramFilter {
  return filter.district !== 'any' && filter.town !== 'any' ? { ...filter, town: 'any' } : filter;
}

/** Whether a program passes a filter. A program whose type or ages are not listed passes only "any". */
export function matchesFilter(facts: FilterFacts, given: ProgramFilter): boolean {
  const filter = effectiveFilter(given);
  return (
    (filter.town === 'any' || facts.towns.includes(filter.town)) &&
    (filter.district === 'any' || facts.districts.includes(filter.district)) &&
    (filter.type === 'any' || facts.types.includes(filter.type)) &&
    (filter.ages === 'any' || facts.ages.includes(filter.ages))
  );
}

/** Whether no filter is set: the whole directory. */
export function isEmptyFilter(filter: ProgramFilter): boolean {
  return filterKeys.every((k) => filter[k] === 'any');
}

/** The address of the pre-rendered page for a filter; /programs/ when nothing is filtered. */
export function filterPath(given: ProgramFilter): string {
  const filter = effectiveFilter(given);
  if (isEmptyFilter(filter)) return '/programs/';
  return `/programs/filter/${filterKeys.map((k) => filter[k]).join('/')}/`;
}

/**
 * Every filter that at least one program passes, except the empty one: the pages to pre-render. Each program
 * passes at most 2 x 3 x (types + 1) x (age groups + 1) filters, so their number grows with the directory, not with
 * the product of all towns and districts.
 */
export function reachableFilters(facts: FilterFacts[]): ProgramFilter[] {
  const seen = new Map<string, ProgramFilter>();
  for (const f of facts) {
    for (const town of ['any', ...f.towns]) {
      for (const district of town === 'any' ? ['any', ...f.districts] : ['any']) {
        for (const type of ['any', ...f.types]) {
          for (const ages of ['any', ...f.ages]) {
            const filter = { town, district, type, ages } as ProgramFilter;
            if (!isEmptyFilter(filter)) seen.set(filterPath(filter), filter);
          }
        }
      }
    }
  }
  return [...seen.values()];
}

/** How each type of mentoring is written on the page. */
export const programTypeLabels: Record<ProgramType, string> = {
  'school-based': 'School-based',
  'site-based': 'Site-based',
  community: 'Community',
  workplace: 'Workplace',
  'e-mentoring': 'E-mentoring',
};
