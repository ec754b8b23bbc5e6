import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { resolveLocation, type LocateDeps, type LocationResult } from '../../src/server/find-districts.ts';
import { loadLocationData } from '../../src/server/find-data.ts';
import type { GeocodeMatch, Geocoder } from '../../src/server/geocoder.ts';
import type { LocationInput } from '../../src/lib/schemas/location.ts';
import { pointsAcrossBoundary } from '../helpers/boundary.ts';

const data = loadLocationData();
const boundaries = JSON.parse(readFileSync('content/geo/district-boundaries.json', 'utf8')) as Topology;
const noGeocoder: Geocoder = async () => {
  throw new Error('the geocoder must not be called');
};
const resolve = (input: LocationInput, deps: Partial<LocateDeps> = {}) =>
  resolveLocation(input, { data, geocode: noGeocoder, ...deps });

/** The result with districts as names, the way a person reads it. */
function named(result: LocationResult) {
  if (result.status === 'found')
    return { status: result.status, method: result.method, house: result.house.name, senate: result.senate.name };
  if (result.status === 'ambiguous') {
    return {
      status: result.status,
      method: result.method,
      house: result.house.map((d) => d.name),
      senate: result.senate.map((d) => d.name),
    };
  }
  return { status: result.status };
}

const match = (m: Partial<GeocodeMatch> & Pick<GeocodeMatch, 'lon' | 'lat'>): GeocodeMatch => ({
  matchedAddress: 'MATCHED ADDRESS',
  state: 'MA',
  zip: null,
  census: { house: null, senate: null },
  ...m,
});
const geocoderFinding =
  (...matches: GeocodeMatch[]): Geocoder =>
  async () => ({ status: 'matched', matches });

describe('a point on either side of a district line', () => {
  it('is in the 14th Middlesex on one side of the line through Acton and in the 37th on the other', async () => {
    const [one, two] = pointsAcrossBoundary(boundaries, 'house', 'ma-house-072', 'ma-house-095');
    const sides = [
      named(await resolve({ lon: one[0], lat: one[1] })),
      named(await resolve({ lon: two[0], lat: two[1] })),
    ];
    expect(sides.map((s) => 'house' in s && s.house).sort()).toEqual(['14th Middlesex', '37th Middlesex']);
    expect(sides.every((s) => s.status === 'found' && s.method === 'point')).toBe(true);
  });

  it('changes Senate district across a Senate line (Third Suffolk and First Suffolk, in Boston)', async () => {
    const [one, two] = pointsAcrossBoundary(boundaries, 'senate', 'ma-senate-25', 'ma-senate-30');
    const senates = [await resolve({ lon: one[0], lat: one[1] }), await resolve({ lon: two[0], lat: two[1] })].map(
      (r) => r.status === 'found' && r.senate.id,
    );
    expect(senates.sort()).toEqual(['ma-senate-25', 'ma-senate-30']);
  });
});

