// Budget alert sign-ups end to end over a real local Blobs server and the real resend SDK against a fake Resend:
// double opt-in (only a POST confirms), duplicates collapse, every email can unsubscribe, unconfirmed sign-ups lapse.
import { describe, expect, it } from 'vitest';
import { handle as signUp } from '../../functions/alert-signups.mts';
import { handle as confirm } from '../../functions/alert-signups-confirm.mts';
import { handle as unsubscribe } from '../../functions/alert-signups-unsubscribe.mts';
import { handle as exportCsv } from '../../functions/admin-alert-signups.mts';
import { parseCsv } from '../../src/lib/csv.ts';
import { purgeLapsedSignups, type AlertSignupDeps } from '../../src/server/alert-signups.ts';
import { readConfig } from '../../src/server/config.ts';
import { liveAlertSignupDeps } from '../../src/server/alert-signup-wiring.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { testLocate, type Clock } from '../helpers/letters.ts';
import { loadLocationData } from '../../src/server/find-data.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('alert-signups', (fresh) => ({ fake, clock, store } = fresh));

const site = 'https://act.example.org';
const ADMIN_TOKEN = 'staff-token-0123456789';
const deps = (env: Record<string, string> = {}): AlertSignupDeps & { clientIp: string } => ({
  store,
  mailer: resendMailer(fake.apiKey, fake.url),
  config: readConfig({
    CONTEXT: 'dev',
    MAIL_FROM: 'alerts@example.org',
    URL: site,
    RATE_LIMIT_SALT: 'test-salt',
    ...env,
  }),
  now: clock.now,
  clientIp: '203.0.113.9',
});
const post = (path: string, fields: Record<string, string>, json = false) =>
  new Request(`${site}${path}`, {
    method: 'POST',
    headers: { 'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded', origin: site },
    body: json ? JSON.stringify(fields) : new URLSearchParams(fields).toString(),
  });
const form = (fields: Record<string, string> = {}) =>
  post('/api/alert-signups', { email: 'Ana@Example.com', name: 'Ana Díaz', consent: 'on', ...fields });

/** The link of this kind in an email's text. */
function linkIn(text: string, kind: 'confirm' | 'unsubscribe'): URL {
  const match = new RegExp(
    `https://act\\.example\\.org/api/alert-signups/${kind}\\?id=[0-9a-f]{32}&token=[A-Za-z0-9_%-]+`,
  ).exec(text);
  if (!match) throw new Error(`no ${kind} link in the email`);
  return new URL(match[0]);
}
const fieldsOf = (link: URL) => ({ id: link.searchParams.get('id')!, token: link.searchParams.get('token')! });

