// The one limiter under attack, over a real local Blobs server and a fake Resend: a burst sent at once never gets
// more than a limit through (letters per connection and per email, pledges, alert sign-ups, champion thank-yous),
// and one address receives at most the daily cap of confirmation emails, however the forms are replayed.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handle as sendLetter } from '../../functions/letters.mts';
import { handle as pledge } from '../../functions/pledges.mts';
import { handle as signUp } from '../../functions/alert-signups.mts';
import { handle as thank } from '../../functions/champion-thanks.mts';
import type { ChampionList } from '../../src/lib/schemas/champion.ts';
import { readConfig } from '../../src/server/config.ts';
import { drainLetterQueue } from '../../src/server/letter-delivery.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import type { JsonStore } from '../../src/server/store.ts';
import { startLocalBlobs, type LocalBlobs } from '../helpers/blobs.ts';
import { loadLegislators } from '../helpers/content.ts';
import { startFakeResend, type FakeResend } from '../helpers/fake-resend.ts';
import { jsonPost, letterBody, letterDeps, testClock, type Clock } from '../helpers/letters.ts';
import { pledgeBody, pledgeDeps, pledgeJson } from '../helpers/pledges.ts';

let blobs: LocalBlobs;
let fake: FakeResend;
let clock: Clock;
let n = 0;
/** A fresh store of this kind for this test. */
let store: (kind: string) => JsonStore;

beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(() => blobs.stop());
beforeEach(async () => {
  fake = await startFakeResend();
  clock = testClock();
  const test = ++n;
  store = (kind) => blobs.store(`limits-test-${test}-${kind}`);
});
afterEach(() => fake.close());