describe('points', () => {
  it('places the State House in the 8th Suffolk and Third Suffolk districts, and says why', async () => {
    const result = await resolve({ lat: 42.3588, lon: -71.0638 });
    expect(named(result)).toEqual({ status: 'found', method: 'point', house: '8th Suffolk', senate: 'Third Suffolk' });
    expect(result.status === 'found' && result.reason).toBe(
      'That point is in the 8th Suffolk House district and the Third Suffolk Senate district.',
    );
  });

  it("finds the islands: Nantucket, Martha's Vineyard and Cuttyhunk", async () => {
    for (const [lon, lat] of [
      [-70.096294, 41.290114], // Nantucket
      [-70.52208, 41.377655], // Edgartown, Martha's Vineyard
    ]) {
      expect(named(await resolve({ lon, lat }))).toEqual({
        status: 'found',
        method: 'point',
        house: 'Barnstable, Dukes and Nantucket',
        senate: 'Cape and Islands',
      });
    }
    const gosnold = data.places.town('Gosnold')!;
    expect(named(await resolve({ lon: gosnold.centre.lon, lat: gosnold.centre.lat }))).toMatchObject({
      status: 'found',
      house: gosnold.house[0],
    });
  });

  it('says a point in Rhode Island or out at sea is outside Massachusetts', async () => {
    expect((await resolve({ lat: 41.824, lon: -71.4128 })).status).toBe('outside_massachusetts');
    expect((await resolve({ lat: 42.0, lon: -69.0 })).status).toBe('outside_massachusetts');
  });

  it('flags a vacant seat so the other chamber can be offered', async () => {
    const deerfield = data.places.town('Deerfield')!; // wholly in the 1st Franklin district, vacant in the data
    const result = await resolve({ lat: deerfield.centre.lat, lon: deerfield.centre.lon });
    expect(result.status === 'found' && { house: result.house.name, vacant: result.vacant }).toEqual({
      house: '1st Franklin',
      vacant: { house: true, senate: false },
    });
  });
});

describe('towns, ZIP codes and Boston wards', () => {
  it('settles a town that lies in one district per chamber', async () => {
    const result = await resolve({ town: 'nantucket' });
    expect(named(result)).toEqual({
      status: 'found',
      method: 'town',
      house: 'Barnstable, Dukes and Nantucket',
      senate: 'Cape and Islands',
    });
    expect(result.status === 'found' && result.reason).toBe(
      'All of Nantucket is in the Barnstable, Dukes and Nantucket House district and the Cape and Islands Senate ' +
        'district.',
    );
  });

  it('gives the candidates of a split town, says why and what would settle it, and never picks one', async () => {
    const result = await resolve({ town: 'Acton' });
    expect(named(result)).toEqual({
      status: 'ambiguous',
      method: 'town',
      house: ['14th Middlesex', '37th Middlesex'],
      senate: ['Middlesex and Worcester'],
    });
    expect(result.status === 'ambiguous' && [result.reason, result.settle, result.place?.key]).toEqual([
      'Acton is split between two House districts.',
      'Pick your House district from the list or on the map, or enter your street address.',
      'acton',
    ]);
  });

  it('gives the candidates of a split ZIP code', async () => {
    expect(named(await resolve({ zip: '02601' }))).toEqual({
      status: 'ambiguous',
      method: 'zip',
      house: ['2nd Barnstable', '5th Barnstable'],
      senate: ['Cape and Islands'],
    });
  });

  it('knows postal names that are not towns, such as Hyannis, through their ZIP codes', async () => {
    expect(named(await resolve({ town: 'Hyannis' }))).toEqual({
      status: 'ambiguous',
      method: 'town',
      house: ['2nd Barnstable', '5th Barnstable'],
      senate: ['Cape and Islands'],
    });
  });

  it('finds Boston by ward: one ward in one district, another split', async () => {
    expect(named(await resolve({ ward: 2, town: 'Boston' }))).toEqual({
      status: 'found',
      method: 'ward',
      house: '2nd Suffolk',
      senate: 'Middlesex and Suffolk',
    });
    expect(named(await resolve({ ward: 3 }))).toEqual({
      status: 'ambiguous',
      method: 'ward',
      house: ['3rd Suffolk', '8th Suffolk', '9th Suffolk'],
      senate: ['Third Suffolk', 'First Suffolk'],
    });
  });

  it('narrows with everything given: a town and a ZIP code together', async () => {
    const result = await resolve({ town: 'Barnstable', zip: '02601' });
    expect(named(result)).toEqual({
      status: 'ambiguous',
      method: 'zip',
      house: ['2nd Barnstable', '5th Barnstable'],
      senate: ['Cape and Islands'],
    });
    expect(result.status === 'ambiguous' && result.reason).toBe(
      'The part of Barnstable in ZIP code 02601 is split between two House districts.',
    );
  });

  it('offers the districts of both when a town and a ZIP code share none, rather than trusting one', async () => {
    const result = await resolve({ town: 'Acton', zip: '02601' });
    expect(named(result)).toEqual({
      status: 'ambiguous',
      method: 'zip',
      house: ['2nd Barnstable', '5th Barnstable', '14th Middlesex', '37th Middlesex'],
      senate: ['Middlesex and Worcester', 'Cape and Islands'],
    });
    expect(result.status === 'ambiguous' && result.reason).toBe(
      'ZIP code 02601 and Acton share no district on our maps, so here are the districts of each.',
    );
  });

  it('asks to fix a ZIP code of another state given with a Massachusetts town', async () => {
    expect(await resolve({ town: 'Acton', zip: '10001' })).toMatchObject({
      status: 'invalid',
      fields: { zip: ['ZIP code 10001 is not in Massachusetts: check it, or leave it empty'] },
    });
  });

  it('asks for a fix when the town is unknown or a ward is given outside Boston', async () => {
    expect(await resolve({ town: 'Springfeld' })).toMatchObject({
      status: 'invalid',
      fields: { town: [expect.stringContaining('Springfeld')] },
    });
    expect(await resolve({ town: 'Acton', ward: 3 })).toMatchObject({
      status: 'invalid',
      fields: { ward: [expect.stringContaining('only used for Boston')] },
    });
  });

  it('says a ZIP code of another state is outside Massachusetts', async () => {
    expect((await resolve({ zip: '10001' })).status).toBe('outside_massachusetts');
  });
});

