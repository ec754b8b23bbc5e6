import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitPlacePages } from '../../src/lib/find-pages.ts';
import { createPlaceIndex, isMassachusettsZip, normalizePlaceName } from '../../src/lib/find-by-place.ts';
import type { Places } from '../../src/lib/schemas/places.ts';
import { slugify } from '../../src/lib/slug.ts';

const places = JSON.parse(readFileSync('content/places.json', 'utf8')) as Places;
const index = createPlaceIndex(places, slugify);

describe('place names as people type them', () => {
  it('ignores case, punctuation, "MA" and "Town of"', () => {
    for (const typed of ['manchester by the sea', 'Manchester-by-the-Sea, MA', 'Town of Manchester-by-the-Sea']) {
      expect(index.town(typed)?.town).toBe('Manchester-by-the-Sea');
    }
    expect(normalizePlaceName('  North   Attleborough, Massachusetts ')).toBe('north attleborough');
  });

  it('knows postal names through their ZIP codes, and says which', () => {
    expect(index.findTown('Jamaica Plain')).toMatchObject({
      kind: 'town',
      key: 'jamaica-plain',
      label: 'Jamaica Plain (ZIP code 02130)',
    });
    expect(index.findTown('Atlantis')).toBeUndefined();
  });

  it('gives every findable name its own page address', () => {
    const keys = index.townNames.map((n) => index.findTown(n)!.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('isMassachusettsZip', () => {
  it('accepts 010-027 and Andover’s 055, and nothing from Rhode Island or New York', () => {
    expect(['01003', '02133', '02790', '05501'].map(isMassachusettsZip)).toEqual([true, true, true, true]);
    expect(['02903', '10001', '00501', '03101'].map(isMassachusettsZip)).toEqual([false, false, false, false]);
  });
});

describe('split place pages', () => {
  const districts = JSON.parse(readFileSync('content/districts.json', 'utf8'));
  const legislators = JSON.parse(readFileSync('content/legislators.json', 'utf8'));

  it('lists each candidate of a split town with the town’s precincts in it', () => {
    const acton = splitPlacePages('town', places, districts, legislators).find((p) => p.place.key === 'acton')!;
    expect(acton.house.map((c) => [c.district.name, c.precincts])).toEqual([
      ['14th Middlesex', ['Precinct 1', 'Precinct 2', 'Precinct 6', 'Precinct 7']],
      ['37th Middlesex', ['Precinct 3', 'Precinct 4', 'Precinct 5', 'Precinct 6A']],
    ]);
  });

  it('lists a Boston ward’s own precincts in each candidate, not the rest of Boston', () => {
    const ward3 = splitPlacePages('ward', places, districts, legislators).find((p) => p.place.key === '3')!;
    const all = ward3.house.flatMap((c) => c.precincts);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((p) => p.startsWith('Ward 3,'))).toBe(true);
  });

  it('makes a page for every split town, ZIP code and ward, and none for a place in one district', () => {
    const towns = splitPlacePages('town', places, districts, legislators);
    expect(towns.some((p) => p.place.key === 'nantucket')).toBe(false);
    expect(splitPlacePages('zip', places, districts, legislators)).toHaveLength(
      places.zips.filter((z) => z.house.length > 1 || z.senate.length > 1).length,
    );
    expect(splitPlacePages('ward', places, districts, legislators)).toHaveLength(21);
  });
});
