import { describe, expect, it } from 'vitest';
import {
  ageBandsOf,
  filterPath,
  matchesFilter,
  reachableFilters,
  type FilterFacts,
  type ProgramFilter,
} from '../../src/lib/program-filters.ts';
import { programFilterSchema } from '../../src/lib/schemas/program-filter.ts';
import { fieldErrors } from '../../src/lib/api.ts';

const any: ProgramFilter = { town: 'any', district: 'any', type: 'any', ages: 'any' };
const springfieldSchool: FilterFacts = {
  towns: ['springfield', 'holyoke'],
  districts: ['ma-house-054', 'ma-senate-03'],
  types: ['school-based'],
  ages: ['middle'],
};
const bostonUnknown: FilterFacts = {
  towns: ['boston'],
  districts: ['ma-house-137', 'ma-senate-29'],
  types: [],
  ages: [],
};

describe('matching programs to filters', () => {
  it('matches on each of town, district, type and ages, and on all of them together', () => {
    expect(matchesFilter(springfieldSchool, { ...any, town: 'springfield' })).toBe(true);
    expect(matchesFilter(springfieldSchool, { ...any, town: 'boston' })).toBe(false);
    expect(matchesFilter(springfieldSchool, { ...any, district: 'ma-senate-03' })).toBe(true);
    expect(matchesFilter(springfieldSchool, { ...any, district: 'ma-house-053' })).toBe(false);
    expect(matchesFilter(springfieldSchool, { ...any, type: 'school-based' })).toBe(true);
    expect(matchesFilter(springfieldSchool, { ...any, ages: 'high' })).toBe(false);
    expect(
      matchesFilter(springfieldSchool, {
        town: 'springfield',
        district: 'ma-house-054',
        type: 'school-based',
        ages: 'middle',
      }),
    ).toBe(true);
    expect(
      matchesFilter(springfieldSchool, {
        town: 'springfield',
        district: 'ma-house-054',
        type: 'workplace',
        ages: 'middle',
      }),
    ).toBe(false);
  });

  it('matches a program in any of its towns, and lets a district replace a town', () => {
    expect(matchesFilter(springfieldSchool, { ...any, town: 'holyoke' })).toBe(true);
    expect(matchesFilter(springfieldSchool, { ...any, town: 'boston', district: 'ma-house-054' })).toBe(true);
    const path = filterPath({ ...any, town: 'boston', district: 'ma-house-054' });
    expect(path).toBe('/programs/filter/any/ma-house-054/any/any/');
  });

  it('never counts a program whose type or ages are not listed as matching a chosen type or age', () => {
    expect(matchesFilter(bostonUnknown, any)).toBe(true);
    expect(matchesFilter(bostonUnknown, { ...any, type: 'community' })).toBe(false);
    expect(matchesFilter(bostonUnknown, { ...any, ages: 'elementary' })).toBe(false);
  });

  it('puts an age range in every age group it overlaps', () => {
    expect(ageBandsOf({ min: 8, max: 14 })).toEqual(['elementary', 'middle', 'high']);
    expect(ageBandsOf({ min: 18, max: 18 })).toEqual(['high']);
    expect(ageBandsOf({ min: 25, max: 30 })).toEqual([]);
    expect(ageBandsOf(undefined)).toEqual([]);
  });
});

describe('pre-rendered filter pages', () => {
  it('gives each filter one address, and the whole directory its own page', () => {
    expect(filterPath(any)).toBe('/programs/');
    expect(filterPath({ ...any, town: 'springfield', type: 'school-based' })).toBe(
      '/programs/filter/springfield/any/school-based/any/',
    );
  });

  it('pre-renders exactly the filters that match at least one program', () => {
    const facts = [springfieldSchool, bostonUnknown];
    const reachable = new Set(reachableFilters(facts).map(filterPath));
    // every combination over the values in play, including ones no program has
    const values = {
      town: ['any', 'springfield', 'boston', 'worcester'],
      district: ['any', 'ma-house-054', 'ma-senate-03', 'ma-house-137', 'ma-senate-29', 'ma-house-001'],
      type: ['any', 'school-based', 'community'],
      ages: ['any', 'middle', 'high'],
    };
    let checked = 0;
    for (const town of values.town)
      for (const district of values.district)
        for (const type of values.type)
          for (const ages of values.ages) {
            const filter = { town, district, type, ages } as ProgramFilter;
            if (filterPath(filter) === '/programs/') continue;
            const matches = facts.some((f) => matchesFilter(f, filter));
            expect(reachable.has(filterPath(filter)), filterPath(filter)).toBe(matches);
            checked++;
          }
    expect(checked).toBe(4 * 6 * 3 * 3 - 1);
  });
});

describe('the filter as a query string', () => {
  it('reads missing and empty values as "any"', () => {
    expect(programFilterSchema.parse({ town: '', type: 'workplace' })).toEqual({
      town: 'any',
      district: 'any',
      type: 'workplace',
      ages: 'any',
    });
  });

  it('says which values are not on offer', () => {
    const result = programFilterSchema.safeParse({
      town: 'Spring Field',
      district: 'house-7',
      type: 'tutoring',
      ages: '12',
    });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toMatchInlineSnapshot(`
      {
        "ages": [
          "must be an age group from the list",
        ],
        "district": [
          "must be a district from the list",
        ],
        "town": [
          "must be a town from the list",
        ],
        "type": [
          "must be a type of mentoring from the list",
        ],
      }
    `);
  });
});
