// A letter's status page, as its sender sees it while the mail engine sends and Resend's webhook reports: "on its
// way", then "delivered" or "could not be delivered", per legislator; and the staff dashboard counts the same. The
// real letters, webhook and status functions over a local Blobs server and the fake Resend.
import { describe, expect, it } from 'vitest';
import { handle as sendLetter } from '../../functions/letters.mts';
import { handle as statusPage, type LetterStatusDeps } from '../../functions/letter-status.mts';
import { handle as webhook, legislatorAddresses } from '../../functions/resend-webhook.mts';
import { siteData } from '../../src/server/campaign-data.ts';
import { letterEngine } from '../../src/server/letter-delivery.ts';
import { letterIdOfStatusToken, letterStatusToken } from '../../src/server/letter-status.ts';
import { runSender } from '../../src/server/mail-engine/index.ts';
import { campaignStats } from '../../src/server/staff/campaign-stats.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { jsonPost, letterBody, letterDeps, type Clock } from '../helpers/letters.ts';
import { signWebhook, webhookSecret } from '../helpers/webhook-sign.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('letter-status', (fresh) => ({ fake, clock, store } = fresh));

const SECRET = webhookSecret();
const SALT = 'test-salt';
const CAMPAIGN = 'mentoring-matching-grants';
const env = { RATE_LIMIT_SALT: SALT, RESEND_WEBHOOK_SECRET: SECRET };
const letters = () => letterDeps(store, fake, clock, env);
const statusDeps = (): LetterStatusDeps => ({
  stores: { letters: store, mail: letters().mail },
  salt: SALT,
  campaigns: siteData().campaigns,
});

/** The page's words for each legislator, in order. */
async function openStatus(url: string): Promise<{ status: number; page: string; states: string[] }> {
  const res = await statusPage(new Request(`https://act.example.org${url}`), statusDeps());
  const page = await res.text();
  const states = [...page.matchAll(/<li data-state="[^"]+"><strong>([^<]+):<\/strong> <span>([^<]+)<\/span>/g)];
  return { status: res.status, page, states: states.map((m) => `${m[1]}: ${m[2]}`) };
}

/** Resend reporting on one email the fake received, with the tags it echoes, as the webhook receives it. */
async function report(type: string, to: (address: string) => boolean, id: string, extra = {}) {
  const sent = fake.delivered.find((d) => to(d.email.to[0]!))!;
  const tags = Object.fromEntries((sent.email.tags ?? []).map((t) => [t.name, t.value]));
  const payload = JSON.stringify({
    type,
    created_at: clock.now().toISOString(),
    data: { email_id: sent.id, to: sent.email.to, subject: sent.email.subject, tags, ...extra },
  });
  const req = new Request('https://act.example.org/api/resend-webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signWebhook(SECRET, id, payload) },
    body: payload,
  });
  const deps = { store: letters().mail, config: letters().config, now: clock.now, legislators: legislatorAddresses() };
  expect((await webhook(req, deps)).status).toBe(200);
}

const toHouse = (a: string) => a.endsWith('@mahouse.gov');
const toSenate = (a: string) => a.endsWith('@masenate.gov');

