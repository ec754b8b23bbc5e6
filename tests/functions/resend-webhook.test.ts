// Resend's delivery events: payloads signed with the Standard Webhooks scheme the SDK's webhooks.verify checks, over
// a real local Blobs server. Bad signatures are refused, replays ignored, bounces and complaints suppress, a
// legislator's bounce reaches staff through the mail engine, and each letter's status per legislator is kept.
import { describe, expect, it } from 'vitest';
import { handle, legislatorAddresses, type WebhookDeps } from '../../functions/resend-webhook.mts';
import { readConfig } from '../../src/server/config.ts';
import { loadLocationData } from '../../src/server/find-data.ts';
import { enqueueMail, isSuppressed, mailKeys, runSender } from '../../src/server/mail-engine/index.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { jsonPost, letterBody, letterDeps, type Clock } from '../helpers/letters.ts';
import { handle as sendLetter } from '../../functions/letters.mts';
import { letterEngine } from '../../src/server/letter-delivery.ts';
import { signWebhook, webhookSecret } from '../helpers/webhook-sign.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('resend-webhook', (fresh) => ({ fake, clock, store } = fresh));

const SECRET = webhookSecret();
const SALT = 'test-salt';
const config = readConfig({
  CONTEXT: 'dev',
  MAIL_FROM: 'alerts@example.org',
  URL: 'https://act.example.org',
  RATE_LIMIT_SALT: SALT,
  RESEND_WEBHOOK_SECRET: SECRET,
  STAFF_EMAIL: 'staff@example.org',
});
const deps = (): WebhookDeps => ({ store, config, now: clock.now, legislators: legislatorAddresses() });
const hex = (s: string) => Buffer.from(s).toString('hex');

function event(type: string, to: string, extra: Record<string, unknown> = {}, tags: Record<string, string> = {}) {
  return {
    type,
    created_at: '2026-11-23T15:00:05.000Z',
    data: {
      email_id: 'email-1',
      created_at: '2026-11-23T15:00:00.000Z',
      from: 'x@example.org',
      to: [to],
      subject: 'Hi',
      tags,
      ...extra,
    },
  };
}
function post(body: unknown, options: { id?: string; secret?: string; timestamp?: number; tamper?: boolean } = {}) {
  const payload = JSON.stringify(body);
  const headers = signWebhook(options.secret ?? SECRET, options.id ?? 'msg_1', payload, options.timestamp);
  return new Request('https://act.example.org/api/resend-webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: options.tamper ? payload.replace('delivered', 'bounced') : payload,
  });
}

