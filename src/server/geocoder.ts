/**
 * Street address -> point, through the US Census Bureau's free, keyless geocoder (geographies/onelineaddress).
 * We use only its coordinates to decide districts (our own point-in-polygon on the full-resolution MassGIS lines);
 * the state legislative districts it also returns are kept only to log a disagreement.
 *
 * It answers in a few hundred milliseconds when well, but it is a public service with no promises: every call has a
 * short timeout, and any failure becomes `unavailable`, which the finder turns into "try your town or ZIP instead".
 */
import { z } from 'zod';

export const DEFAULT_CENSUS_GEOCODER_URL = 'https://geocoding.geo.census.gov/geocoder';
export const DEFAULT_GEOCODER_TIMEOUT_MS = 4000;

export type GeocodeMatch = {
  lon: number;
  lat: number;
  /** the address as the Census Bureau understood it: "1 ASHBURTON PL, BOSTON, MA, 02108" */
  matchedAddress: string;
  /** two-letter state of the match, when the geocoder says */
  state: string | null;
  zip: string | null;
  /** the city or town the geocoder placed the address in, when it says ("BOSTON", "Hawley") */
  city?: string;
  /** the Census Bureau's own state legislative district names at the point, for a cross-check only */
  census: { house: string | null; senate: string | null };
};

export type GeocodeResult =
  | { status: 'matched'; matches: GeocodeMatch[] }
  | { status: 'no_match' }
  | { status: 'unavailable'; cause: 'timeout' | 'network' | 'http' | 'malformed' };

/** Finds a one-line address; never throws. */
export type Geocoder = (address: string) => Promise<GeocodeResult>;

const layerEntrySchema = z.looseObject({ NAME: z.string().optional(), BASENAME: z.string().optional() });

const censusResponseSchema = z.object({
  result: z.object({
    addressMatches: z.array(
      z.object({
        matchedAddress: z.string(),
        coordinates: z.object({ x: z.number(), y: z.number() }),
        addressComponents: z
          .looseObject({ state: z.string().optional(), zip: z.string().optional(), city: z.string().optional() })
          .optional(),
        geographies: z.record(z.string(), z.array(layerEntrySchema)).optional(),
      }),
    ),
  }),
});

type Geographies = Record<string, z.infer<typeof layerEntrySchema>[]>;

/** Layer names carry the vintage's year ("2024 State Legislative Districts - Lower"): match on the rest. */
function layerName(geographies: Geographies | undefined, chamber: 'Lower' | 'Upper'): string | null {
  if (!geographies) return null;
  const key = Object.keys(geographies).find((k) => k.endsWith(`State Legislative Districts - ${chamber}`));
  const entry = key ? geographies[key]?.[0] : undefined;
  return entry?.NAME ?? entry?.BASENAME ?? null;
}

export type CensusGeocoderOptions = {
  /** the geocoder's base URL, without a trailing slash; tests point it at a local fake */
  baseUrl?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
};

/** The Census Bureau geocoder as a Geocoder. */
export function censusGeocoder(options: CensusGeocoderOptions = {}): Geocoder {
  const baseUrl = (options.baseUrl ?? DEFAULT_CENSUS_GEOCODER_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_GEOCODER_TIMEOUT_MS;
  const doFetch = options.fetch ?? fetch;
  return async (address) => {
    const url = new URL(`${baseUrl}/geographies/onelineaddress`);
    url.search = new URLSearchParams({
      address,
      benchmark: 'Public_AR_Current',
      vintage: 'Current_Current',
      format: 'json',
    }).toString();
    let body: unknown;
    try {
      const res = await doFetch(url, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'application/json' },
      });
      // The geocoder answers 400 to an address it cannot even parse: for the person that is "not found".
      if (res.status === 400) return { status: 'no_match' };
      if (!res.ok) return { status: 'unavailable', cause: 'http' };
      body = await res.json().catch(() => undefined);
    } catch (error) {
      const name = (error as Error | undefined)?.name;
      return { status: 'unavailable', cause: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network' };
    }
    const parsed = censusResponseSchema.safeParse(body);
    if (!parsed.success) return { status: 'unavailable', cause: 'malformed' };
    const matches = parsed.data.result.addressMatches.map(
      (m): GeocodeMatch => ({
        lon: m.coordinates.x,
        lat: m.coordinates.y,
        matchedAddress: m.matchedAddress,
        state: m.addressComponents?.state?.toUpperCase() || null,
        zip: m.addressComponents?.zip || null,
        ...(m.addressComponents?.city ? { city: m.addressComponents.city } : {}),
        census: { house: layerName(m.geographies, 'Lower'), senate: layerName(m.geographies, 'Upper') },
      }),
    );
    return matches.length > 0 ? { status: 'matched', matches } : { status: 'no_match' };
  };
}

