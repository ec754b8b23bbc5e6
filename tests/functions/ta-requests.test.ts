import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handle, type TaRequestDeps } from '../../functions/ta-requests.mts';
import { readConfig } from '../../src/server/config.ts';
import { outboxMailer, resendMailer } from '../../src/server/mailer.ts';
import type { JsonStore } from '../../src/server/store.ts';
import { engineMailer, runSender, type EngineDeps } from '../../src/server/mail-engine/index.ts';
import { purgeOldTaRequests, staffWereEmailed } from '../../src/server/ta-requests.ts';
import type { StoredTaRequest } from '../../src/lib/schemas/ta-request.ts';
import { startLocalBlobs, type LocalBlobs } from '../helpers/blobs.ts';
import { startFakeResend, type FakeResend } from '../helpers/fake-resend.ts';

const valid = {
  name: 'Ana Teacher',
  organization: 'Chestnut <Middle> School',
  role: 'Counselor',
  email: 'ana@example.org',
  town: 'springfield',
  help: ['success-mentors', 'other'],
  message: 'We want to start a mentoring club.\nCan you help?',
  consent: true,
};
const env = { STAFF_EMAIL: 'programs@example.org', MAIL_FROM: 'Take Action for Mentoring <no-reply@example.org>' };

let blobs: LocalBlobs;
let fake: FakeResend;
let store: JsonStore;
/** the mail engine's store */
let mail: JsonStore;
let n = 0;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(() => blobs.stop());
beforeEach(async () => {
  store = blobs.store(`ta-requests-${n++}`); // a fresh store per test
  mail = blobs.store(`ta-mail-${n}`);
  fake = await startFakeResend(); // and a fresh mail provider, which remembers idempotency keys
});
afterEach(() => fake.close());

const deps = (overrides: Partial<TaRequestDeps> = {}): TaRequestDeps => ({
  config: readConfig(env),
  store: () => store,
  mailer: () => resendMailer(fake.apiKey, fake.url),
  now: () => new Date('2027-01-15T15:00:00Z'),
  ...overrides,
});
/** The mail engine as deployed: its sender fills in STAFF_EMAIL and MAIL_FROM as `config` has them. */
const engine = (config = readConfig(env), now = new Date('2027-01-15T15:00:00Z')): EngineDeps => ({
  store: mail,
  mailer: resendMailer(fake.apiKey, fake.url),
  now: () => now,
  salt: 'test-salt',
  perSecond: 10,
  addresses: { from: null, staffFrom: config.mailFromHeader, staff: config.staffEmail },
});
/** The live wiring: staff are emailed through the engine. */
const viaEngine = (config = readConfig(env)) =>
  deps({ config, mailer: () => engineMailer(engine(config), 'staff', 'staff') });
const postJson = (body: unknown, d = deps()) =>
  handle(
    new Request('http://x/api/ta-requests', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    }),
    d,
  );
const postForm = (fields: [string, string][], d = deps()) =>
  handle(
    new Request('http://x/api/ta-requests', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    }),
    d,
  );
const storedRequests = async () =>
  Promise.all((await store.keys('request/')).map((k) => store.get<StoredTaRequest>(k)));