describe('confirmed districts', () => {
  it('accepts a House district picked among a split town’s candidates, and settles the Senate from it', async () => {
    const result = await resolve({ town: 'Acton', house: 'ma-house-095' });
    expect(named(result)).toEqual({
      status: 'found',
      method: 'confirmed',
      house: '37th Middlesex',
      senate: 'Middlesex and Worcester',
    });
    expect(result.status === 'found' && result.reason).toBe(
      'You chose the 37th Middlesex House district and the Middlesex and Worcester Senate district.',
    );
  });

  it('narrows Boston’s Senate candidates to those that meet the House district picked', async () => {
    expect(named(await resolve({ ward: 3, house: 'ma-house-130' }))).toEqual({
      status: 'found',
      method: 'confirmed',
      house: '8th Suffolk',
      senate: 'Third Suffolk',
    });
  });

  it('refuses a House district that is not one of the town’s', async () => {
    expect(await resolve({ town: 'Acton', house: 'ma-house-001' })).toEqual({
      status: 'invalid',
      reason: 'The districts you chose do not match where you live.',
      fields: { house: ['the 1st Barnstable House district does not include Acton: choose again'] },
    });
  });

  it('refuses districts that do not include the point given', async () => {
    expect(await resolve({ lat: 42.3588, lon: -71.0638, house: 'ma-house-124' })).toMatchObject({
      status: 'invalid',
      fields: { house: [expect.any(String)] },
    });
  });

  it('refuses a House and Senate pair that share no ground, or an id in the wrong chamber', async () => {
    expect(await resolve({ house: 'ma-house-001', senate: 'ma-senate-30' })).toMatchObject({
      status: 'invalid',
      fields: { senate: [expect.stringContaining('share no ground')] },
    });
    expect(await resolve({ house: 'ma-senate-30' })).toMatchObject({
      status: 'invalid',
      fields: { house: ['there is no House district ma-senate-30'] },
    });
  });

  it('does not call the geocoder when the districts are confirmed with a street address', async () => {
    const result = await resolve({
      street: '10 Main St',
      town: 'Acton',
      house: 'ma-house-072',
      senate: 'ma-senate-12',
    });
    expect(named(result)).toMatchObject({ status: 'found', house: '14th Middlesex' });
  });
});

