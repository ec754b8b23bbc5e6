import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle, type DistrictsDeps } from '../../functions/find-districts.mts';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { censusGeocoder, nominatimGeocoder, withFallback } from '../../src/server/geocoder.ts';
import { pointsAcrossBoundary } from '../helpers/boundary.ts';
import { startFakeNominatim } from '../helpers/fake-nominatim.ts';
import { loadLocationData } from '../../src/server/find-data.ts';
import { startFakeCensus, type FakeCensus } from '../helpers/fake-census.ts';

const boundaries = JSON.parse(readFileSync('content/geo/district-boundaries.json', 'utf8')) as Topology;
let census: FakeCensus;
let deps: DistrictsDeps;
beforeAll(async () => {
  census = await startFakeCensus();
  census.know('24 Beacon St, Boston, MA 02133', {
    lon: -71.0638,
    lat: 42.3588,
    matchedAddress: '24 BEACON ST, BOSTON, MA, 02133',
    state: 'MA',
    zip: '02133',
  });
  deps = { data: loadLocationData, geocode: censusGeocoder({ baseUrl: census.url, timeoutMs: 1000 }), log: () => {} };
});
afterAll(() => census.close());

const get = (query: string) => handle(new Request(`http://localhost/api/districts?${query}`), deps);
const postForm = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  handle(
    new Request('http://localhost/api/districts', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers },
      body: new URLSearchParams(fields),
    }),
    deps,
  );

describe('GET /api/districts', () => {
  it('finds the districts an alert email’s link carries (?house=&senate=), as the letter form asks', async () => {
    const data = loadLocationData();
    const house = data.districtIdByName.get('house:8th Suffolk')!;
    const senate = data.districtIdByName.get('senate:Third Suffolk')!;
    const res = await get(`house=${house}&senate=${senate}`);
    expect(res.status).toBe(200);
    expect((await res.json()).data).toMatchObject({ status: 'found', house: { id: house }, senate: { id: senate } });
  });

  it('finds the districts and legislators of a street address, with the reason', async () => {
    const res = await get('street=24+Beacon+St&town=Boston&zip=02133');
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data).toMatchObject({
      status: 'found',
      method: 'address',
      reason:
        '24 BEACON ST, BOSTON, MA, 02133 is in the 8th Suffolk House district and the Third Suffolk Senate district.',
      point: { lat: 42.3588, lon: -71.0638 },
      resultUrl: '/find/8th-suffolk/third-suffolk/',
      house: {
        id: 'ma-house-130',
        name: '8th Suffolk',
        url: '/districts/house/8th-suffolk/',
        vacant: false,
        legislator: { title: 'Representative', url: expect.stringMatching(/^\/legislators\//) },
      },
      senate: { id: 'ma-senate-25', name: 'Third Suffolk', vacant: false, legislator: { title: 'Senator' } },
    });
    expect(data.message).toMatch(
      new RegExp(
        '^You live in the 8th Suffolk House district, represented by Representative .+, and in the Third Suffolk ' +
          'Senate district, represented by Senator .+\\.$',
      ),
    );
    expect(JSON.stringify(data)).not.toMatch(/@/); // no email addresses: the client never needs them
  });

  it('lists the candidates of a split town with the place page', async () => {
    const { data } = await (await get('town=Acton')).json();
    expect(data).toMatchObject({
      status: 'ambiguous',
      reason: 'Acton is split between two House districts.',
      place: { kind: 'town', key: 'acton', label: 'Acton', url: '/find/towns/acton/' },
    });
    expect(data.house.map((d: { name: string }) => d.name)).toEqual(['14th Middlesex', '37th Middlesex']);
    expect(data.house[0].overlaps).toContain('ma-senate-12');
  });

  it('says a vacant seat is vacant and offers the other chamber', async () => {
    const { data } = await (await get('town=Deerfield')).json();
    expect(data.house).toMatchObject({ name: '1st Franklin', vacant: true, legislator: null });
    expect(data.vacancy).toMatch(
      new RegExp(
        '^The 1st Franklin House seat is vacant until a special election fills it\\. You can still write to ' +
          'Senator .+, your state senator\\.$',
      ),
    );
  });

  it('answers bad input with 422 and the fields to fix', async () => {
    const res = await get(`zip=123&lat=91&street=${'x'.repeat(130)}`);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "validation_error",
          "fields": {
            "lat": [
              "must be a number from -90 to 90",
            ],
            "lon": [
              "give both latitude and longitude",
            ],
            "street": [
              "must be at most 120 characters",
            ],
            "zip": [
              "must be a 5-digit ZIP code",
            ],
          },
          "message": "Tell us where you live.",
        },
      }
    `);
  });

  it('asks for something to look up when nothing is given', async () => {
    expect(await (await get('')).json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "validation_error",
          "fields": {
            "street": [
              "enter your street address, or your city, town or ZIP code",
            ],
          },
          "message": "Tell us where you live.",
        },
      }
    `);
  });

  it('answers an unknown town with 422 naming the town field', async () => {
    const res = await get('town=Springfeld');
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: 'validation_error',
        fields: {
          town: [
            'we do not know a Massachusetts city or town called “Springfeld”: check the spelling, or use your ZIP ' +
              'code',
          ],
        },
        message: 'We could not find the place you gave.',
      },
    });
  });

  it('says a place outside Massachusetts is out of the area', async () => {
    const res = await get('lat=41.824&lon=-71.4128');
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: 'out_of_area',
        message:
          'That spot is not in any Massachusetts district: it is outside the state or in the water. Try again, or ' +
          'enter your address.',
      },
    });
  });

  it('says when the address is not found', async () => {
    const res = await get('street=99999+Nowhere+Rd&town=Acton');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: {
        code: 'not_found',
        message:
          'We could not find that street address. Check it, or choose your city or town or enter your ZIP code ' +
          'instead, or use your location or the map.',
      },
    });
  });

  it(
    'answers 502 upstream_unavailable when the geocoder times out and nothing else settles it, so the page can ' +
      'offer the town or ZIP',
    async () => {
      census.holdNext(2000);
      const res = await get('street=24+Beacon+St&zip=01999');
      expect(res.status).toBe(502);
      expect(await res.json()).toEqual({
        error: {
          code: 'upstream_unavailable',
          message:
            'We could not check street addresses just now. Choose your city or town or enter your ZIP code ' +
            'instead, or use your location or the map.',
        },
      });
    },
  );
});

