import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { censusGeocoder, geocoderFor, nominatimGeocoder, withFallback } from '../../src/server/geocoder.ts';
import { readConfig } from '../../src/server/config.ts';
import { startFakeCensus, type FakeCensus } from '../helpers/fake-census.ts';
import { startFakeNominatim, type FakeNominatim } from '../helpers/fake-nominatim.ts';

let census: FakeCensus;
beforeAll(async () => {
  census = await startFakeCensus();
  census.know('24 Beacon St, Boston, MA 02133', {
    lon: -71.0638,
    lat: 42.3588,
    matchedAddress: '24 BEACON ST, BOSTON, MA, 02133',
    state: 'MA',
    zip: '02133',
    census: { house: '8th Suffolk District', senate: 'Third Suffolk District' },
  });
  census.know('1 Main St, Providence, RI 02903', {
    lon: -71.4128,
    lat: 41.824,
    matchedAddress: '1 MAIN ST, PROVIDENCE, RI, 02903',
    state: 'RI',
    zip: '02903',
  });
});
let nominatim: FakeNominatim;
beforeAll(async () => {
  nominatim = await startFakeNominatim();
  nominatim.know('1 Main St, Hawley, MA', {
    lon: -72.88,
    lat: 42.58,
    displayName: '1, Main Street, Hawley, Franklin County, Massachusetts, 01339, United States',
    houseNumber: '1',
    city: 'Hawley',
    postcode: '01339',
  });
  // a street without a house number: its middle may lie in another district than the house, so it never counts
  nominatim.know('Main St, Hawley, MA', {
    lon: -72.88,
    lat: 42.58,
    displayName: 'Main Street, Hawley',
    city: 'Hawley',
  });
});
afterAll(() => Promise.all([census.close(), nominatim.close()]));
beforeEach(() => {
  census.requests.splice(0);
  nominatim.requests.splice(0);
});

describe('the Census geocoder client', () => {
  it('asks for one address with the current benchmark and vintage, as JSON', async () => {
    await censusGeocoder({ baseUrl: census.url })('24 Beacon St, Boston, MA 02133');
    expect(census.requests).toEqual([
      {
        path: '/geocoder/geographies/onelineaddress',
        params: {
          address: '24 Beacon St, Boston, MA 02133',
          benchmark: 'Public_AR_Current',
          vintage: 'Current_Current',
          format: 'json',
        },
      },
    ]);
  });

  it('returns the matched point, the address as matched, its state and the Census district names', async () => {
    const result = await censusGeocoder({ baseUrl: census.url })('24 Beacon St, Boston, MA 02133');
    expect(result).toEqual({
      status: 'matched',
      matches: [
        {
          lon: -71.0638,
          lat: 42.3588,
          matchedAddress: '24 BEACON ST, BOSTON, MA, 02133',
          state: 'MA',
          zip: '02133',
          census: { house: '8th Suffolk District', senate: 'Third Suffolk District' },
        },
      ],
    });
  });

  it('says so when nothing matches', async () => {
    expect(await censusGeocoder({ baseUrl: census.url })('99999 Nowhere Rd, Acton, MA')).toEqual({
      status: 'no_match',
    });
  });

  it('reports the state of a match outside Massachusetts, so the finder can say so', async () => {
    const result = await censusGeocoder({ baseUrl: census.url })('1 Main St, Providence, RI 02903');
    expect(result.status === 'matched' && result.matches[0]!.state).toBe('RI');
  });

  it('gives up after its timeout when the service holds the answer', async () => {
    census.holdNext(2000);
    const result = await censusGeocoder({ baseUrl: census.url, timeoutMs: 200 })('24 Beacon St, Boston, MA 02133');
    expect(result).toEqual({ status: 'unavailable', cause: 'timeout' });
  });

  it('treats a server error as unavailable', async () => {
    census.failNext(503);
    expect(await censusGeocoder({ baseUrl: census.url })('24 Beacon St, Boston, MA 02133')).toEqual({
      status: 'unavailable',
      cause: 'http',
    });
  });

  it('treats broken JSON as unavailable, never as a match', async () => {
    census.malformedNext();
    expect(await censusGeocoder({ baseUrl: census.url })('24 Beacon St, Boston, MA 02133')).toEqual({
      status: 'unavailable',
      cause: 'malformed',
    });
  });

  it('treats a refused connection as unavailable', async () => {
    const result = await censusGeocoder({ baseUrl: 'http://127.0.0.1:9/geocoder', timeoutMs: 1000 })(
      '24 Beacon St, Boston, MA 02133',
    );
    expect(result).toEqual({ status: 'unavailable', cause: 'network' });
  });

  it('reads its address from CENSUS_GEOCODER_URL', async () => {
    await censusGeocoder(readConfig({ CENSUS_GEOCODER_URL: census.url }).geocoder)('24 Beacon St, Boston, MA 02133');
    expect(census.requests).toHaveLength(1);
  });
});