describe('POST /api/resend-webhook', () => {
  it('accepts a validly signed event and keeps the status where staff read a letter per legislator', async () => {
    const tags = { mail_entry: 'e1', mail_status: hex('letter/abc/ma-house-050'), mail_role: 'legislator' };
    const res = await handle(post(event('email.delivered', 'rep@example.org', {}, tags)), deps());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      data: { status: 'processed', suppressed: 0, statusKey: 'letter/abc/ma-house-050', staffNotices: 0 },
    });
    expect(await store.get(mailKeys.status('letter/abc/ma-house-050'))).toEqual({
      event: 'email.delivered',
      at: '2026-11-23T15:00:05.000Z',
      providerId: 'email-1',
      entryId: 'e1',
    });
    // a later "delivery delayed" does not hide "delivered"; a bounce does
    await handle(post(event('email.delivery_delayed', 'rep@example.org', {}, tags), { id: 'msg_2' }), deps());
    expect(await store.get(mailKeys.status('letter/abc/ma-house-050'))).toMatchObject({ event: 'email.delivered' });
  });

  it('refuses a bad or stale signature, a tampered body, another secret: 401, nothing stored', async () => {
    const body = event('email.delivered', 'a@example.org');
    expect((await handle(post(body, { tamper: true }), deps())).status).toBe(401);
    expect((await handle(post(body, { secret: webhookSecret() }), deps())).status).toBe(401);
    expect((await handle(post(body, { timestamp: Math.floor(Date.now() / 1000) - 3600 }), deps())).status).toBe(401);
    const unsigned = new Request('https://act.example.org/api/resend-webhook', {
      method: 'POST',
      body: JSON.stringify(body),
    });
    const res = await handle(unsigned, deps());
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "unauthorized",
          "message": "The signature does not match.",
        },
      }
    `);
    expect(await store.keys('')).toEqual([]);
  });

  it('ignores a replay of an event it has seen', async () => {
    const legislator = [...loadLocationData().legislators.values()][0]!;
    const body = event('email.bounced', legislator.email, {
      bounce: { type: 'Permanent', subType: 'General', message: 'no such user' },
    });
    expect(await (await handle(post(body, { id: 'msg_9' }), deps())).json()).toMatchObject({
      data: { status: 'processed', staffNotices: 1 },
    });
    expect(await (await handle(post(body, { id: 'msg_9' }), deps())).json()).toEqual({ data: { status: 'duplicate' } });
    expect(await store.keys('due/')).toHaveLength(1); // one staff notice, not two
  });

  it('a bounce suppresses the address: nothing more is sent to it', async () => {
    const body = event('email.bounced', 'Gone@Example.com', { bounce: { type: 'Permanent', subType: 'General' } });
    expect((await handle(post(body), deps())).status).toBe(200);
    expect(await isSuppressed(store, SALT, 'gone@example.com')).toBe(true);
    expect(await store.keys('suppressed/')).toEqual([expect.not.stringContaining('gone')]);
    const email = {
      from: 'alerts@example.org',
      to: ['gone@example.com'],
      subject: 'Alert',
      text: 'Hi',
      html: '<p>Hi</p>',
    };
    await enqueueMail(store, email, 'alert:x:gone', { kind: 'alert' }, clock.now());
    await enqueueMail(store, { ...email, to: ['here@example.com'] }, 'alert:x:here', { kind: 'alert' }, clock.now());
    const report = await runSender({
      store,
      mailer: resendMailer(fake.apiKey, fake.url),
      now: clock.now,
      salt: SALT,
      perSecond: 2,
    });
    expect(report).toMatchObject({ sent: 1, suppressed: 1 });
    expect(fake.delivered.map((d) => d.email.to)).toEqual([['here@example.com']]);
  });

  it('a complaint suppresses; a temporary bounce does not', async () => {
    await handle(post(event('email.complained', 'angry@example.com'), { id: 'c1' }), deps());
    await handle(
      post(event('email.bounced', 'full@example.com', { bounce: { type: 'Transient', subType: 'MailboxFull' } }), {
        id: 'c2',
      }),
      deps(),
    );
    expect(await isSuppressed(store, SALT, 'angry@example.com')).toBe(true);
    expect(await isSuppressed(store, SALT, 'full@example.com')).toBe(false);
  });

  it('a legislator’s bounce tells staff, through the mail engine', async () => {
    const legislator = [...loadLocationData().legislators.values()][5]!;
    await handle(
      post(event('email.bounced', legislator.email, { bounce: { type: 'Permanent', subType: 'General' } })),
      deps(),
    );
    await runSender({ store, mailer: resendMailer(fake.apiKey, fake.url), now: clock.now, salt: SALT, perSecond: 2 });
    expect(fake.delivered).toHaveLength(1);
    const notice = fake.delivered[0]!.email;
    expect(notice.to).toEqual(['staff@example.org']);
    expect(notice.subject).toBe(`A legislator's address bounced: ${legislator.name}`);
    expect(notice.text).toContain(`/legislators/${legislator.slug}/`);
  });

  it('end to end: a letter to a legislator bounces; the letter shows it for staff, and staff are told', async () => {
    const letters = letterDeps(store, fake, clock, { STAFF_EMAIL: 'staff@example.org', RATE_LIMIT_SALT: SALT });
    const reply = await sendLetter(jsonPost(letterBody()), letters);
    const { letterId } = (await reply.json()).data;
    const house = fake.delivered.find((d) => d.email.to[0]!.endsWith('@mahouse.gov'))!.email;
    const tags = Object.fromEntries((house.tags ?? []).map((t) => [t.name, t.value])); // Resend echoes them
    const bounce = event('email.bounced', house.to[0]!, { bounce: { type: 'Permanent', subType: 'General' } }, tags);
    const webhook = { ...deps(), store: letters.mail };
    expect(await (await handle(post(bounce, { id: 'msg_letter' }), webhook)).json()).toMatchObject({
      data: { status: 'processed', staffNotices: 1 },
    });
    expect(await letters.mail.get(mailKeys.status(`letter/${letterId}/house`))).toMatchObject({
      event: 'email.bounced',
    });
    await runSender({ ...letterEngine(letters) });
    const notice = fake.delivered.at(-1)!.email;
    expect(notice.to).toEqual(['staff@example.org']);
    expect(notice.subject).toMatch(/^A legislator's address bounced: /);
    expect(await isSuppressed(letters.mail, SALT, house.to[0]!)).toBe(true);
  });

  it('refuses everything while no secret is configured', async () => {
    const res = await handle(post(event('email.delivered', 'a@example.org')), {
      ...deps(),
      config: { ...config, webhookSecret: null },
    });
    expect(res.status).toBe(500);
  });
});
