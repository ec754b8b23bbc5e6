// Wiring for letter tests: the real letters service over a local Blobs server and the real resend SDK against the
// fake Resend API, with a controllable clock.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { createDistrictLocator } from '../../src/lib/districts.ts';
import type { District } from '../../src/lib/schemas/district.ts';
import { readConfig, type AppConfig } from '../../src/server/config.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import { siteData } from '../../src/server/campaign-data.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { LettersHandlerDeps } from '../../functions/letters.mts';
import type { FakeResend } from './fake-resend.ts';

const locator = createDistrictLocator(JSON.parse(readFileSync('content/geo/district-boundaries.json', 'utf8')) as Topology);
const districts = siteData().districts;
const byId = (id: string) => districts.find((d) => d.id === id) ?? null;

/** Points from the data (ZIP and town centres), not guessed. */
export const places = {
  /** the State House, 24 Beacon St: 8th Suffolk (House) and Third Suffolk (Senate) */
  stateHouse: { lat: 42.3588, lon: -71.0638 },
  /** Providence, Rhode Island: outside Massachusetts */
  providence: { lat: 41.824, lon: -71.4128 },
};

/** Resolves a point, confirmed district ids, or (for tests of split places) the town of Acton. */
export async function testLocate(input: { lat?: number; lon?: number; town?: string; house?: string; senate?: string }) {
  if (input.house && input.senate) return { status: 'found' as const, house: byId(input.house), senate: byId(input.senate) };
  if (input.lat !== undefined && input.lon !== undefined) {
    const hit = locator.locate(input.lon, input.lat);
    if (!hit.house || !hit.senate) return { status: 'outside_massachusetts' as const, message: 'That place is outside Massachusetts.' };
    return { status: 'found' as const, house: byId(hit.house), senate: byId(hit.senate) };
  }
  if (input.town === 'Acton') {
    const house = ['14th Middlesex', '37th Middlesex'].map((n) => districts.find((d) => d.chamber === 'house' && d.name === n)!) as District[];
    const senate = [districts.find((d) => d.chamber === 'senate' && d.name === 'Middlesex and Worcester')!];
    return { status: 'ambiguous' as const, message: 'Acton is split between two House districts.', house, senate };
  }
  return { status: 'missing' as const, message: 'Tell us where you live.' };
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
    locate: testLocate,
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