const site = 'https://act.example.org';
const salt = 'test-salt';
const post = (path: string, body: Record<string, unknown>) =>
  new Request(`${site}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: site },
    body: JSON.stringify(body),
  });
const accepted = (statuses: number[]) => statuses.filter((s) => s < 300).length;
const limited = (statuses: number[]) => statuses.filter((s) => s === 429).length;
const burst = (count: number, send: (i: number) => Promise<Response>) =>
  Promise.all(Array.from({ length: count }, (_, i) => send(i).then((r) => r.status)));

const legislators = loadLegislators();
const champion = legislators.find((l) => l.slug === 'aaron-michlewitz')!;
const champions: ChampionList = {
  [champion.slug]: { why: 'Test fixture.', since: '2027-03-01', source: 'https://example.org/champions' },
};

/** The letter campaign, copied under other slugs, so one person can write several letters. */
function withCampaignCopies(deps: ReturnType<typeof letterDeps>, copies: number, confirmSender = false) {
  const base = deps.site.campaigns.find((c) => c.slug === 'mentoring-matching-grants')!;
  if (base.action.type !== 'letter') throw new Error('not a letter campaign');
  const original = { ...base, action: { ...base.action, confirmSender } };
  const extra = Array.from({ length: copies }, (_, i) => ({ ...original, slug: `copy-${i}` }));
  return {
    ...deps,
    site: { ...deps.site, campaigns: [...deps.site.campaigns.filter((c) => c !== base), original, ...extra] },
  };
}

describe('a burst sent at once gets at most the limit through', () => {
  it('letters from one connection: 60 at once against 30 an hour', async () => {
    const deps = { ...letterDeps(store('letters'), fake, clock, { RATE_LIMIT_SALT: salt }), limits: store('limits') };
    const statuses = await burst(60, (i) =>
      sendLetter(jsonPost(letterBody({ email: `sender${i}@example.com` })), deps),
    );
    expect(accepted(statuses)).toBe(30);
    expect(limited(statuses)).toBe(30);
    expect(await deps.store.keys('letter/')).toHaveLength(30);
  }, 120_000);

  it('letters from one email address: 8 at once (to 8 campaigns, from 8 connections) against 5 a day', async () => {
    const deps = withCampaignCopies(
      { ...letterDeps(store('letters'), fake, clock, { RATE_LIMIT_SALT: salt }), limits: store('limits') },
      7,
    );
    const campaigns = ['mentoring-matching-grants', ...Array.from({ length: 7 }, (_, i) => `copy-${i}`)];
    const statuses = await burst(8, (i) =>
      sendLetter(jsonPost(letterBody({ campaign: campaigns[i] })), { ...deps, clientIp: `198.51.100.${i}` }),
    );
    expect(accepted(statuses)).toBe(5);
    expect(limited(statuses)).toBe(3);
    expect(await deps.store.keys('letter/')).toHaveLength(5);
  }, 60_000);

  it('pledges from one connection: 50 at once against 20 an hour', async () => {
    const deps = { ...pledgeDeps(store('pledges'), fake, clock), limits: store('limits') };
    const statuses = await burst(50, (i) => pledge(pledgeJson(pledgeBody({ email: `v${i}@example.com` })), deps));
    expect(accepted(statuses)).toBe(20);
    expect(limited(statuses)).toBe(30);
    expect(await deps.store.keys('pledge/')).toHaveLength(20);
    expect(fake.delivered).toHaveLength(20);
  }, 60_000);

  it('alert sign-ups from one connection: 50 at once against 20 an hour', async () => {
    const config = readConfig({ CONTEXT: 'dev', MAIL_FROM: 'alerts@example.org', URL: site, RATE_LIMIT_SALT: salt });
    const deps = {
      store: store('alerts'),
      limits: store('limits'),
      mailer: resendMailer(fake.apiKey, fake.url),
      config,
      now: clock.now,
      clientIp: '203.0.113.9',
    };
    const statuses = await burst(50, (i) =>
      signUp(post('/api/alert-signups', { email: `s${i}@example.com`, consent: true }), deps),
    );
    expect(accepted(statuses)).toBe(20);
    expect(limited(statuses)).toBe(30);
    expect(fake.delivered).toHaveLength(20);
  }, 60_000);

  it('champion thank-yous from one connection: 50 at once against 20 an hour', async () => {
    const config = readConfig({ CONTEXT: 'dev', MAIL_FROM: 'letters@example.org', URL: site, RATE_LIMIT_SALT: salt });
    const deps = {
      store: store('thanks'),
      limits: store('limits'),
      mailer: resendMailer(fake.apiKey, fake.url),
      config,
      now: clock.now,
      champions,
      legislators,
      clientIp: '203.0.113.5',
    };
    const body = (i: number) => ({
      champion: champion.slug,
      name: `Sender ${i}`,
      email: `t${i}@example.com`,
      town: 'Worcester',
    });
    const statuses = await burst(50, (i) => thank(post('/api/champion-thanks', body(i)), deps));
    expect(accepted(statuses)).toBe(20);
    expect(limited(statuses)).toBe(30);
    expect(fake.delivered).toHaveLength(20);
  }, 60_000);

  it('the limits come from configuration', async () => {
    const config = readConfig({
      CONTEXT: 'dev',
      MAIL_FROM: 'alerts@example.org',
      URL: site,
      RATE_LIMIT_SALT: salt,
      ALERT_SIGNUPS_PER_IP_PER_HOUR: '3',
    });
    const deps = {
      store: store('alerts'),
      limits: store('limits'),
      mailer: resendMailer(fake.apiKey, fake.url),
      config,
      now: clock.now,
      clientIp: '203.0.113.9',
    };
    const statuses = await burst(6, (i) =>
      signUp(post('/api/alert-signups', { email: `s${i}@example.com`, consent: true }), deps),
    );
    expect(accepted(statuses)).toBe(3);
  });
});

describe('confirmation emails to one address', () => {
  const victim = 'victim@example.com';
  const toVictim = () => fake.delivered.filter((d) => d.email.to.includes(victim)).length;

  it('a pledge and an alert sign-up replayed every 10 minutes for a day send an address at most 3 emails', async () => {
    clock = testClock('2026-11-24T00:00:00Z'); // a day is a UTC day, as for every daily limit
    const limits = store('limits');
    const pledges = { ...pledgeDeps(store('pledges'), fake, clock), limits };
    const config = readConfig({ CONTEXT: 'dev', MAIL_FROM: 'alerts@example.org', URL: site, RATE_LIMIT_SALT: salt });
    const alerts = {
      store: store('alerts'),
      limits,
      mailer: resendMailer(fake.apiKey, fake.url),
      config,
      now: clock.now,
      clientIp: '203.0.113.7',
    };
    for (let round = 0; round < 144; round++) {
      await pledge(pledgeJson(pledgeBody({ email: victim })), pledges);
      await signUp(post('/api/alert-signups', { email: victim, consent: true }), alerts);
      clock.advance(10 * 60_000);
    }
    expect(toVictim()).toBe(3);
    // the next day the person can still sign up
    await signUp(post('/api/alert-signups', { email: victim, consent: true }), alerts);
    expect(toVictim()).toBe(4);
  }, 180_000);

  it('a letter awaiting confirmation, resubmitted 50 times, sends its link at most 3 times', async () => {
    const deps = {
      ...withCampaignCopies(
        letterDeps(store('letters'), fake, clock, { RATE_LIMIT_SALT: salt, LETTERS_PER_EMAIL_PER_DAY: '100' }),
        0,
        true,
      ),
      limits: store('limits'),
    };
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++)
      statuses.push((await sendLetter(jsonPost(letterBody({ email: victim })), deps)).status);
    // the request path sends only when the account has a call free at once; the engine sends the rest soon after
    clock.advance(60_000);
    await drainLetterQueue(deps, 10_000);
    await drainLetterQueue(deps, 10_000);
    expect(toVictim()).toBe(3);
    expect(accepted(statuses)).toBe(3);
    expect(limited(statuses)).toBe(47);
  }, 60_000);

  it('the letter limits come before a resubmission re-sends its link', async () => {
    const env = { RATE_LIMIT_SALT: salt, LETTERS_PER_EMAIL_PER_DAY: '1', CONFIRMATIONS_PER_ADDRESS_PER_DAY: '100' };
    const deps = {
      ...withCampaignCopies(letterDeps(store('letters'), fake, clock, env), 0, true),
      limits: store('limits'),
    };
    expect((await sendLetter(jsonPost(letterBody({ email: victim })), deps)).status).toBe(201);
    const again = await sendLetter(jsonPost(letterBody({ email: victim })), deps);
    expect(again.status).toBe(429);
    expect(toVictim()).toBe(1);
  });
});