describe('a letter’s status page', () => {
  it('says "on its way" while the engine retries, then "delivered" or "not delivered" as Resend reports', async () => {
    await fake.goDown(503);
    const reply = (await (await sendLetter(jsonPost(letterBody()), letters())).json()).data;
    expect(reply.status).toBe('queued');
    expect(reply.statusUrl).toMatch(/^\/letters\/status\/mentoring-matching-grants\/[0-9a-f]{56}\/$/);

    const waiting = await openStatus(reply.statusUrl);
    expect(waiting.status).toBe(200);
    expect(waiting.states).toEqual([
      expect.stringMatching(/^Representative .+ \(8th Suffolk\): On its way$/),
      expect.stringMatching(/^Senator .+ \(Third Suffolk\): On its way$/),
    ]);
    expect(waiting.page).toContain('<a href="/letters/status/');
    expect(waiting.page).toContain('<script defer src="/scripts/letter-status.js"></script>');
    // nothing about the sender beyond the campaign: not their name, email or town
    expect(waiting.page).not.toMatch(/Ana|ana@example\.com|Díaz/);

    // the engine's sender delivers it after its backoff: handed to Resend, still "on its way" until Resend reports
    await fake.recover();
    clock.advance(20_000);
    await runSender(letterEngine(letters()), { budgetMs: 5_000 });
    expect(fake.delivered.map((d) => d.email.to[0]).filter((a) => toHouse(a!) || toSenate(a!))).toHaveLength(2);
    expect((await openStatus(reply.statusUrl)).states.map((s) => s.split(': ')[1])).toEqual([
      'On its way',
      'On its way',
    ]);

    await report('email.delivered', toHouse, 'msg_1');
    expect((await openStatus(reply.statusUrl)).states.map((s) => s.split(': ')[1])).toEqual([
      'Delivered',
      'On its way',
    ]);
    await report('email.bounced', toSenate, 'msg_2', { bounce: { type: 'Permanent', subType: 'General' } });
    const final = await openStatus(reply.statusUrl);
    expect(final.states.map((s) => s.split(': ')[1])).toEqual(['Delivered', 'Could not be delivered']);
    // all final: no script, no "check again"
    expect(final.page).not.toContain('letter-status.js');
    expect(final.page).not.toContain('data-check-again');

    // the staff dashboard counts the same emails the same way
    const stats = await campaignStats(
      { letters: store, mail: letters().mail, pledges: store, calls: store, alertSignups: store },
      CAMPAIGN,
      [],
    );
    expect(stats.delivery).toMatchObject({ delivered: 1, bounced: 1, sent: 0, queued: 0, failed: 0 });
  });

  it('is found only with the link it was given: a changed token, or another campaign, is a 404', async () => {
    const reply = (await (await sendLetter(jsonPost(letterBody()), letters())).json()).data;
    const token = reply.statusUrl.split('/').at(-2) as string;
    const flipped = `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`;
    expect((await openStatus(`/letters/status/${CAMPAIGN}/${flipped}/`)).status).toBe(404);
    expect((await openStatus(`/letters/status/${CAMPAIGN}/${reply.letterId}/`)).status).toBe(404);
    expect((await openStatus(`/letters/status/another-campaign/${token}/`)).status).toBe(404);
    expect((await openStatus(`/letters/status/${CAMPAIGN}/${token}`)).status).toBe(200); // no trailing slash
    const post = await statusPage(
      new Request(`https://act.example.org${reply.statusUrl}`, { method: 'POST' }),
      statusDeps(),
    );
    expect(post.status).toBe(405);
  });

  it('links the sender’s copy of the letter to the status page', async () => {
    const reply = (await (await sendLetter(jsonPost(letterBody()), letters())).json()).data;
    const copy = fake.delivered.find((d) => d.email.to[0] === 'ana@example.com')!.email;
    expect(copy.text).toContain(`https://act.example.org${reply.statusUrl}`);
  });

  it('speaks the language the letter was written in, its copy linking to that page', async () => {
    const reply = (await (await sendLetter(jsonPost(letterBody({ lang: 'es' })), letters())).json()).data;
    const copy = fake.delivered.find((d) => d.email.to[0] === 'ana@example.com')!.email;
    expect(copy.text).toContain(`https://act.example.org${reply.statusUrl}`);
    const page = await openStatus(reply.statusUrl);
    expect(page.page).toContain('<html lang="es-US">');
    expect(page.page).toContain('<h1>Dónde está su carta</h1>');
    expect(page.states).toEqual([
      expect.stringMatching(/^Representante .+ \(8th Suffolk\): (En camino|Entregada)$/),
      expect.stringMatching(/^Senador\(a\) .+ \(Third Suffolk\): (En camino|Entregada)$/),
    ]);
    // the campaign keeps its English title, marked as English, and links to the Spanish campaign page
    expect(page.page).toMatch(/<a href="\/es\/campaigns\/mentoring-matching-grants\/" lang="en">/);
    // an unknown link from a Portuguese page says so in Portuguese
    const missing = await statusPage(
      new Request(`https://act.example.org/letters/status/${CAMPAIGN}/nope/`, {
        headers: { referer: 'https://act.example.org/pt/campaigns/' },
      }),
      statusDeps(),
    );
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<h1>Nenhuma carta aqui</h1>');
  });
});

describe('status tokens', () => {
  it('round-trip for their campaign only, and need the salt to be made', () => {
    const id = 'a'.repeat(32);
    const token = letterStatusToken(SALT, CAMPAIGN, id);
    expect(letterIdOfStatusToken(SALT, CAMPAIGN, token)).toBe(id);
    expect(letterIdOfStatusToken(SALT, 'other', token)).toBeNull();
    expect(letterIdOfStatusToken('other-salt', CAMPAIGN, token)).toBeNull();
    expect(letterIdOfStatusToken(SALT, CAMPAIGN, `${token}0`)).toBeNull();
    expect(letterIdOfStatusToken(SALT, CAMPAIGN, '../../etc')).toBeNull();
  });
});