describe('street addresses', () => {
  it('geocodes the address with its town and ZIP, then decides on our own boundaries', async () => {
    const asked: string[] = [];
    const geocode: Geocoder = async (address) => {
      asked.push(address);
      return {
        status: 'matched',
        matches: [match({ lon: -71.0638, lat: 42.3588, matchedAddress: '24 BEACON ST, BOSTON, MA, 02133' })],
      };
    };
    const result = await resolve({ street: '24 Beacon St', town: 'Boston', zip: '02133' }, { geocode });
    expect(asked).toEqual(['24 Beacon St, Boston, MA 02133']);
    expect(named(result)).toEqual({
      status: 'found',
      method: 'address',
      house: '8th Suffolk',
      senate: 'Third Suffolk',
    });
    expect(result.status === 'found' && [result.reason, result.point]).toEqual([
      '24 BEACON ST, BOSTON, MA, 02133 is in the 8th Suffolk House district and the Third Suffolk Senate district.',
      { lat: 42.3588, lon: -71.0638 },
    ]);
  });

  it('logs, without the address, when the Census Bureau names other districts', async () => {
    const logged: unknown[] = [];
    const geocode = geocoderFinding(
      match({
        lon: -71.0638,
        lat: 42.3588,
        census: { house: '9th Suffolk District', senate: 'Third Suffolk District' },
      }),
    );
    await resolve({ street: '24 Beacon St', town: 'Boston' }, { geocode, log: (_m, detail) => logged.push(detail) });
    expect(logged).toEqual([
      {
        ours: { house: '8th Suffolk', senate: 'Third Suffolk' },
        census: { house: '9th Suffolk District', senate: 'Third Suffolk District' },
      },
    ]);
    logged.length = 0;
    const agreeing = geocoderFinding(
      match({
        lon: -71.0638,
        lat: 42.3588,
        census: { house: '8th Suffolk District', senate: 'Third Suffolk District' },
      }),
    );
    await resolve(
      { street: '24 Beacon St', town: 'Boston' },
      { geocode: agreeing, log: (_m, detail) => logged.push(detail) },
    );
    expect(logged).toEqual([]);
  });

  it('offers the candidates when an address matches places in different districts', async () => {
    const [one, two] = pointsAcrossBoundary(boundaries, 'house', 'ma-house-072', 'ma-house-095');
    const geocode = geocoderFinding(match({ lon: one[0], lat: one[1] }), match({ lon: two[0], lat: two[1] }));
    expect(named(await resolve({ street: '1 Main St', town: 'Acton' }, { geocode }))).toEqual({
      status: 'ambiguous',
      method: 'address',
      house: ['14th Middlesex', '37th Middlesex'],
      senate: ['Middlesex and Worcester'],
    });
  });

  it('goes by the town, and says so, when the matched point falls just off the shoreline', async () => {
    const geocode = geocoderFinding(
      match({ lon: -69.9, lat: 41.25, matchedAddress: '1 PIER RD, NANTUCKET, MA, 02554' }),
    );
    const result = await resolve({ street: '1 Pier Rd', town: 'Nantucket' }, { geocode });
    expect(named(result)).toEqual({
      status: 'found',
      method: 'town',
      house: 'Barnstable, Dukes and Nantucket',
      senate: 'Cape and Islands',
    });
    expect(result.status === 'found' && result.reason).toMatch(
      /^We found 1 PIER RD, NANTUCKET, MA, 02554, but it falls just outside/,
    );
  });

  it('says an address in another state is outside Massachusetts', async () => {
    const geocode = geocoderFinding(
      match({ lon: -71.4128, lat: 41.824, state: 'RI', matchedAddress: '1 MAIN ST, PROVIDENCE, RI, 02903' }),
    );
    expect((await resolve({ street: '1 Main St', zip: '02903' }, { geocode })).status).toBe('outside_massachusetts');
  });

  it('says when the address is not found, and offers the other ways', async () => {
    const result = await resolve(
      { street: '99999 Nowhere Rd', town: 'Acton' },
      { geocode: async () => ({ status: 'no_match' }) },
    );
    expect(result).toEqual({ status: 'not_found', reason: expect.stringContaining('city or town') });
  });

  it('says when the geocoder is down and nothing else we know was given, and offers the other ways', async () => {
    const result = await resolve(
      { street: '1 Main St', zip: '01999' },
      { geocode: async () => ({ status: 'unavailable', cause: 'timeout' }) },
    );
    expect(result).toEqual({
      status: 'geocoder_unavailable',
      reason:
        'We could not check street addresses just now. Choose your city or town or enter your ZIP code instead, or ' +
        'use your location or the map.',
    });
  });
});

