// Wiring for letter tests: the real letters service over a local Blobs server and the real resend SDK against the
// fake Resend API, with a controllable clock.
import type { LocationInput } from '../../src/lib/schemas/location.ts';
import type { Geocoder } from '../../src/server/geocoder.ts';
import { resolveLocation } from '../../src/server/locate.ts';
import { loadLocationData } from '../../src/server/location-data.ts';
import { readConfig, type AppConfig } from '../../src/server/config.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import { siteData } from '../../src/server/campaign-data.ts';
import type { JsonStore } from '../../src/server/store.ts';
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
  return (input: LocationInput) => resolveLocation(input, { data: loadLocationData(), geocode });
}

export type Clock = { now: () => Date; advance(ms: number): void };
export function testClock(start = '2026-11-23T15:00:00Z'): Clock {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

export function letterDeps(store: JsonStore, fake: FakeResend, clock: Clock, env: Record<string, string> = {}): LettersHandlerDeps {
  const config: AppConfig = readConfig({ CONTEXT: 'dev', MAIL_FROM: 'letters@example.org', URL: 'https://act.example.org', ...env });
  return {
    store,
    mailer: resendMailer(fake.apiKey, fake.url),
    config,
    throttle: async () => {},
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