/**
 * The geocoder a deployment uses (config.geocoder, from CENSUS_GEOCODER_* and FALLBACK_GEOCODER_*): the Census
 * Bureau's, with a Nominatim-style second geocoder behind it when FALLBACK_GEOCODER_URL is set.
 */
export function geocoderFor(options: {
  baseUrl?: string;
  timeoutMs?: number;
  fallbackUrl?: string;
  fallbackTimeoutMs?: number;
}): Geocoder {
  const census = censusGeocoder({ baseUrl: options.baseUrl, timeoutMs: options.timeoutMs });
  if (!options.fallbackUrl) return census;
  const fallback = nominatimGeocoder({ baseUrl: options.fallbackUrl, timeoutMs: options.fallbackTimeoutMs });
  return withFallback(census, fallback);
}

/**
 * Asks `fallback` when `primary` is down, slow or finds nothing, so one public service's bad day does not stop
 * anyone. An answer from either counts; "not found" wins over "unavailable" (the address was looked at).
 */
export function withFallback(primary: Geocoder, fallback: Geocoder): Geocoder {
  return async (address) => {
    const first = await primary(address);
    if (first.status === 'matched') return first;
    const second = await fallback(address);
    if (second.status === 'matched') return second;
    return first.status === 'no_match' || second.status === 'no_match' ? { status: 'no_match' } : first;
  };
}

const nominatimResponseSchema = z.array(
  z.looseObject({
    lat: z.coerce.number(),
    lon: z.coerce.number(),
    display_name: z.string(),
    address: z
      .looseObject({
        house_number: z.string().optional(),
        city: z.string().optional(),
        town: z.string().optional(),
        village: z.string().optional(),
        municipality: z.string().optional(),
        state: z.string().optional(),
        postcode: z.string().optional(),
        'ISO3166-2-lvl4': z.string().optional(),
      })
      .optional(),
  }),
);

/**
 * A Nominatim-style geocoder (`/search?format=jsonv2&q=...`: a Nominatim instance, or a service that speaks its API)
 * as a Geocoder. Only matches to a house number count: a street's middle can lie in another district than the house.
 */
export function nominatimGeocoder(options: CensusGeocoderOptions & { baseUrl: string }): Geocoder {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_GEOCODER_TIMEOUT_MS;
  const doFetch = options.fetch ?? fetch;
  return async (address) => {
    const url = new URL(`${baseUrl}/search`);
    const query = { q: address, format: 'jsonv2', addressdetails: '1', countrycodes: 'us', limit: '5' };
    url.search = new URLSearchParams(query).toString();
    let body: unknown;
    try {
      // Nominatim's usage policy asks every client to say who it is.
      const headers = { accept: 'application/json', 'user-agent': 'take-action-for-mentoring (district finder)' };
      const res = await doFetch(url, { signal: AbortSignal.timeout(timeoutMs), headers });
      if (!res.ok) return { status: 'unavailable', cause: 'http' };
      body = await res.json().catch(() => undefined);
    } catch (error) {
      const name = (error as Error | undefined)?.name;
      return { status: 'unavailable', cause: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network' };
    }
    const parsed = nominatimResponseSchema.safeParse(body);
    if (!parsed.success) return { status: 'unavailable', cause: 'malformed' };
    const matches = parsed.data
      .filter((m) => m.address?.house_number)
      .map((m): GeocodeMatch => {
        const a = m.address!;
        const iso = a['ISO3166-2-lvl4']?.match(/^US-([A-Z]{2})$/)?.[1];
        const state = iso ?? (a.state === 'Massachusetts' ? 'MA' : null);
        const city = a.city ?? a.town ?? a.village ?? a.municipality;
        return {
          lon: m.lon,
          lat: m.lat,
          matchedAddress: m.display_name,
          state,
          zip: a.postcode?.match(/^\d{5}/)?.[0] ?? null,
          ...(city ? { city } : {}),
          census: { house: null, senate: null },
        };
      });
    return matches.length > 0 ? { status: 'matched', matches } : { status: 'no_match' };
  };
}