describe('signing up for budget alerts', () => {
  it('stores the sign-up, emails a confirm and an unsubscribe link; a form lands on "check your email"', async () => {
    const res = await signUp(form(), deps());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/alerts/signup/check-email/');
    const keys = await store.keys('signup/');
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain('ana'); // keyed by a salted hash, never the address
    expect(await store.get(keys[0]!)).toMatchObject({
      status: 'pending',
      email: 'Ana@Example.com',
      name: 'Ana Díaz',
      consent: expect.stringMatching(/^I agree to receive budget alert emails/),
    });
    expect(fake.delivered).toHaveLength(1);
    const email = fake.delivered[0]!.email;
    expect(email.to).toEqual(['Ana@Example.com']);
    expect(email.subject).toBe('Confirm your budget alerts');
    expect(email.text).toMatch(/^Hello Ana Díaz,/);
    linkIn(email.text, 'confirm');
    expect(email.headers?.['List-Unsubscribe']).toBe(`<${linkIn(email.text, 'unsubscribe')}>`);
  });

  it('refuses bad input with the fields to fix, and stores nothing', async () => {
    const res = await signUp(post('/api/alert-signups', { email: 'not-an-email', name: 'A\nB' }, true), deps());
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "validation_error",
          "fields": {
            "consent": [
              "Tick the box to agree to receive budget alert emails",
            ],
            "email": [
              "Enter an email address like name@example.com",
            ],
            "name": [
              "Your name must be on one line",
            ],
          },
          "message": "Your sign-up needs a fix.",
        },
      }
    `);
    const page = await signUp(form({ consent: '' }), deps());
    expect(page.status).toBe(422);
    expect(await page.text()).toContain('Agreement: Tick the box to agree to receive budget alert emails');
    expect(await store.keys('signup/')).toEqual([]);
    expect(fake.delivered).toHaveLength(0);
  });

  it('keeps one record however the address is spelled, and re-sends nothing within minutes', async () => {
    await signUp(form(), deps());
    await signUp(form({ email: ' ana@example.COM ' }), deps());
    expect(await store.keys('signup/')).toHaveLength(1);
    expect(fake.delivered).toHaveLength(1);
    clock.advance(11 * 60_000);
    await Promise.all([signUp(form(), deps()), signUp(form(), deps())]);
    expect(await store.keys('signup/')).toHaveLength(1);
    // a later resubmit sends a fresh link; the newest link is the one that works
    const last = fake.delivered.at(-1)!.email;
    const res = await confirm(post('/api/alert-signups/confirm', fieldsOf(linkIn(last.text, 'confirm'))), deps());
    expect(res.status).toBe(303);
  });

  it('answers the same when the address is already confirmed, and only tells that address', async () => {
    await signUp(form(), deps());
    await confirm(
      post('/api/alert-signups/confirm', fieldsOf(linkIn(fake.delivered[0]!.email.text, 'confirm'))),
      deps(),
    );
    const again = await signUp(post('/api/alert-signups', { email: 'ana@example.com', consent: 'on' }, true), deps());
    expect(again.status).toBe(202);
    expect((await again.json()).data.status).toBe('check_email');
    expect(fake.delivered.at(-1)!.email.subject).toBe('You already get our budget alerts');
  });

  it('says so, and keeps the sign-up, when the confirmation email cannot be sent', async () => {
    fake.failNext(1, 500);
    const res = await signUp(post('/api/alert-signups', { email: 'ana@example.com', consent: 'on' }, true), deps());
    expect(res.status).toBe(502);
    expect((await res.json()).error.code).toBe('send_failed');
    expect(await store.keys('signup/')).toHaveLength(1);
    const retry = await signUp(post('/api/alert-signups', { email: 'ana@example.com', consent: 'on' }, true), deps());
    expect(retry.status).toBe(202);
  });

  it('a deployed site refuses sign-ups without its own RATE_LIMIT_SALT (unsubscribe links would be forgeable)', () => {
    const saved = process.env.RATE_LIMIT_SALT;
    delete process.env.RATE_LIMIT_SALT;
    try {
      expect(() => liveAlertSignupDeps(readConfig({ CONTEXT: 'production', MAIL_FROM: 'alerts@example.org' }))).toThrow(
        /RATE_LIMIT_SALT must be set/,
      );
    } finally {
      if (saved !== undefined) process.env.RATE_LIMIT_SALT = saved;
    }
  });

  it('refuses a post from another site', async () => {
    const req = new Request(`${site}/api/alert-signups`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'email=a%40b.org&consent=on',
    });
    expect((await signUp(req, deps())).status).toBe(403);
  });
});

describe('where a subscriber lives', { timeout: 30_000 }, () => {
  const idOf = (chamber: string, name: string) => loadLocationData().districtIdByName.get(`${chamber}:${name}`);
  const signUpAt = (place: string, email: string) =>
    signUp(post('/api/alert-signups', { email, consent: 'on', place }, true), { ...deps(), locate: testLocate() });
  const stored = async (email: string) => {
    const records = await Promise.all((await store.keys('signup/')).map((k) => store.get<Record<string, unknown>>(k)));
    return records.find((r) => r?.email === email)!;
  };

  it('resolves an optional town, ZIP code or address to districts at sign-up, keeping only the districts', async () => {
    expect((await signUpAt('Abington', 'a@example.com')).status).toBe(202);
    const record = await stored('a@example.com');
    expect(record.districts).toEqual({
      house: idOf('house', '7th Plymouth'),
      senate: idOf('senate', 'Norfolk and Plymouth'),
    });
    expect(JSON.stringify(record)).not.toContain('Abington');
    // a street address with its town, as the finder's one address field takes it (the geocoder is down here:
    // the town decides, and the street is not kept either)
    await signUpAt('12 Plymouth St, Abington, MA', 'd@example.com');
    const withStreet = await stored('d@example.com');
    expect(withStreet.districts).toEqual(record.districts);
    expect(JSON.stringify(withStreet)).not.toContain('Plymouth St');
  });

  it('keeps the chamber a split town settles, and signs up anyway when the finder cannot place it', async () => {
    await signUpAt('Acton', 'b@example.com');
    expect((await stored('b@example.com')).districts).toEqual({
      house: null,
      senate: idOf('senate', 'Middlesex and Worcester'),
    });
    expect((await signUpAt('Nowhereville', 'c@example.com')).status).toBe(202);
    expect((await stored('c@example.com')).districts).toBeNull();
  });
});

describe('confirming', () => {
  it('opening the link (GET) only shows a page with a button; the POST confirms and welcomes', async () => {
    await signUp(form(), deps());
    const link = linkIn(fake.delivered[0]!.email.text, 'confirm');
    const page = await confirm(new Request(link), deps());
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<form method="post" action="/api/alert-signups/confirm">');
    expect(html).toContain('<button class="button" type="submit">Confirm my budget alerts</button>');
    const [key] = await store.keys('signup/');
    expect(await store.get(key!)).toMatchObject({ status: 'pending' });

    const res = await confirm(post('/api/alert-signups/confirm', fieldsOf(link)), deps());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/alerts/signup/confirmed/');
    expect(await store.get(key!)).toMatchObject({ status: 'confirmed', confirmTokenHash: null, expiresAt: null });
    const welcome = fake.delivered.at(-1)!.email;
    expect(welcome.subject).toBe('You are signed up for budget alerts');
    linkIn(welcome.text, 'unsubscribe');
    // confirming twice is harmless
    expect((await confirm(post('/api/alert-signups/confirm', fieldsOf(link)), deps())).status).toBe(303);
  });

  it('refuses a wrong token and an expired link', async () => {
    await signUp(form(), deps());
    const link = linkIn(fake.delivered[0]!.email.text, 'confirm');
    const wrong = await confirm(
      post('/api/alert-signups/confirm', { id: link.searchParams.get('id')!, token: 'x'.repeat(32) }),
      deps(),
    );
    expect(wrong.status).toBe(404);
    clock.advance(8 * 24 * 3600_000);
    const late = await confirm(post('/api/alert-signups/confirm', fieldsOf(link)), deps());
    expect(late.status).toBe(410);
    expect(await late.text()).toContain('expired');
  });
});

describe('unsubscribing and expiry', () => {
  it('the unsubscribe link shows a button; the POST deletes the record', async () => {
    await signUp(form(), deps());
    const link = linkIn(fake.delivered[0]!.email.text, 'unsubscribe');
    const page = await unsubscribe(new Request(link), deps());
    expect(await page.text()).toContain('<button class="button" type="submit">Unsubscribe</button>');
    expect(await store.keys('signup/')).toHaveLength(1);
    const res = await unsubscribe(post('/api/alert-signups/unsubscribe', fieldsOf(link)), deps());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/alerts/signup/unsubscribed/');
    expect(await store.keys('signup/')).toEqual([]);
  });

  it('a mail app’s one-click unsubscribe (POST to the link itself) works too; a forged token does not', async () => {
    await signUp(form(), deps());
    const link = linkIn(fake.delivered[0]!.email.text, 'unsubscribe');
    const forged = new URL(link);
    forged.searchParams.set('token', 'A'.repeat(43));
    expect(
      (
        await unsubscribe(
          new Request(forged, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: 'List-Unsubscribe=One-Click',
          }),
          deps(),
        )
      ).status,
    ).toBe(404);
    expect(await store.keys('signup/')).toHaveLength(1);
    const res = await unsubscribe(
      new Request(link, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
      deps(),
    );
    expect(res.status).toBe(303);
    expect(await store.keys('signup/')).toEqual([]);
  });

  it('the daily purge deletes sign-ups unconfirmed after 7 days, and keeps confirmed ones', async () => {
    await signUp(form(), deps());
    await signUp(form({ email: 'bo@example.com' }), deps());
    const boLink = linkIn(fake.delivered.find((d) => d.email.to[0] === 'bo@example.com')!.email.text, 'confirm');
    await confirm(post('/api/alert-signups/confirm', fieldsOf(boLink)), deps());
    expect(await purgeLapsedSignups(store, clock.now())).toBe(0);
    clock.advance(7 * 24 * 3600_000 + 60_000);
    expect(await purgeLapsedSignups(store, clock.now())).toBe(1);
    const left = await Promise.all((await store.keys('signup/')).map((k) => store.get<{ email: string }>(k)));
    expect(left.map((r) => r!.email)).toEqual(['bo@example.com']);
  });
});

describe('staff export', () => {
  const csv = (auth?: string) =>
    exportCsv(new Request(`${site}/api/admin/alert-signups.csv`, { headers: auth ? { authorization: auth } : {} }), {
      store,
      adminToken: ADMIN_TOKEN,
    });

  it('refuses anyone without the staff token', async () => {
    expect((await csv()).status).toBe(401);
    expect((await csv('Bearer wrong-token-0123456789')).status).toBe(401);
    expect(
      (
        await exportCsv(
          new Request(`${site}/api/admin/alert-signups.csv`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }),
          { store },
        )
      ).status,
    ).toBe(401);
  });

  it('lists confirmed subscribers only', async () => {
    await signUp(form(), deps());
    await signUp(form({ email: 'bo@example.com', name: '=HYPERLINK("x")' }), deps());
    await confirm(
      post('/api/alert-signups/confirm', fieldsOf(linkIn(fake.delivered[1]!.email.text, 'confirm'))),
      deps(),
    );
    const res = await csv(`Bearer ${ADMIN_TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual(['email', 'name', 'signed_up_at', 'confirmed_at', 'language', 'consent']);
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([['bo@example.com', `'=HYPERLINK("x")`]]);
  });
});
