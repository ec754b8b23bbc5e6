// Wiring for pledge tests: the real pledge service over a local Blobs server and the real resend SDK against the
// fake Resend API, with a controllable clock and the real district finder (no geocoder).
import { readConfig } from '../../src/server/config.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import { siteData } from '../../src/server/campaign-data.ts';
import { programDirectory } from '../../src/server/pledge-wiring.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { PledgesHandlerDeps } from '../../functions/pledges.mts';
import type { FakeResend } from './fake-resend.ts';
import { places, testLocate, type Clock } from './letters.ts';

export function pledgeDeps(
  store: JsonStore,
  fake: FakeResend,
  clock: Clock,
  env: Record<string, string> = {},
): PledgesHandlerDeps {
  return {
    store,
    mailer: resendMailer(fake.apiKey, fake.url),
    config: readConfig({
      CONTEXT: 'dev',
      MAIL_FROM: 'pledges@example.org',
      URL: 'https://act.example.org',
      RATE_LIMIT_SALT: 'test-salt',
      ...env,
    }),
    now: clock.now,
    locate: testLocate(),
    campaigns: siteData().campaigns,
    programs: programDirectory(),
    clientIp: '203.0.113.7',
  };
}

/** A valid pledge from someone at the State House (8th Suffolk, Third Suffolk), as JSON. */
export function pledgeBody(overrides: Record<string, unknown> = {}) {
  return {
    campaign: 'mentors-of-color',
    name: 'Ana Díaz',
    email: 'ana@example.com',
    ...places.stateHouse,
    types: ['school-based', 'e-mentoring'],
    ages: ['teens'],
    languages: 'Spanish, Portuguese',
    consent: true,
    ...overrides,
  };
}

const origin = 'https://act.example.org';

export function pledgeJson(body: unknown, path = '/api/pledges'): Request {
  return new Request(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify(body),
  });
}

/** A plain HTML form post: repeated names for ticked checkboxes, as a browser sends them. */
export function pledgeForm(fields: [string, string][], path = '/api/pledges'): Request {
  return new Request(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The confirm and withdraw links in a pledge email. */
export function linksIn(text: string): { confirm: URL; withdraw: URL; token: string } {
  const confirm = /https:\/\/act\.example\.org\/api\/pledges\/confirm\?token=[A-Za-z0-9_.%-]+/.exec(text);
  const withdraw = /https:\/\/act\.example\.org\/api\/pledges\/withdraw\?token=[A-Za-z0-9_.%-]+/.exec(text);
  if (!confirm || !withdraw) throw new Error('no confirm or withdraw link in the email');
  const url = new URL(confirm[0]);
  return { confirm: url, withdraw: new URL(withdraw[0]), token: url.searchParams.get('token')! };
}
