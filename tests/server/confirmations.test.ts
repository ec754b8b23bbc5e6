// Confirmation links, one mechanism for every flow: only a secret's hash is stored, under one key layout; a link
// confirms until it expires; a subject's links can be consumed; the purge deletes expired ones.
import { describe, expect, it } from 'vitest';
import { handle as sendLetter } from '../../functions/letters.mts';
import { handle as pledge } from '../../functions/pledges.mts';
import { handle as signUp } from '../../functions/alert-signups.mts';
import {
  consumeConfirmations,
  findConfirmation,
  issueConfirmation,
  linkToken,
  purgeExpiredConfirmations,
  splitLinkToken,
  storeBeforeConfirming,
} from '../../src/server/confirmations.ts';
import { readConfig } from '../../src/server/config.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { jsonPost, letterBody, letterDeps, type Clock } from '../helpers/letters.ts';
import { pledgeBody, pledgeDeps, pledgeJson } from '../helpers/pledges.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('confirmations', (fresh) => ({ fake, clock, store } = fresh));

const WEEK = 7 * 24 * 3600_000;
const subject = 'a'.repeat(32);

/** Every key and value in the store, as one text. */
async function everythingStored(): Promise<string> {
  const parts: string[] = [];
  for (const key of await store.keys()) parts.push(key, JSON.stringify(await store.get(key)));
  return parts.join('\n');
}

describe('a confirmation link', () => {
  it('confirms with the emailed secret only, for its flow and subject, until it expires; stores a hash', async () => {
    const now = clock.now();
    const { secret } = await issueConfirmation(store, 'letter', subject, { now, ttlMs: WEEK, campaign: 'c1' });
    expect(await everythingStored()).not.toContain(secret);
    expect(await findConfirmation(store, 'letter', subject, secret, now)).toMatchObject({
      kind: 'valid',
      confirmation: { campaign: 'c1' },
    });
    expect(await findConfirmation(store, 'letter', subject, `${secret}x`, now)).toEqual({ kind: 'invalid' });
    expect(await findConfirmation(store, 'letter', 'b'.repeat(32), secret, now)).toEqual({ kind: 'invalid' });
    expect(await findConfirmation(store, 'pledge', subject, secret, now)).toEqual({ kind: 'invalid' });
    const late = new Date(now.getTime() + WEEK + 1);
    expect(await findConfirmation(store, 'letter', subject, secret, late)).toEqual({ kind: 'expired' });
  });

  it('a newer link leaves the earlier one working; consuming ends every link of its subject, no other', async () => {
    const now = clock.now();
    const first = await issueConfirmation(store, 'alerts', subject, { now, ttlMs: WEEK });
    const second = await issueConfirmation(store, 'alerts', subject, { now, ttlMs: WEEK });
    const other = await issueConfirmation(store, 'alerts', 'c'.repeat(32), { now, ttlMs: WEEK });
    expect((await findConfirmation(store, 'alerts', subject, first.secret, now)).kind).toBe('valid');
    await consumeConfirmations(store, 'alerts', subject);
    expect((await findConfirmation(store, 'alerts', subject, first.secret, now)).kind).toBe('invalid');
    expect((await findConfirmation(store, 'alerts', subject, second.secret, now)).kind).toBe('invalid');
    expect((await findConfirmation(store, 'alerts', 'c'.repeat(32), other.secret, now)).kind).toBe('valid');
  });

  it('the purge deletes links past their expiry and keeps live ones and those without an expiry', async () => {
    const now = clock.now();
    const expiring = await issueConfirmation(store, 'letter', subject, { now, ttlMs: WEEK, campaign: 'c1' });
    const lasting = await issueConfirmation(store, 'pledge', subject, { now, ttlMs: null, campaign: 'c1' });
    expect(await purgeExpiredConfirmations(store, now)).toBe(0);
    const later = new Date(now.getTime() + WEEK + 1);
    expect(await purgeExpiredConfirmations(store, later)).toBe(1);
    expect((await findConfirmation(store, 'letter', subject, expiring.secret, now)).kind).toBe('invalid');
    expect((await findConfirmation(store, 'pledge', subject, lasting.secret, later)).kind).toBe('valid');
  });

  it('a letter’s or pledge’s link token carries its subject; an old letter token has none', () => {
    expect(splitLinkToken(linkToken(subject, 'secret-part'))).toEqual({ subject, secret: 'secret-part' });
    expect(splitLinkToken('x'.repeat(32))).toBeNull();
    expect(splitLinkToken('.secret')).toBeNull();
  });
});

