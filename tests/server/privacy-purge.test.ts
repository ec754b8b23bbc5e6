// The retention purge at +200 days, across every store: afterwards nothing kept without consent can be linked to an
// email address, neither the address itself nor its plain SHA-256 (from which anyone could find a sender again).
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handle as sendLetter } from '../../functions/letters.mts';
import { handle as pledge } from '../../functions/pledges.mts';
import { handle as signUp } from '../../functions/alert-signups.mts';
import { handle as thank } from '../../functions/champion-thanks.mts';
import { taRequestSchema } from '../../src/lib/schemas/ta-request.ts';
import type { ChampionList } from '../../src/lib/schemas/champion.ts';
import { storeNames } from '../../src/lib/store-keys.ts';
import { readConfig } from '../../src/server/config.ts';
import { purgeMailRecords } from '../../src/server/mail-engine/index.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import { scopedStore } from '../../src/server/store.ts';
import { purgePersonalData, type PurgeStores } from '../../src/server/privacy-purge.ts';
import { notifyStaff, saveTaRequest } from '../../src/server/ta-requests.ts';
import { startLocalBlobs, type LocalBlobs } from '../helpers/blobs.ts';
import { loadLegislators } from '../helpers/content.ts';
import { crashOnce } from '../helpers/crash-store.ts';
import { startFakeResend, type FakeResend } from '../helpers/fake-resend.ts';
import { jsonPost, letterBody, letterDeps, testClock, type Clock } from '../helpers/letters.ts';
import { pledgeBody, pledgeDeps, pledgeJson } from '../helpers/pledges.ts';

let blobs: LocalBlobs;
let fake: FakeResend;
let clock: Clock;
let stores: PurgeStores;
let n = 0;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(() => blobs.stop());
beforeEach(async () => {
  fake = await startFakeResend();
  clock = testClock();
  const test = ++n;
  stores = Object.fromEntries(
    Object.entries(storeNames).map(([k, name]) => [k, blobs.store(`purge-${test}-${name}`)]),
  ) as PurgeStores;
});
afterEach(() => fake.close());

const site = 'https://act.example.org';
const email = 'ana@example.com';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const DAY = 86_400_000;

/** Every key and value in every store, as one text. */
async function everythingStored(): Promise<string> {
  const parts: string[] = [];
  for (const store of Object.values(stores)) {
    for (const key of await store.keys()) parts.push(key, JSON.stringify(await store.get(key)));
  }
  return parts.join('\n').toLowerCase();
}