describe('POST /api/districts', () => {
  it('takes JSON and answers JSON', async () => {
    const res = await handle(
      new Request('http://localhost/api/districts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ lat: 42.3588, lon: -71.0638 }),
      }),
      deps,
    );
    expect((await res.json()).data).toMatchObject({ status: 'found', method: 'point', house: { name: '8th Suffolk' } });
  });

  it('sends a form without JavaScript to the result page of the districts found', async () => {
    const res = await postForm({ street: '', town: 'Nantucket', zip: '', ward: '' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('http://localhost/find/barnstable-dukes-and-nantucket/cape-and-islands/');
  });

  it('sends a split town to its page of candidates, and a picked district to its result', async () => {
    expect((await postForm({ town: 'Acton' })).headers.get('location')).toBe('http://localhost/find/towns/acton/');
    expect((await postForm({ zip: '02601' })).headers.get('location')).toBe('http://localhost/find/zips/02601/');
    expect((await postForm({ ward: '3' })).headers.get('location')).toBe('http://localhost/find/boston-wards/3/');
    expect((await postForm({ town: 'Acton', house: 'ma-house-095' })).headers.get('location')).toBe(
      'http://localhost/find/37th-middlesex/middlesex-and-worcester/',
    );
  });

  it('sends problems to a page that explains them and offers the other ways', async () => {
    expect((await postForm({})).headers.get('location')).toBe('http://localhost/find/problem/check-input/');
    expect((await postForm({ town: 'Springfeld' })).headers.get('location')).toBe(
      'http://localhost/find/problem/unknown-place/',
    );
    expect((await postForm({ street: '99999 Nowhere Rd', town: 'Acton' })).headers.get('location')).toBe(
      'http://localhost/find/problem/not-found/',
    );
    census.failNext(500);
    expect((await postForm({ street: '24 Beacon St', zip: '01999' })).headers.get('location')).toBe(
      'http://localhost/find/problem/address-service-down/',
    );
  });

  it('answers from the town when the geocoder is down: Hawley’s result page, Acton’s candidates', async () => {
    census.failNext(500);
    expect((await postForm({ street: '1 Main St', town: 'Hawley' })).headers.get('location')).toBe(
      'http://localhost/find/1st-franklin/berkshire-hampden-franklin-and-hampshire/',
    );
    census.failNext(500);
    expect((await postForm({ street: '1 Main St', town: 'Acton' })).headers.get('location')).toBe(
      'http://localhost/find/towns/acton/',
    );
  });

  it('keeps the two candidates of an address with two matches, not every district of its town', async () => {
    const [one, two] = pointsAcrossBoundary(boundaries, 'senate', 'ma-senate-25', 'ma-senate-30');
    census.know(
      '100 Main St, Boston, MA',
      { lon: one[0], lat: one[1], matchedAddress: '100 MAIN ST, BOSTON, MA, 02129', state: 'MA', zip: '02129' },
      { lon: two[0], lat: two[1], matchedAddress: '100 MAIN ST, BOSTON, MA, 02136', state: 'MA', zip: '02136' },
    );
    const res = await postForm({ street: '100 Main St', town: 'Boston' });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(
      'That address matched two places: 100 MAIN ST, BOSTON, MA, 02129; 100 MAIN ST, BOSTON, MA, 02136.',
    );
    expect(page).toContain('action="/api/districts"');
    expect(page).toContain('<input type="hidden" name="town" value="Boston">');
    const radios = [...page.matchAll(/type="radio" id="[^"]+" name="(house|senate)" value="([^"]+)"/g)].map(
      (m) => m[2],
    );
    expect(radios.length).toBeLessThanOrEqual(4);
    expect(radios).toEqual(expect.arrayContaining(['ma-senate-25', 'ma-senate-30']));
  });
});

describe('the finder never leaves a person stuck', () => {
  it('answers from a one-district town when the geocoder is down (Hawley)', async () => {
    census.failNext(503);
    const res = await get('street=1+Main+St&town=Hawley');
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data).toMatchObject({ status: 'found', method: 'town', town: 'Hawley', house: { name: '1st Franklin' } });
    expect(data.reason).toMatch(
      /^We could not check street addresses just now, so we went by the town or ZIP code you gave\. All of Hawley/,
    );
  });

  it('gives a split town’s candidates when the geocoder is down, with the town to zoom to and names', async () => {
    census.failNext(503);
    const { data } = await (await get('street=1+Main+St&town=Acton')).json();
    expect(data).toMatchObject({ status: 'ambiguous', fellBack: true, place: { key: 'acton' } });
    expect(data.labels.focus).toEqual({ name: 'Acton', lat: expect.any(Number), lon: expect.any(Number) });
    expect(data.labels.towns.map((t: { name: string }) => t.name)).toContain('Acton');
  });

  it('asks the second geocoder when the Census one is down', async () => {
    const nominatim = await startFakeNominatim();
    nominatim.know('1 Main St, Hawley, MA', {
      lon: -72.9065,
      lat: 42.5849,
      displayName: '1, Main Street, Hawley, Massachusetts',
      houseNumber: '1',
      city: 'Hawley',
    });
    census.failNext(503);
    const geocode = withFallback(
      censusGeocoder({ baseUrl: census.url, timeoutMs: 300 }),
      nominatimGeocoder({ baseUrl: nominatim.url }),
    );
    const res = await handle(new Request('http://localhost/api/districts?street=1+Main+St&town=Hawley'), {
      ...deps,
      geocode,
    });
    const { data } = await res.json();
    expect(data).toMatchObject({
      status: 'found',
      method: 'address',
      matchedAddress: '1, Main Street, Hawley, Massachusetts',
      town: 'Hawley',
    });
    expect(nominatim.requests).toHaveLength(1);
    await nominatim.close();
  });

  it('answers 422 with the fields when the typed town contradicts the point', async () => {
    const res = await get('lat=42.3588&lon=-71.0638&town=Springfield&zip=01103');
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.message).toBe('The place you typed is not where the point you chose is. Which is right?');
    expect(Object.keys(error.fields).sort()).toEqual(['town', 'zip']);
  });

  it('answers a script that posts a form with JSON', async () => {
    const res = await postForm({ town: 'Nantucket' }, { accept: 'application/json' });
    expect(res.status).toBe(200);
    expect((await res.json()).data.status).toBe('found');
  });

  it('refuses other content types, malformed JSON and other methods', async () => {
    const text = await handle(
      new Request('http://localhost/api/districts', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'Acton',
      }),
      deps,
    );
    expect(text.status).toBe(415);
    const broken = await handle(
      new Request('http://localhost/api/districts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"town":',
      }),
      deps,
    );
    expect(broken.status).toBe(422);
    const del = await handle(new Request('http://localhost/api/districts', { method: 'DELETE' }), deps);
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, POST');
    expect(await del.json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "method_not_allowed",
          "message": "Use GET or POST.",
        },
      }
    `);
  });
});
