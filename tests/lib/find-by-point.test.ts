import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { createDistrictLocator } from '../../src/lib/find-by-point.ts';
import type { District } from '../../src/lib/schemas/district.ts';
import type { Places } from '../../src/lib/schemas/places.ts';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const locator = createDistrictLocator(read<Topology>('content/geo/district-boundaries.json'));
const districts = read<District[]>('content/districts.json');
const places = read<Places>('content/places.json');
const nameOf = (id: string | null) => districts.find((d) => d.id === id)?.name ?? null;
const at = (lon: number, lat: number) => {
  const { house, senate } = locator.locate(lon, lat);
  return { house: nameOf(house), senate: nameOf(senate) };
};

describe('findDistrictsAt on the full-resolution boundaries', () => {
  it('puts the State House in the 8th Suffolk and Third Suffolk districts', () => {
    expect(at(-71.0638, 42.3588)).toEqual({ house: '8th Suffolk', senate: 'Third Suffolk' });
  });

  it("finds island districts: Nantucket and Martha's Vineyard (the Nantucket and Edgartown ZIP centres)", () => {
    expect(at(-70.096294, 41.290114)).toEqual({ house: 'Barnstable, Dukes and Nantucket', senate: 'Cape and Islands' });
    expect(at(-70.52208, 41.377655)).toEqual({ house: 'Barnstable, Dukes and Nantucket', senate: 'Cape and Islands' });
  });

  it('finds nothing outside Massachusetts', () => {
    expect(at(-71.4128, 41.824)).toEqual({ house: null, senate: null }); // Providence, Rhode Island
    expect(at(-72.6851, 43.0)).toEqual({ house: null, senate: null }); // Vermont
    expect(at(0, 0)).toEqual({ house: null, senate: null });
    expect(at(Number.NaN, 42)).toEqual({ house: null, senate: null });
  });

  it('agrees with the source data at the centre of every Massachusetts ZIP code on land', () => {
    // Six Boston post-office-box ZIPs share one placeholder point in the harbour (42.3389, -70.9196), inside no
    // district; the source snapped it to the nearest one. A real address is never there.
    const harbourPlaceholder = (z: { lat: number; lon: number }) => z.lat === 42.3389 && z.lon === -70.9196;
    expect(places.zips.filter(harbourPlaceholder).map((z) => z.zip)).toEqual([
      '02123',
      '02204',
      '02206',
      '02217',
      '02283',
      '02284',
    ]);
    expect(at(-70.9196, 42.3389)).toEqual({ house: null, senate: null });
    const disagreements = places.zips
      .filter((z) => z.atCentre.house && z.atCentre.senate && !harbourPlaceholder(z))
      .map((z) => ({ zip: z.zip, expected: z.atCentre, got: at(z.lon, z.lat) }))
      .filter(({ expected, got }) => expected.house !== got.house || expected.senate !== got.senate);
    expect(disagreements).toEqual([]);
  });
});

describe('town centres', () => {
  it('lies inside one of the districts the town is in, for all 351 cities and towns', () => {
    const wrong = places.towns
      .map((t) => ({ town: t.town, got: at(t.centre.lon, t.centre.lat), house: t.house, senate: t.senate }))
      .filter(({ got, house, senate }) => !house.includes(got.house!) || !senate.includes(got.senate!));
    expect(wrong).toEqual([]);
  });
});
