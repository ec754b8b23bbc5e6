// Links emailed before the one confirmation layout still work until they would have expired: each test stores a link
// the way the code before that deploy did, then follows it through the real functions.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { handle as sendLetter } from '../../functions/letters.mts';
import { handle as confirmLetter } from '../../functions/letters-confirm.mts';
import { handle as pledge } from '../../functions/pledges.mts';
import { handle as confirmPledge } from '../../functions/pledges-confirm.mts';
import { handle as withdraw } from '../../functions/pledges-withdraw.mts';
import { handle as signUp } from '../../functions/alert-signups.mts';
import { handle as confirmSignup } from '../../functions/alert-signups-confirm.mts';
import { readConfig } from '../../src/server/config.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import { purgeOldLetterLinks } from '../../src/server/old-confirmation-links.ts';
import { purgeExpiredPledges } from '../../src/server/pledges.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { jsonPost, letterBody, letterDeps, type Clock } from '../helpers/letters.ts';
import { linksIn, pledgeBody, pledgeDeps, pledgeForm, pledgeJson } from '../helpers/pledges.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('old-links', (fresh) => ({ fake, clock, store } = fresh));

const site = 'https://act.example.org';
const DAY = 86_400_000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** A link secret as the code before the one layout made them. */
const oldSecret = () => randomBytes(24).toString('base64url');
const formPost = (path: string, fields: Record<string, string>) =>
  new Request(`${site}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site },
    body: new URLSearchParams(fields).toString(),
  });

/** Removes the links the code of today stored, so only the old ones are left. */
async function dropNewLinks(): Promise<void> {
  for (const key of await store.keys('confirmation/')) await store.delete(key);
}

describe('links emailed before the one layout', () => {
  it('a letter’s old link (its token alone) confirms and sends until it expires, then the purge drops it', async () => {
    const letters = letterDeps(store, fake, clock);
    const campaigns = letters.site.campaigns.map((c) =>
      c.slug === 'mentoring-matching-grants' && c.action.type === 'letter'
        ? { ...c, action: { ...c.action, confirmSender: true } }
        : c,
    );
    const deps = { ...letters, site: { ...letters.site, campaigns } };
    expect((await sendLetter(jsonPost(letterBody()), deps)).status).toBe(201);
    const letterId = (await store.keys('letter/mentoring-matching-grants/'))[0]!.split('/')[2]!;
    await dropNewLinks();
    const campaign = 'mentoring-matching-grants';
    const [stale, live] = [oldSecret(), oldSecret()];
    const expiresAt = (days: number) => new Date(clock.now().getTime() + days * DAY).toISOString();
    await store.set(`confirm/${sha256(stale)}`, { campaign, letterId, expiresAt: expiresAt(-1) });
    await store.set(`confirm/${sha256(live)}`, { campaign, letterId, expiresAt: expiresAt(6) });

    const refused = await confirmLetter(formPost('/api/letters/confirm', { token: stale }), deps);
    expect(refused.status).toBe(410);
    expect(await refused.text()).toContain('expired');
    const confirmed = await confirmLetter(formPost('/api/letters/confirm', { token: live }), deps);
    expect(confirmed.status).toBe(303);
    expect(fake.delivered.map((d) => d.email.to[0]!.split('@')[1])).toEqual([
      'example.com',
      'mahouse.gov',
      'masenate.gov',
      'example.com',
    ]);

    await purgeOldLetterLinks(store, clock.now());
    expect(await store.keys('confirm/')).toEqual([`confirm/${sha256(live)}`]);
    clock.advance(7 * DAY);
    await purgeOldLetterLinks(store, clock.now());
    expect(await store.keys('confirm/')).toEqual([]);
  });

  it('a pledge’s old link confirms; the hourly purge moves it to the one layout, where it withdraws', async () => {
    const deps = pledgeDeps(store, fake, clock);
    expect((await pledge(pledgeJson(pledgeBody()), deps)).status).toBe(201);
    const { token } = linksIn(fake.delivered[0]!.email.text);
    const [id, secret] = token.split('.') as [string, string];
    await dropNewLinks();
    await store.set(`token/${id}/${sha256(secret)}`, {
      campaign: 'mentors-of-color',
      createdAt: '2026-11-23T15:00:00Z',
    });

    const confirmed = await confirmPledge(pledgeForm([['token', token]], '/api/pledges/confirm'), deps);
    expect(confirmed.status).toBe(303);
    expect(await store.get((await store.keys('pledge/mentors-of-color/'))[0]!)).toMatchObject({ status: 'confirmed' });

    clock.advance(30 * DAY);
    await purgeExpiredPledges(store, clock.now());
    expect(await store.keys('token/')).toEqual([]);
    expect(await store.keys('confirmation/')).toEqual([`confirmation/pledge/${id}/${sha256(secret)}`]);
    const withdrawn = await withdraw(pledgeForm([['token', token]], '/api/pledges/withdraw'), deps);
    expect(await withdrawn.text()).toContain('Your pledge is withdrawn');
    expect(await store.keys()).toEqual([]);
  });

  it('an alert sign-up’s old link (its hash kept on the sign-up) confirms it, and no other token does', async () => {
    const deps = {
      store,
      mailer: resendMailer(fake.apiKey, fake.url),
      config: readConfig({ CONTEXT: 'dev', MAIL_FROM: 'a@example.org', URL: site, RATE_LIMIT_SALT: 'test-salt' }),
      now: clock.now,
      clientIp: '203.0.113.9',
    };
    const fields = { email: 'ana@example.com', consent: 'on' };
    expect((await signUp(formPost('/api/alert-signups', fields), deps)).status).toBe(303);
    const [key] = await store.keys('signup/');
    const id = key!.slice('signup/'.length);
    await dropNewLinks();
    const secret = oldSecret();
    const record = (await store.get<Record<string, unknown>>(key!))!;
    await store.set(key!, { ...record, confirmTokenHash: sha256(secret) });

    const wrong = await confirmSignup(formPost('/api/alert-signups/confirm', { id, token: oldSecret() }), deps);
    expect(wrong.status).toBe(404);
    const res = await confirmSignup(formPost('/api/alert-signups/confirm', { id, token: secret }), deps);
    expect(res.headers.get('location')).toBe('/alerts/signup/confirmed/');
    expect(await store.get(key!)).toMatchObject({ status: 'confirmed', confirmTokenHash: null });
  });
});