describe('the retention purge at +200 days', () => {
  it('leaves nothing linkable to an email address that did not consent to be kept', async () => {
    const legislators = loadLegislators();
    const champion = legislators.find((l) => l.slug === 'aaron-michlewitz')!;
    const champions: ChampionList = {
      [champion.slug]: { why: 'Test fixture.', since: '2027-03-01', source: 'https://example.org/c' },
    };
    const config = readConfig({
      CONTEXT: 'dev',
      MAIL_FROM: 'letters@example.org',
      URL: site,
      RATE_LIMIT_SALT: 'test-salt',
      CONFIRMATIONS_PER_ADDRESS_PER_DAY: '10',
    });
    const mailer = resendMailer(fake.apiKey, fake.url);

    // a letter (no consent to be contacted), and one to a campaign that confirms the sender, never confirmed
    const letters = {
      ...letterDeps(stores.letters, fake, clock, { RATE_LIMIT_SALT: 'test-salt' }),
      limits: stores.limits,
    };
    expect((await sendLetter(jsonPost(letterBody({ email, contactConsent: false })), letters)).status).toBe(201);
    const base = letters.site.campaigns.find((c) => c.slug === 'mentoring-matching-grants')!;
    if (base.action.type !== 'letter') throw new Error('not a letter campaign');
    const confirming = { ...base, slug: 'confirming-copy', action: { ...base.action, confirmSender: true } };
    const withConfirming = {
      ...letters,
      site: { ...letters.site, campaigns: [...letters.site.campaigns, confirming] },
    };
    expect(
      (
        await sendLetter(
          jsonPost(letterBody({ email, campaign: 'confirming-copy', contactConsent: false })),
          withConfirming,
        )
      ).status,
    ).toBe(201);
    // letters go through the mail engine, whose store (here inside the letters store, as letterDeps scopes it) keeps
    // one pace marker per email to a legislator
    const mail = scopedStore(stores.letters, 'mail/');
    expect(await mail.keys('pace/')).not.toEqual([]);

    // a pledge never confirmed, and one whose tally was never written (the request died first)
    const pledges = { ...pledgeDeps(stores.pledges, fake, clock), limits: stores.limits };
    expect((await pledge(pledgeJson(pledgeBody({ email })), pledges)).status).toBe(201);
    const crashing = { ...pledges, store: crashOnce(stores.pledges, (k) => k.startsWith('tally/')) };
    await expect(
      pledge(pledgeJson(pledgeBody({ email, campaign: 'national-mentoring-month' })), crashing),
    ).rejects.toThrow(/simulated crash/);
    expect(await stores.pledges.keys('pledge/national-mentoring-month/')).toHaveLength(1);

    // an alert sign-up never confirmed
    const alerts = {
      store: stores.alertSignups,
      limits: stores.limits,
      mailer,
      config,
      now: clock.now,
      clientIp: '203.0.113.9',
    };
    const signup = new Request(`${site}/api/alert-signups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: site },
      body: JSON.stringify({ email, consent: true }),
    });
    expect((await signUp(signup, alerts)).status).toBe(202);

    // a champion thank-you the mail provider refused, left queued
    fake.failNext(1, 503);
    const thanks = {
      store: stores.championThanks,
      limits: stores.limits,
      mailer,
      config,
      now: clock.now,
      champions,
      legislators,
      clientIp: '203.0.113.5',
    };
    const body = JSON.stringify({ champion: champion.slug, name: 'Ana Díaz', email, town: 'Worcester' });
    const thanked = await thank(
      new Request(`${site}/api/champion-thanks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: site },
        body,
      }),
      thanks,
    );
    expect((await thanked.json()).data.status).toBe('queued');

    // a technical-assistance request staff were told about
    const request = taRequestSchema.parse({
      name: 'Ana Díaz',
      organization: 'Hill School',
      role: 'teacher',
      email,
      town: 'Boston',
      help: ['other'],
      message: 'Help us start a program.',
      consent: true,
    });
    const saved = await saveTaRequest(stores.taRequests, request, clock.now());
    const staffEnv = { staffEmail: 'staff@example.org', mailFromHeader: 'no-reply@example.org' };
    expect((await notifyStaff(stores.taRequests, mailer, staffEnv, saved.record, clock.now())).status).toBe('sent');

    expect(await everythingStored()).toContain(email);
    clock.advance(200 * DAY);
    await purgePersonalData(stores, clock.now(), { letters: 90, taRequests: 180 });
    await purgeMailRecords(mail, clock.now()); // the same daily job purges the engine's store (purge-personal-data)

    const left = await everythingStored();
    expect(left).not.toContain(email);
    expect(left).not.toContain(sha256(email).slice(0, 16));
    // the ids letters and thank-yous had when they were plain hashes of the address
    expect(left).not.toContain(sha256(`letter\nmentoring-matching-grants\n${email}`).slice(0, 16));
    expect(left).not.toContain(sha256(`champion-thanks\n${champion.slug}\n${email}`).slice(0, 16));
    expect(await mail.keys('pace/')).toEqual([]); // legislator ids hold a "/": the markers still go
    expect(await stores.limits.keys('limit/')).toEqual([]);
    expect(await stores.pledges.keys()).toEqual([]);
    expect(await stores.championThanks.keys()).toEqual([]);
    expect((await stores.letters.keys('count/mentoring-matching-grants/')).length).toBeGreaterThan(0); // counts stay
  }, 60_000);
});