describe('when the geocoder is down or finds nothing, the town still answers', () => {
  const down: Geocoder = async () => ({ status: 'unavailable', cause: 'timeout' });

  it('answers from a one-district town (Hawley) when the geocoder is down, and says so', async () => {
    const result = await resolve({ street: '1 Main St', town: 'Hawley' }, { geocode: down });
    expect(named(result)).toEqual({
      status: 'found',
      method: 'town',
      house: '1st Franklin',
      senate: 'Berkshire, Hampden, Franklin and Hampshire',
    });
    expect(result.status === 'found' && result.reason).toBe(
      'We could not check street addresses just now, so we went by the town or ZIP code you gave. All of Hawley is ' +
        'in the 1st Franklin House district and the Berkshire, Hampden, Franklin and Hampshire Senate district.',
    );
    expect(result.status === 'found' && result.home).toEqual({ street: '1 Main St', town: 'Hawley', zip: null });
  });

  it('gives a split town’s candidates and its page when the geocoder is down', async () => {
    const result = await resolve({ street: '1 Main St', town: 'Acton' }, { geocode: down });
    expect(named(result)).toEqual({
      status: 'ambiguous',
      method: 'town',
      house: ['14th Middlesex', '37th Middlesex'],
      senate: ['Middlesex and Worcester'],
    });
    expect(result.status === 'ambiguous' && [result.reason, result.place?.key]).toEqual([
      'We could not check street addresses just now, so we went by the town or ZIP code you gave. Acton is split ' +
        'between two House districts.',
      'acton',
    ]);
  });

  it('answers from a one-district town when the address is not found', async () => {
    const result = await resolve(
      { street: '99 Nowhere Rd', town: 'Hawley' },
      { geocode: async () => ({ status: 'no_match' }) },
    );
    expect(named(result)).toMatchObject({ status: 'found', method: 'town', house: '1st Franklin' });
    expect(result.status === 'found' && result.reason).toMatch(
      /^We could not find that street address, so we went by the town/,
    );
  });

  it('never takes a match in another town than the one typed', async () => {
    const geocode = geocoderFinding(
      match({ lon: -71.0638, lat: 42.3588, matchedAddress: '1 MAIN ST, BOSTON, MA, 02108' }),
    );
    expect(await resolve({ street: '1 Main St', town: 'Hawley' }, { geocode })).toEqual({
      status: 'invalid',
      reason: 'The street address and the town do not match.',
      fields: {
        street: ['we found 1 MAIN ST, BOSTON, MA, 02108, which is not in Hawley: check the street and the town'],
      },
      mismatch: true,
    });
  });
});

