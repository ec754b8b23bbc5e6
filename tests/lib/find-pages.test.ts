// The split-place pages a person without JavaScript lands on, built from a small made-up map (not content) so each
// rule shows: which places get a page, which field carries the choice, and which precincts each candidate lists.
import { describe, expect, it } from 'vitest';
import { splitPlacePages } from '../../src/lib/find-pages.ts';
import type { District } from '../../src/lib/schemas/district.ts';
import type { Legislator } from '../../src/lib/schemas/legislator.ts';
import type { Places } from '../../src/lib/schemas/places.ts';

const centre = { lat: 42.4, lon: -71.4 };
const town = (name: string, house: string[], senate: string[]) => ({
  town: name,
  county: 'Middlesex',
  population2020: 1000,
  centre,
  house,
  senate,
});
const zip = (code: string, city: string, house: string[], senate: string[]) => ({
  zip: code,
  city,
  lat: 42.4,
  lon: -71.4,
  house,
  senate,
  atCentre: { house: house[0]!, senate: senate[0]! },
});
const places = {
  towns: [
    town('Acton', ['14th Middlesex', '37th Middlesex'], ['Middlesex and Worcester']),
    town('Boxborough', ['14th Middlesex'], ['Middlesex and Worcester']),
    town('Boston', ['8th Suffolk', '9th Suffolk'], ['Third Suffolk']),
  ],
  zips: [
    zip('01720', 'Acton', ['14th Middlesex', '37th Middlesex'], ['Middlesex and Worcester']),
    zip('01719', 'Boxborough', ['14th Middlesex'], ['Middlesex and Worcester']),
    // a postal name that is not one of the 351 towns: findable as a "town", with no precincts of its own
    zip('02130', 'Jamaica Plain', ['8th Suffolk', '9th Suffolk'], ['Third Suffolk']),
  ],
  bostonWards: [
    { ward: 3, house: ['8th Suffolk', '9th Suffolk'], senate: ['Third Suffolk'] },
    { ward: 4, house: ['9th Suffolk'], senate: ['Third Suffolk'] },
  ],
} as Places;

const district = (chamber: 'house' | 'senate', name: string, legislatorId: string | null, where: District['places']) =>
  ({ id: `ma-${chamber}-${name}`, chamber, name, longName: name, slug: name, legislatorId, places: where }) as District;
const districts = [
  district('house', '14th Middlesex', 'rep-14', [
    { town: 'Acton', whole: false, precincts: ['Precinct 1', 'Precinct 2'] },
    { town: 'Boxborough', whole: true, precincts: [] },
  ]),
  district('house', '37th Middlesex', null, [{ town: 'Acton', whole: false, precincts: ['Precinct 3'] }]),
  district('senate', 'Middlesex and Worcester', 'sen-mw', [{ town: 'Acton', whole: true, precincts: [] }]),
  district('house', '8th Suffolk', 'rep-8', [
    { town: 'Boston', whole: false, precincts: ['Ward 3, Precinct 1', 'Ward 5, Precinct 2'] },
  ]),
  district('house', '9th Suffolk', 'rep-9', [
    { town: 'Boston', whole: false, precincts: ['Ward 3, Precinct 2', 'Ward 4, Precinct 1'] },
  ]),
  district('senate', 'Third Suffolk', 'sen-3', [{ town: 'Boston', whole: false, precincts: ['Ward 3, Precinct 1'] }]),
];
const legislators = ['rep-14', 'sen-mw', 'rep-8', 'rep-9', 'sen-3'].map(
  (id) => ({ id, name: `Member ${id}` }) as Legislator,
);

const pages = (kind: 'town' | 'zip' | 'ward') => splitPlacePages(kind, places, districts, legislators);
const byKey = (kind: 'town' | 'zip' | 'ward', key: string) => pages(kind).find((p) => p.place.key === key)!;

describe('splitPlacePages', () => {
  it('makes a page only for places in more than one district of a chamber, postal names included', () => {
    expect(pages('town').map((p) => p.place.key)).toEqual(['acton', 'boston', 'jamaica-plain']);
    expect(pages('zip').map((p) => p.place.key)).toEqual(['01720', '02130']);
    expect(pages('ward').map((p) => p.place.key)).toEqual(['3']);
  });

  it('names the form field that carries the place when the person picks a district', () => {
    expect(byKey('town', 'acton').field).toEqual({ name: 'town', value: 'Acton' });
    expect(byKey('town', 'jamaica-plain').field).toEqual({ name: 'town', value: 'Jamaica Plain' });
    expect(byKey('zip', '01720').field).toEqual({ name: 'zip', value: '01720' });
    expect(byKey('ward', '3').field).toEqual({ name: 'ward', value: '3' });
  });

  it('lists each candidate of a split town with its precincts there, and none for a whole-town district', () => {
    const acton = byKey('town', 'acton');
    expect(acton.house.map((c) => [c.district.name, c.precincts])).toEqual([
      ['14th Middlesex', ['Precinct 1', 'Precinct 2']],
      ['37th Middlesex', ['Precinct 3']],
    ]);
    expect(acton.senate.map((c) => [c.district.name, c.precincts])).toEqual([['Middlesex and Worcester', []]]);
  });

  it('gives each candidate its sitting legislator, and null for a vacant seat', () => {
    const acton = byKey('town', 'acton');
    expect(acton.house.map((c) => c.legislator?.name ?? null)).toEqual(['Member rep-14', null]);
    expect(acton.senate[0]!.legislator?.id).toBe('sen-mw');
  });

  it('lists only the ward’s own precincts for a Boston ward, not the rest of Boston', () => {
    const ward3 = byKey('ward', '3');
    expect(ward3.house.map((c) => c.precincts)).toEqual([['Ward 3, Precinct 1'], ['Ward 3, Precinct 2']]);
    expect(byKey('town', 'boston').house[0]!.precincts).toEqual(['Ward 3, Precinct 1', 'Ward 5, Precinct 2']);
  });

  it('lists no precincts for a ZIP code or a postal name: precinct lists are per town', () => {
    for (const page of [byKey('zip', '01720'), byKey('town', 'jamaica-plain')]) {
      expect(page.house.every((c) => c.precincts.length === 0)).toBe(true);
      expect(page.house).toHaveLength(2);
    }
  });
});