describe('storing a record a confirmation email will follow', () => {
  const allow = async () => ({ ok: true as const });
  const refuse = async () => ({ ok: false as const, retryAfterSeconds: 90 });

  it('a first record is kept only when the address’s cap allows an email; a lost race takes nothing', async () => {
    expect(await storeBeforeConfirming(store, 'r/1', { n: 1 }, false, refuse)).toEqual({
      kind: 'capped',
      retryAfterSeconds: 90,
    });
    expect(await store.get('r/1')).toBeNull(); // nothing was sent: nothing is kept
    expect(await storeBeforeConfirming(store, 'r/1', { n: 1 }, false, allow)).toEqual({ kind: 'stored' });
    let taken = 0;
    const counting = async () => {
      taken++;
      return { ok: true as const };
    };
    expect(await storeBeforeConfirming(store, 'r/1', { n: 2 }, false, counting)).toEqual({ kind: 'lost_race' });
    expect(taken).toBe(0);
    expect(await store.get('r/1')).toEqual({ n: 1 });
  });

  it('a refreshed record is written only within the cap', async () => {
    await store.set('r/2', { n: 1 });
    expect((await storeBeforeConfirming(store, 'r/2', { n: 2 }, true, refuse)).kind).toBe('capped');
    expect(await store.get('r/2')).toEqual({ n: 1 });
    expect((await storeBeforeConfirming(store, 'r/2', { n: 2 }, true, allow)).kind).toBe('stored');
    expect(await store.get('r/2')).toEqual({ n: 2 });
  });
});

describe('one layout for every flow', () => {
  it('a letter, a pledge and an alert sign-up store their links alike, and no record holds a token', async () => {
    const letters = letterDeps(store, fake, clock, { RATE_LIMIT_SALT: 'test-salt' });
    const campaigns = letters.site.campaigns.map((c) =>
      c.action.type === 'letter' ? { ...c, action: { ...c.action, confirmSender: true } } : c,
    );
    const confirming = { ...letters, site: { ...letters.site, campaigns } };
    expect((await sendLetter(jsonPost(letterBody()), confirming)).status).toBe(201);
    expect((await pledge(pledgeJson(pledgeBody()), pledgeDeps(store, fake, clock))).status).toBe(201);
    const site = 'https://act.example.org';
    const alerts = {
      store,
      mailer: resendMailer(fake.apiKey, fake.url),
      config: readConfig({ CONTEXT: 'dev', MAIL_FROM: 'a@example.org', URL: site, RATE_LIMIT_SALT: 'test-salt' }),
      now: clock.now,
      clientIp: '203.0.113.9',
    };
    const body = JSON.stringify({ email: 'ana@example.com', consent: true });
    const headers = { 'content-type': 'application/json', origin: site };
    expect(
      (await signUp(new Request(`${site}/api/alert-signups`, { method: 'POST', headers, body }), alerts)).status,
    ).toBe(202);

    const links = await store.keys('confirmation/');
    expect(links.map((k) => k.split('/')[1]).sort()).toEqual(['alerts', 'letter', 'pledge']);
    for (const key of links) expect(key).toMatch(/^confirmation\/(letter|pledge|alerts)\/[0-9a-f]{32}\/[0-9a-f]{64}$/);
    expect(await store.keys('confirm/')).toEqual([]); // the letters' old layout
    expect(await store.keys('token/')).toEqual([]); // the pledges' old layout
    const [signup] = await store.keys('signup/');
    expect(await store.get(signup!)).toMatchObject({ status: 'pending', confirmTokenHash: null });
    // every emailed secret is in the mail, never in the store
    const stored = await everythingStored();
    for (const { email } of fake.delivered) {
      const secret = /token=(?:[0-9a-f]{32}\.)?([A-Za-z0-9_-]{20,})/.exec(email.text)?.[1];
      if (secret) expect(stored).not.toContain(secret);
    }
  });
});