describe('one address field', () => {
  const asking = () => {
    const asked: string[] = [];
    const geocode: Geocoder = async (address) => {
      asked.push(address);
      return {
        status: 'matched',
        matches: [match({ lon: -71.0638, lat: 42.3588, matchedAddress: '24 BEACON ST, BOSTON, MA, 02133' })],
      };
    };
    return { asked, geocode };
  };

  it('splits a street, a town and a ZIP code, with or without commas and "MA"', async () => {
    for (const address of [
      '24 Beacon St, Boston, MA 02133',
      '24 Beacon St, Boston 02133',
      '24 Beacon St Boston MA 02133',
    ]) {
      const { asked, geocode } = asking();
      const result = await resolve({ address }, { geocode });
      expect(asked).toEqual(['24 Beacon St, Boston, MA 02133']);
      expect(named(result)).toEqual({
        status: 'found',
        method: 'address',
        house: '8th Suffolk',
        senate: 'Third Suffolk',
      });
      expect(result.status === 'found' && result.home).toEqual({
        street: '24 Beacon St',
        town: 'Boston',
        zip: '02133',
      });
    }
  });

  it('takes a town alone (any case), or a postal name, without the geocoder', async () => {
    expect(named(await resolve({ address: 'nantucket' }))).toMatchObject({ status: 'found', method: 'town' });
    expect(named(await resolve({ address: 'Hyannis, MA' }))).toMatchObject({ status: 'ambiguous', method: 'town' });
    expect(named(await resolve({ address: '02601' }))).toMatchObject({ status: 'ambiguous', method: 'zip' });
  });

  it('asks for the town of a street given alone, and names an unknown town beside the field', async () => {
    expect(await resolve({ address: '24 Beacon St' })).toEqual({
      status: 'invalid',
      reason: 'We need the city or town of your street address.',
      fields: { address: ['add your city or town after a comma, for example: 24 Beacon St, Boston'] },
    });
    expect(
      await resolve({ address: '24 Beacon St, Bostn' }, { geocode: async () => ({ status: 'no_match' }) }),
    ).toMatchObject({
      status: 'invalid',
      fields: { address: [expect.stringContaining('Bostn')] },
    });
  });
});

describe('a point and a typed place that disagree', () => {
  const stateHouse = { lat: 42.3588, lon: -71.0638 };

  it('says so when the town and ZIP typed with a Boston point are Springfield’s, and asks which is right', async () => {
    const result = await resolve(
      { ...stateHouse, street: '1 Fake Street', town: 'Springfield', zip: '01103' },
      { geocode: async () => ({ status: 'no_match' }) },
    );
    expect(result).toEqual({
      status: 'invalid',
      reason: 'The place you typed is not where the point you chose is. Which is right?',
      fields: {
        town: [
          'the point you chose (your location or on the map) is not in Springfield: correct it, or look up your ' +
            'districts again',
        ],
        zip: [
          'the point you chose (your location or on the map) is not in ZIP code 01103: correct it, or look up your ' +
            'districts again',
        ],
      },
      mismatch: true,
    });
  });

  it('says so when the street typed with a point is somewhere else', async () => {
    const springfield = data.places.town('Springfield')!.centre;
    const geocode = geocoderFinding(
      match({ lon: springfield.lon, lat: springfield.lat, matchedAddress: '1 MAIN ST, SPRINGFIELD, MA, 01103' }),
    );
    expect(await resolve({ ...stateHouse, street: '1 Main St', zip: '02133' }, { geocode })).toMatchObject({
      status: 'invalid',
      fields: {
        street: [
          '1 MAIN ST, SPRINGFIELD, MA, 01103 is not where the point you chose is: correct it, or look up your ' +
            'districts again',
        ],
      },
    });
  });

  it('accepts a town that holds the point, and signs with it', async () => {
    const result = await resolve({ ...stateHouse, town: 'boston' });
    expect(result.status === 'found' && result.home).toEqual({ street: null, town: 'Boston', zip: null });
  });

  it('knows the town of a point when its two districts share only that town, and says nothing otherwise', async () => {
    const result = await resolve(stateHouse);
    expect(result.status === 'found' && result.home.town).toBe('Boston');
    const nantucket = await resolve({ lon: -70.096294, lat: 41.290114 }); // two districts that share eight towns
    expect(nantucket.status === 'found' && nantucket.home.town).toBe(null);
  });
});