describe('POST /api/ta-requests', () => {
  it('stores a valid request and emails staff, with the requester as Reply-To and their words escaped', async () => {
    const res = await postJson(valid);
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as { data: { id: string; status: string } };
    expect(data.status).toBe('received');
    const [record] = await storedRequests();
    expect(record).toMatchObject({
      id: data.id,
      town: 'Springfield',
      receivedAt: '2027-01-15T15:00:00.000Z',
      notification: { status: 'sent', attempts: 1 },
    });
    expect(await store.keys('unnotified/')).toEqual([]);
    expect(fake.delivered).toHaveLength(1);
    const { email, idempotencyKey } = fake.delivered[0]!;
    expect(idempotencyKey).toBe(`ta-request/${data.id}`);
    expect(email).toMatchObject({ to: ['programs@example.org'], from: env.MAIL_FROM, reply_to: ['ana@example.org'] });
    expect(email.subject).toBe('Technical assistance request: Chestnut <Middle> School (Springfield)');
    expect(email.text).toContain('Help wanted: Success Mentors, Something else');
    expect(email.html).toContain('Chestnut &lt;Middle&gt; School');
    expect(email.html).not.toContain('<Middle>');
  });

  it('answers a form sent without JavaScript with a redirect to the confirmation page', async () => {
    const res = await postForm([
      ['name', 'Ana Teacher'],
      ['organization', 'Forest Park Middle School'],
      ['role', 'Principal'],
      ['email', 'ana@example.org'],
      ['town', 'Springfield'],
      ['help', 'creating-connections'],
      ['help', 'relational-school-model'],
      ['message', ''],
      ['consent', 'yes'],
      ['fax_number', ''],
    ]);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/schools/request-received/');
    const [record] = await storedRequests();
    expect(record?.help).toEqual(['creating-connections', 'relational-school-model']);
  });

  it('names every answer to fix, and stores nothing', async () => {
    const res = await postJson({
      name: ' ',
      email: 'not-an-email',
      town: 'Gotham',
      help: ['other', 'juggling'],
      consent: false,
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "validation_error",
          "fields": {
            "consent": [
              "Tick the box so we may contact you about this request",
            ],
            "email": [
              "Enter an email address like name@example.org",
            ],
            "help": [
              "Choose from the list",
            ],
            "name": [
              "Enter your name",
            ],
            "organization": [
              "Enter your school or organization",
            ],
            "role": [
              "Enter your role, for example teacher, principal or program director",
            ],
            "town": [
              "Enter a Massachusetts city or town from the list",
            ],
          },
          "message": "Some answers need fixing.",
        },
      }
    `);
    expect(await store.keys()).toEqual([]);
    expect(fake.delivered).toEqual([]);
  });

  it('asks what help is needed when "something else" is chosen without a message', async () => {
    const res = await postJson({ ...valid, help: ['other'], message: '   ' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { fields: object } }).error.fields).toEqual({
      message: ['Tell us what help you need'],
    });
  });

  it('answers a form without JavaScript that needs fixing with a page listing the problems', async () => {
    const res = await postForm([
      ['name', '<b>Ana</b>'],
      ['email', 'x'],
    ]);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/<h1[^>]*>Some answers need fixing<\/h1>/);
    expect(html).toContain('Email: Enter an email address like name@example.org');
    expect(html).toContain('Permission to contact you: Tick the box');
    expect(html).not.toContain('<b>Ana</b>');
  });

  it('pretends to accept what a bot sends through the hidden field, and keeps nothing', async () => {
    const res = await postJson({ ...valid, fax_number: '555-0100' });
    expect(res.status).toBe(201);
    expect(await store.keys()).toEqual([]);
    expect(fake.delivered).toEqual([]);
  });

  it('refuses bodies over the size limit and types it does not read', async () => {
    const big = await postJson({ ...valid, message: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    const xml = await handle(
      new Request('http://x/api/ta-requests', {
        method: 'POST',
        headers: { 'content-type': 'text/xml' },
        body: '<a/>',
      }),
      deps(),
    );
    expect(xml.status).toBe(415);
    expect(await store.keys()).toEqual([]);
  });

  it('keeps one request and sends one email when the same form is sent twice', async () => {
    const first = (await (await postJson(valid)).json()) as { data: { id: string } };
    const second = (await (await postJson(valid)).json()) as { data: { id: string } };
    expect(second.data.id).toBe(first.data.id);
    expect(await store.keys('request/')).toHaveLength(1);
    expect(fake.delivered).toHaveLength(1);
  });

  it('keeps the request when the email fails, and the mail engine sends it later exactly once', async () => {
    fake.failNext(1, 500);
    const res = await postJson(valid, viaEngine());
    expect(res.status).toBe(201);
    const [record] = await storedRequests();
    expect(record?.notification).toMatchObject({ status: 'pending', attempts: 1, code: 'send_failed_will_retry' });
    expect(await staffWereEmailed(record!, mail)).toBe(false);
    expect(fake.delivered).toEqual([]);

    const later = engine(readConfig(env), new Date('2027-01-15T16:00:00Z'));
    expect(await runSender(later, { budgetMs: 2_000 })).toMatchObject({ sent: 1 });
    expect(await staffWereEmailed(record!, mail)).toBe(true);
    await runSender(later, { budgetMs: 2_000 });
    expect(fake.delivered).toHaveLength(1);
    expect(fake.delivered[0]!.email).toMatchObject({ to: ['programs@example.org'], reply_to: ['ana@example.org'] });
  });

  it('keeps the request without a staff address, and the engine sends it once STAFF_EMAIL is set', async () => {
    const res = await postJson(valid, viaEngine(readConfig({})));
    expect(res.status).toBe(201);
    const [record] = await storedRequests();
    expect(record?.notification).toMatchObject({ status: 'not_configured' });
    await runSender(engine(readConfig({})), { budgetMs: 1_000 });
    expect(fake.delivered).toEqual([]);

    await runSender(engine(readConfig(env)), { budgetMs: 2_000 });
    expect(fake.delivered.map((d) => [d.email.from, d.email.to])).toEqual([[env.MAIL_FROM, ['programs@example.org']]]);
    expect(await staffWereEmailed(record!, mail)).toBe(true);
  });

  it('says the request was not saved when storage is down, and sends no email', async () => {
    const broken: JsonStore = { ...blobs.store('x'), get: () => Promise.reject(new Error('ECONNREFUSED 10.0.0.1')) };
    const res = await postJson(valid, deps({ store: () => broken }));
    expect(res.status).toBe(502);
    const text = await res.text();
    expect(text).toContain('upstream_unavailable');
    expect(text).not.toContain('ECONNREFUSED');
    expect(fake.delivered).toEqual([]);
  });
});

describe('POST /api/ta-requests under attack', () => {
  const post = (body: unknown, headers: Record<string, string> = {}, d = deps()) =>
    handle(
      new Request('http://x/api/ta-requests', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
      d,
    );

  it('refuses a post from another site, and keeps and sends nothing', async () => {
    const res = await post(valid, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    const form = await handle(
      new Request('http://x/api/ta-requests', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
        body: 'name=Ana',
      }),
      deps(),
    );
    expect(form.status).toBe(403);
    expect(await store.keys()).toEqual([]);
    expect(fake.delivered).toEqual([]);
  });

  it('sends staff at most the limit of emails when one address floods the form, even all at once', async () => {
    const limit = 5;
    const config = readConfig({ ...env, TA_REQUESTS_PER_IP_PER_HOUR: String(limit) });
    const d = deps({ config, clientIp: '198.51.100.7' });
    const replies = await Promise.all(
      Array.from({ length: 100 }, (_, i) => post({ ...valid, message: `Request number ${i}` }, {}, d)),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(100 - limit);
    expect(replies.find((r) => r.status === 429)!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(fake.delivered.length).toBeLessThanOrEqual(limit);
    expect(await store.keys('request/')).toHaveLength(limit);
    // another address is not held back by the first
    const other = await post(valid, {}, { ...d, clientIp: '198.51.100.8' });
    expect(other.status).toBe(201);
  });

  it('refuses a name, organization or role with a line break or control character (they go in the email)', async () => {
    for (const field of ['name', 'organization', 'role']) {
      for (const bad of ['Ana\nBcc: x@evil.example', 'Ana\r\nSubject: hi', 'Ana\u0000', 'Ana\u202eevil']) {
        const res = await post({ ...valid, [field]: bad });
        expect(res.status, `${field}: ${JSON.stringify(bad)}`).toBe(422);
        const { error } = (await res.json()) as { error: { fields: Record<string, string[]> } };
        expect(Object.keys(error.fields)).toEqual([field]);
      }
    }
    expect(await store.keys()).toEqual([]);
    expect(fake.delivered).toEqual([]);
  });
});

describe('staff email on a local run', () => {
  let outbox: string;
  beforeEach(async () => {
    outbox = await mkdtemp(join(tmpdir(), 'ta-outbox-'));
  });
  afterEach(() => rm(outbox, { recursive: true, force: true }));

  it('goes to the outbox, addressed to a placeholder, when STAFF_EMAIL is not set', async () => {
    const res = await postJson(valid, deps({ config: readConfig({}), mailer: () => outboxMailer(outbox) }));
    expect(res.status).toBe(201);
    const [file] = await readdir(outbox);
    const written = JSON.parse(await readFile(join(outbox, file!), 'utf8')) as { to: string[]; replyTo: string };
    expect(written.to).toEqual(['staff@outbox.invalid']);
    expect(written.replyTo).toBe('ana@example.org');
  });
});

describe('retention', () => {
  it('deletes a request older than the retention period that staff have, and keeps one not yet sent', async () => {
    await postJson(valid); // received 2027-01-15, staff emailed
    // no staff address yet: not emailed (queued in the mail engine until one is set)
    await postJson({ ...valid, email: 'bo@example.org' }, viaEngine(readConfig({})));
    const day = (d: string) => new Date(`${d}T12:00:00Z`);
    expect(await purgeOldTaRequests(store, day('2027-06-01'), 180, mail)).toBe(0);
    expect(await purgeOldTaRequests(store, day('2027-07-20'), 180, mail)).toBe(1);
    const left = await storedRequests();
    expect(left.map((r) => r?.email)).toEqual(['bo@example.org']);
  });

  it('counts a request as emailed once the mail engine sent it after a failed first try', async () => {
    fake.failNext(1, 500);
    await postJson(valid, viaEngine());
    const after = new Date('2027-07-20T12:00:00Z');
    expect(await purgeOldTaRequests(store, after, 180, mail)).toBe(0); // staff do not have it yet
    await runSender(engine(readConfig(env), new Date('2027-01-15T16:00:00Z')), { budgetMs: 2_000 });
    expect(await purgeOldTaRequests(store, after, 180, mail)).toBe(1);
  });
});
