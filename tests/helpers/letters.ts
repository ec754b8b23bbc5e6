// Wiring for letter tests: the real letters service over a local Blobs server and the real resend SDK against the
// fake Resend API, with a controllable clock.
import type { Locale } from '../../src/i18n/locales.ts';
import type { LocationInput } from '../../src/lib/schemas/location.ts';
import type { Geocoder } from '../../src/server/geocoder.ts';
import { resolveLocation } from '../../src/server/find-districts.ts';
import { loadLocationData } from '../../src/server/find-data.ts';
import placesData from '../../content/places.json' with { type: 'json' };
import { readConfig, type AppConfig } from '../../src/server/config.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import { siteData } from '../../src/server/campaign-data.ts';
import { scopedStore, type JsonStore } from '../../src/server/store.ts';
import type { LettersHandlerDeps } from '../../functions/letters.mts';
import type { FakeResend } from './fake-resend.ts';

/** Points from the data (ZIP and town centres), not guessed. */
export const places = {
  /** the State House, 24 Beacon St: 8th Suffolk (House) and Third Suffolk (Senate) */
  stateHouse: { lat: 42.3588, lon: -71.0638 },
  /** Providence, Rhode Island: outside Massachusetts */
  providence: { lat: 41.824, lon: -71.4128 },
};

/** The real resolver over the bundled data; the geocoder is given per test (it never reaches the Census Bureau). */
export function testLocate(geocode: Geocoder = async () => ({ status: 'unavailable', cause: 'network' })) {
  return (input: LocationInput, locale?: Locale) =>
    resolveLocation(input, { data: loadLocationData(), geocode, locale });
}

export type Clock = { now: () => Date; advance(ms: number): void };
export function testClock(start = '2026-11-23T15:00:00Z'): Clock {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

export function letterDeps(
  store: JsonStore,
  fake: FakeResend,
  clock: Clock,
  env: Record<string, string> = {},
): LettersHandlerDeps {
  const config: AppConfig = readConfig({
    CONTEXT: 'dev',
    MAIL_FROM: 'letters@example.org',
    URL: 'https://act.example.org',
    ...env,
  });
  return {
    store,
    mailer: resendMailer(fake.apiKey, fake.url),
    config,
    mail: scopedStore(store, 'mail/'),
    now: clock.now,
    locate: testLocate(),
    site: siteData(),
    clientIp: '203.0.113.7',
  };
}

/** A valid letter from someone at the State House, as JSON. */
export function letterBody(overrides: Record<string, unknown> = {}) {
  return {
    campaign: 'mentoring-matching-grants',
    name: 'Ana Díaz',
    email: 'ana@example.com',
    ...places.stateHouse,
    message: 'Please fund Mentoring Matching Grants. They matter to my family.',
    story: 'My mentor helped me finish school.',
    contactConsent: true,
    ...overrides,
  };
}

export function jsonPost(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request('https://act.example.org/api/letters', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://act.example.org', ...headers },
    body: JSON.stringify(body),
  });
}

export function formPost(fields: Record<string, string>): Request {
  return new Request('https://act.example.org/api/letters', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://act.example.org' },
    body: new URLSearchParams(fields).toString(),
  });
}

/**
 * ZIP centres inside a House and a Senate district that both have a sitting member, so a letter from there goes to
 * two legislators: the load test and the benchmark spread their letters over these.
 */
export function seatedPoints(): { lat: number; lon: number }[] {
  const data = loadLocationData();
  return placesData.zips
    .map((z) => ({ lat: z.lat, lon: z.lon, at: data.locator.locate(z.lon, z.lat) }))
    .filter(({ at }) => data.legislators.has(at.house ?? '') && data.legislators.has(at.senate ?? ''))
    .map(({ lat, lon }) => ({ lat, lon }));
}

/** The i-th of many distinct letters (its own sender and email, one of the seated points), as JSON. */
export function manyLetters(points: { lat: number; lon: number }[], i: number, campaign = 'mentoring-matching-grants') {
  const at = points[i % points.length]!;
  return {
    campaign,
    name: `Load Tester ${i}`,
    email: `load-${i}@example.com`,
    lat: at.lat,
    lon: at.lon,
    message: `Please fund Mentoring Matching Grants. Letter number ${i}.`,
    contactConsent: false,
  };
}

/**
 * The environment that points the functions' live wiring (their default exports) at the local fakes, for the warm
 * functions host and Netlify's local emulation. One process serves every request there, while on Netlify each
 * instance has its own 2-per-second Resend throttle, so the throttle is lifted unless `perSecond` says otherwise.
 */
export function fakeProvidersEnv(fake: FakeResend, censusUrl: string, perSecond = 1000): Record<string, string> {
  return {
    CONTEXT: 'dev',
    URL: 'https://act.example.org',
    MAIL_FROM: 'letters@example.org',
    RESEND_API_KEY: fake.apiKey,
    RESEND_BASE_URL: fake.url,
    CENSUS_GEOCODER_URL: censusUrl,
    RESEND_REQUESTS_PER_SECOND: String(perSecond),
  };
}