describe('the second geocoder (Nominatim-style)', () => {
  it('asks /search for one address as jsonv2 with address details, saying who asks', async () => {
    const result = await nominatimGeocoder({ baseUrl: nominatim.url })('1 Main St, Hawley, MA');
    expect(nominatim.requests).toEqual([
      {
        path: '/search',
        params: { q: '1 Main St, Hawley, MA', format: 'jsonv2', addressdetails: '1', countrycodes: 'us', limit: '5' },
        userAgent: expect.stringContaining('take-action-for-mentoring'),
      },
    ]);
    expect(result).toEqual({
      status: 'matched',
      matches: [
        {
          lon: -72.88,
          lat: 42.58,
          matchedAddress: '1, Main Street, Hawley, Franklin County, Massachusetts, 01339, United States',
          state: 'MA',
          zip: '01339',
          city: 'Hawley',
          census: { house: null, senate: null },
        },
      ],
    });
  });

  it('counts only matches to a house number', async () => {
    expect(await nominatimGeocoder({ baseUrl: nominatim.url })('Main St, Hawley, MA')).toEqual({ status: 'no_match' });
  });

  it('treats a server error as unavailable', async () => {
    nominatim.failNext(503);
    const result = await nominatimGeocoder({ baseUrl: nominatim.url })('1 Main St, Hawley, MA');
    expect(result).toEqual({ status: 'unavailable', cause: 'http' });
  });
});

describe('a geocoder with a fallback', () => {
  it('asks the fallback when the Census geocoder is down, and not when it answers', async () => {
    census.failNext(503);
    const geocode = geocoderFor(
      readConfig({ CENSUS_GEOCODER_URL: census.url, FALLBACK_GEOCODER_URL: nominatim.url }).geocoder,
    );
    const down = await geocode('1 Main St, Hawley, MA');
    expect(down.status === 'matched' && down.matches[0]!.city).toBe('Hawley');
    expect([census.requests.length, nominatim.requests.length]).toEqual([1, 1]);
    await geocode('24 Beacon St, Boston, MA 02133');
    expect([census.requests.length, nominatim.requests.length]).toEqual([2, 1]);
  });

  it('asks the fallback when the Census geocoder is slow', async () => {
    census.holdNext(2000);
    const geocode = withFallback(
      censusGeocoder({ baseUrl: census.url, timeoutMs: 200 }),
      nominatimGeocoder({ baseUrl: nominatim.url }),
    );
    expect((await geocode('1 Main St, Hawley, MA')).status).toBe('matched');
  });

  it('says "not found" when one found nothing and the other was down', async () => {
    nominatim.failNext(503);
    const geocode = withFallback(
      censusGeocoder({ baseUrl: census.url }),
      nominatimGeocoder({ baseUrl: nominatim.url }),
    );
    expect(await geocode('99999 Nowhere Rd, Acton, MA')).toEqual({ status: 'no_match' });
  });
});
