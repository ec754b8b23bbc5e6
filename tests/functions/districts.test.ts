import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle, type DistrictsDeps } from '../../functions/districts.mts';
import { censusGeocoder } from '../../src/server/geocoder.ts';
import { loadLocationData } from '../../src/server/location-data.ts';
import { startFakeCensus, type FakeCensus } from '../helpers/fake-census.ts';

let census: FakeCensus;
let deps: DistrictsDeps;
beforeAll(async () => {
  census = await startFakeCensus();
  census.know('24 Beacon St, Boston, MA 02133', { lon: -71.0638, lat: 42.3588, matchedAddress: '24 BEACON ST, BOSTON, MA, 02133', state: 'MA', zip: '02133' });
  deps = { data: loadLocationData, geocode: censusGeocoder({ baseUrl: census.url, timeoutMs: 300 }), log: () => {} };
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
  it('finds the districts and legislators of a street address, with the reason', async () => {
    const res = await get('street=24+Beacon+St&town=Boston&zip=02133');
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data).toMatchObject({
      status: 'found',
      method: 'address',
      reason: '24 BEACON ST, BOSTON, MA, 02133 is in the 8th Suffolk House district and the Third Suffolk Senate district.',
      point: { lat: 42.3588, lon: -71.0638 },
      resultUrl: '/find/8th-suffolk/third-suffolk/',
      house: { id: 'ma-house-130', name: '8th Suffolk', url: '/districts/house/8th-suffolk/', vacant: false, legislator: { title: 'Representative', url: expect.stringMatching(/^\/legislators\//) } },
      senate: { id: 'ma-senate-25', name: 'Third Suffolk', vacant: false, legislator: { title: 'Senator' } },
    });
    expect(data.message).toMatch(/^You live in the 8th Suffolk House district, represented by Representative .+, and in the Third Suffolk Senate district, represented by Senator .+\.$/);
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
    expect(data.vacancy).toMatch(/^The 1st Franklin House seat is vacant until a special election fills it\. You can still write to Senator .+, your state senator\.$/);
  });

  it('answers bad input with 422 and the fields to fix', async () => {
    const res = await get('zip=123&lat=91&street=' + 'x'.repeat(130));
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
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "validation_error",
          "fields": {
            "town": [
              "we do not know a Massachusetts city or town called “Springfeld”: check the spelling, or use your ZIP code",
            ],
          },
          "message": "We could not find the place you gave.",
        },
      }
    `);
  });

  it('says a place outside Massachusetts is out of the area', async () => {
    const res = await get('lat=41.824&lon=-71.4128');
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "out_of_area",
          "message": "That spot is not in any Massachusetts district: it is outside the state or in the water. Try again, or enter your address.",
        },
      }
    `);
  });

  it('says when the address is not found', async () => {
    const res = await get('street=99999+Nowhere+Rd&town=Acton');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "not_found",
          "message": "We could not find that street address. Check it, or choose your city or town or enter your ZIP code instead, or use your location or the map.",
        },
      }
    `);
  });

  it('answers 502 upstream_unavailable when the geocoder times out, so the page can offer the town or ZIP', async () => {
    census.holdNext(2000);
    const res = await get('street=24+Beacon+St&town=Boston&zip=02133');
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "upstream_unavailable",
          "message": "We could not check street addresses just now. Choose your city or town or enter your ZIP code instead, or use your location or the map.",
        },
      }
    `);
  });
});

describe('POST /api/districts', () => {
  it('takes JSON and answers JSON', async () => {
    const res = await handle(
      new Request('http://localhost/api/districts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ lat: 42.3588, lon: -71.0638 }) }),
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
    expect((await postForm({ town: 'Acton', house: 'ma-house-095' })).headers.get('location')).toBe('http://localhost/find/37th-middlesex/middlesex-and-worcester/');
  });

  it('sends problems to a page that explains them and offers the other ways', async () => {
    expect((await postForm({})).headers.get('location')).toBe('http://localhost/find/problem/check-input/');
    expect((await postForm({ town: 'Springfeld' })).headers.get('location')).toBe('http://localhost/find/problem/unknown-place/');
    expect((await postForm({ street: '99999 Nowhere Rd', town: 'Acton' })).headers.get('location')).toBe('http://localhost/find/problem/not-found/');
    census.failNext(500);
    expect((await postForm({ street: '24 Beacon St', town: 'Boston' })).headers.get('location')).toBe('http://localhost/find/problem/address-service-down/');
  });

  it('answers a script that posts a form with JSON', async () => {
    const res = await postForm({ town: 'Nantucket' }, { accept: 'application/json' });
    expect(res.status).toBe(200);
    expect((await res.json()).data.status).toBe('found');
  });

  it('refuses other content types, malformed JSON and other methods', async () => {
    const text = await handle(new Request('http://localhost/api/districts', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Acton' }), deps);
    expect(text.status).toBe(415);
    const broken = await handle(new Request('http://localhost/api/districts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"town":' }), deps);
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
