// Campaigns that confirm the sender first (double opt-in), the public counts, and the staff export.
import { describe, expect, it } from 'vitest';
import { handle as sendLetter } from '../../functions/letters.mts';
import { handle as confirm } from '../../functions/letters-confirm.mts';
import { handle as summary } from '../../functions/letters-summary.mts';
import { handle as exportCsv } from '../../functions/admin-letters.mts';
import { parseCsv } from '../../src/lib/csv.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { jsonPost, letterBody, letterDeps, type Clock } from '../helpers/letters.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('confirm', (fresh) => ({ fake, clock, store } = fresh));

/** The real campaign, set to require confirmation of the sender's address. */
function confirmingDeps() {
  const deps = letterDeps(store, fake, clock);
  const campaigns = deps.site.campaigns.map((c) =>
    c.slug === 'mentoring-matching-grants' && c.action.type === 'letter'
      ? { ...c, action: { ...c.action, confirmSender: true } }
      : c,
  );
  return { ...deps, site: { ...deps.site, campaigns } };
}

function linkFrom(text: string): URL {
  const match = /https:\/\/act\.example\.org\/api\/letters\/confirm\?token=[A-Za-z0-9_.%-]+/.exec(text);
  if (!match) throw new Error('no confirmation link in the email');
  return new URL(match[0]);
}

describe('confirming the sender first', () => {
  it('sends nothing to legislators until the sender clicks the button on the confirmation page', async () => {
    const res = await sendLetter(jsonPost(letterBody()), confirmingDeps());
    expect((await res.json()).data.status).toBe('awaiting_confirmation');
    expect(fake.delivered.map((d) => d.email.subject)).toEqual(['Confirm your letter to your legislators']);
    const link = linkFrom(fake.delivered[0]!.email.text);

    // Opening the link (as a mail scanner would) only shows a page with a button.
    const page = await confirm(new Request(link), confirmingDeps());
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<button class="button" type="submit">Confirm and send my letter</button>');
    expect(fake.delivered).toHaveLength(1);

    const token = link.searchParams.get('token')!;
    const post = new Request('https://act.example.org/api/letters/confirm', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://act.example.org' },
      body: new URLSearchParams({ token }).toString(),
    });
    const done = await confirm(post, confirmingDeps());
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/campaigns/mentoring-matching-grants/thanks/');
    expect(fake.delivered.map((d) => d.email.to[0]!.split('@')[1])).toEqual([
      'example.com',
      'mahouse.gov',
      'masenate.gov',
      'example.com',
    ]);

    // Confirming twice sends nothing more.
    await confirm(
      new Request(post.url, { method: 'POST', headers: post.headers, body: new URLSearchParams({ token }).toString() }),
      confirmingDeps(),
    );
    expect(fake.delivered).toHaveLength(4);
  });

  it('refuses made-up and expired tokens', async () => {
    const bad = await confirm(
      new Request('https://act.example.org/api/letters/confirm', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: 'x'.repeat(32) }),
      }),
      confirmingDeps(),
    );
    expect(bad.status).toBe(404);
    await sendLetter(jsonPost(letterBody()), confirmingDeps());
    const token = linkFrom(fake.delivered[0]!.email.text).searchParams.get('token')!;
    clock.advance(8 * 24 * 3600_000);
    const late = await confirm(
      new Request('https://act.example.org/api/letters/confirm', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      }),
      confirmingDeps(),
    );
    expect(late.status).toBe(404);
    expect((await late.json()).error.message).toContain('expired');
    expect(fake.delivered).toHaveLength(1);
  });
});

describe('GET /api/letters/summary', () => {
  it('counts letters per campaign and district, without personal data, cacheable', async () => {
    const deps = letterDeps(store, fake, clock);
    await sendLetter(jsonPost(letterBody()), deps);
    await sendLetter(jsonPost(letterBody({ email: 'ben@example.com', name: 'Ben' })), deps);
    const res = await summary(
      new Request('https://act.example.org/api/letters/summary?campaign=mentoring-matching-grants'),
      { store, campaigns: deps.site.campaigns },
    );
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const { data } = await res.json();
    expect(data.total).toBe(2);
    // the goal's figures are the editors' to change: the test holds only that it is there and what it counts
    expect(data.goal).toMatchObject({ label: 'letters and calls to legislators', count: expect.any(Number) });
    expect(Object.values(data.byDistrict)).toEqual([2, 2]);
    expect(JSON.stringify(data)).not.toContain('example.com');
    expect(
      (
        await summary(new Request('https://x/api/letters/summary?campaign=nope'), {
          store,
          campaigns: deps.site.campaigns,
        })
      ).status,
    ).toBe(404);
  });
});

describe('GET /api/admin/letters.csv', () => {
  const token = 'staff-token-0123456789';
  it('needs the staff token', async () => {
    const url = 'https://x/api/admin/letters.csv?campaign=mentoring-matching-grants';
    expect((await exportCsv(new Request(url), { store, adminToken: token })).status).toBe(401);
    expect(
      (
        await exportCsv(new Request(url, { headers: { authorization: 'Bearer wrong-token-0123456789' } }), {
          store,
          adminToken: token,
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await exportCsv(new Request(url, { headers: { authorization: `Bearer ${token}` } }), {
          store,
          adminToken: undefined,
        })
      ).status,
    ).toBe(401);
  });

  it('lists letters with delivery status, and names only people who agreed to be contacted', async () => {
    const deps = letterDeps(store, fake, clock);
    await sendLetter(jsonPost(letterBody()), deps);
    await sendLetter(jsonPost(letterBody({ email: 'ben@example.com', name: 'Ben', contactConsent: false })), deps);
    const res = await exportCsv(
      new Request('https://x/api/admin/letters.csv?campaign=mentoring-matching-grants', {
        headers: { authorization: `Bearer ${token}` },
      }),
      { store, adminToken: token },
    );
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(await res.text());
    expect(rows).toHaveLength(3);
    const body = rows.slice(1).map((r) => [r[1], r[2], r[3], r[4], r[5], r[8], r[9]]);
    expect(body).toContainEqual([
      'accepted',
      '8th Suffolk',
      'sent',
      'Third Suffolk',
      'sent',
      'Ana Díaz',
      'ana@example.com',
    ]);
    expect(body).toContainEqual(['accepted', '8th Suffolk', 'sent', 'Third Suffolk', 'sent', '', '']);
  });
});

describe('privacy: old letters lose their text', () => {
  it('deletes the letter text and, without consent, the sender after the retention time, keeping counts', async () => {
    const { purgeOldLetters, letterSummary } = await import('../../src/server/letter-records.ts');
    const deps = letterDeps(store, fake, clock);
    await sendLetter(jsonPost(letterBody({ street: '24 Beacon St', town: 'Boston', contactConsent: false })), deps);
    expect(await purgeOldLetters(store, clock.now(), 90)).toBe(0);
    clock.advance(91 * 24 * 3600_000);
    expect(await purgeOldLetters(store, clock.now(), 90)).toBe(1);
    const [key] = await store.keys('letter/');
    const letter = await store.get<Record<string, unknown>>(key!);
    expect(letter).toMatchObject({ body: '', sender: { name: '', email: '' } });
    expect(JSON.stringify(letter)).not.toMatch(/Beacon|ana@example\.com|Please fund/);
    expect((await letterSummary(store, 'mentoring-matching-grants')).total).toBe(1);
    expect(await store.keys('limit/')).toEqual([]); // the per-email and per-connection markers are gone too
  });
});
