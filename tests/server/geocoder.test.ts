import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { censusGeocoder } from '../../src/server/geocoder.ts';
import { readConfig } from '../../src/server/config.ts';
import { startFakeCensus, type FakeCensus } from '../helpers/fake-census.ts';

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
  census.know('1 Main St, Providence, RI 02903', { lon: -71.4128, lat: 41.824, matchedAddress: '1 MAIN ST, PROVIDENCE, RI, 02903', state: 'RI', zip: '02903' });
});
afterAll(() => census.close());
beforeEach(() => void census.requests.splice(0));

describe('the Census geocoder client', () => {
  it('asks for one address with the current benchmark and vintage, as JSON', async () => {
    await censusGeocoder({ baseUrl: census.url })('24 Beacon St, Boston, MA 02133');
    expect(census.requests).toEqual([
      {
        path: '/geocoder/geographies/onelineaddress',
        params: { address: '24 Beacon St, Boston, MA 02133', benchmark: 'Public_AR_Current', vintage: 'Current_Current', format: 'json' },
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
    expect(await censusGeocoder({ baseUrl: census.url })('99999 Nowhere Rd, Acton, MA')).toEqual({ status: 'no_match' });
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
    expect(await censusGeocoder({ baseUrl: census.url })('24 Beacon St, Boston, MA 02133')).toEqual({ status: 'unavailable', cause: 'http' });
  });

  it('treats broken JSON as unavailable, never as a match', async () => {
    census.malformedNext();
    expect(await censusGeocoder({ baseUrl: census.url })('24 Beacon St, Boston, MA 02133')).toEqual({ status: 'unavailable', cause: 'malformed' });
  });

  it('treats a refused connection as unavailable', async () => {
    const result = await censusGeocoder({ baseUrl: 'http://127.0.0.1:9/geocoder', timeoutMs: 1000 })('24 Beacon St, Boston, MA 02133');
    expect(result).toEqual({ status: 'unavailable', cause: 'network' });
  });

  it('reads its address from CENSUS_GEOCODER_URL', async () => {
    await censusGeocoder(readConfig({ CENSUS_GEOCODER_URL: census.url }).geocoder)('24 Beacon St, Boston, MA 02133');
    expect(census.requests).toHaveLength(1);
  });
});
