// The mail engine over a real local Blobs server and the real resend SDK against the fake Resend, which enforces
// 2 calls per second for the whole account, batches of at most 100 and idempotency keys: every email exactly once,
// across repeats, two senders at once, crashes, outages and the 24-hour give-up.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  engineMailer,
  enqueueBundled,
  enqueueMail,
  enqueueMany,
  mailKeys,
  mailStateOf,
  pendingMail,
  purgeMailRecords,
  runSender,
  suppressAddress,
  type EngineDeps,
} from '../../src/server/mail-engine/index.ts';
import { realClock, takeRateSlot } from '../../src/server/mail-engine/pace.ts';
import { BUNDLE_MEAN } from '../../src/server/mail-engine/queue.ts';
import { outboxMailer, resendMailer, type Mailer, type OutgoingEmail } from '../../src/server/mailer.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { countingStore } from '../helpers/counting-store.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('mail-engine', (fresh) => {
  ({ fake, clock, store } = fresh);
  fake.limitRate(2);
});

const email = (i: number): OutgoingEmail => ({
  from: '"Take Action for Mentoring" <alerts@example.org>',
  to: [`person${i}@example.com`],
  subject: 'Budget alert',
  text: `Hello ${i}`,
  html: `<p>Hello ${i}</p>`,
});
const deps = (mailer: Mailer = resendMailer(fake.apiKey, fake.url)): EngineDeps => ({
  store,
  mailer,
  now: clock.now,
  salt: 'test-salt',
  perSecond: 2,
});
const enqueue = (from: number, to: number, options = {}) =>
  enqueueMany(
    store,
    Array.from({ length: to - from }, (_, k) => ({
      email: email(from + k),
      idempotencyKey: `test:${from + k}`,
      options: { kind: 'test', ...options },
    })),
    clock.now(),
  );
/** How many times each address was delivered. */
const deliveries = () => {
  const counts = new Map<string, number>();
  for (const d of fake.delivered) counts.set(d.email.to[0]!, (counts.get(d.email.to[0]!) ?? 0) + 1);
  return counts;
};
const expectEachOnce = (n: number) => {
  const counts = deliveries();
  expect(counts.size).toBe(n);
  expect([...counts.values()].every((c) => c === 1)).toBe(true);
};

describe('the queue', { timeout: 60_000 }, () => {
  it('enqueuing an email twice is harmless: one entry, sent once, in batches of at most 100', async () => {
    expect(await enqueue(0, 250)).toEqual({ created: 250, existing: 0 });
    expect(await enqueue(0, 250)).toEqual({ created: 0, existing: 250 });
    const report = await runSender(deps());
    expect(report).toMatchObject({ sent: 250, failed: 0, batches: 3 });
    expect(report.calls - report.rateLimited).toBe(3); // a 429 at a second's edge is retried, never sent twice
    expectEachOnce(250);
    expect(fake.requests.every((r) => r.path === '/emails/batch' && r.emails <= 100)).toBe(true);
    expect(await pendingMail(store)).toEqual({ due: 0, batches: 0 });
    // enqueued again after it was sent: still nothing more
    await enqueue(0, 10);
    await runSender(deps());
    expectEachOnce(250);
    const [claim] = await store.keys('claim/');
    expect(await mailStateOf(store, claim!.slice(6))).toMatchObject({
      status: 'sent',
      providerId: expect.stringMatching(/^fake-/),
    });
  });

  it('tags each email with its entry, so delivery events find it', async () => {
    const options = { kind: 'letter', statusKey: 'letter/abc/ma-house-001', recipientRole: 'legislator' as const };
    const { id } = await enqueueMail(store, email(1), 'test:1', options, clock.now());
    await runSender(deps());
    expect(fake.delivered[0]!.email.tags).toEqual([
      { name: 'mail_entry', value: id },
      { name: 'mail_status', value: Buffer.from('letter/abc/ma-house-001').toString('hex') },
      { name: 'mail_role', value: 'legislator' },
    ]);
  });
});

describe('exactly once under concurrency and crashes', { timeout: 240_000 }, () => {
  it('two senders at once share the account-wide pace and never send an email twice', async () => {
    await enqueue(0, 450);
    const started = Date.now();
    // two instances, run after run (a slow machine may need more than one run each), until nothing is left
    const instance = async () => {
      const reports = [];
      for (let run = 0; run < 10; run++) {
        const left = await pendingMail(store);
        if (left.due === 0 && left.batches === 0) break;
        reports.push(await runSender(deps(), { budgetMs: 20_000 }));
        clock.advance(3 * 60_000); // what a run left for later is due on the next
      }
      return reports;
    };
    const reports = (await Promise.all([instance(), instance()])).flat();
    const total = (k: 'sent' | 'calls' | 'rateLimited' | 'batches') => reports.reduce((n, r) => n + r[k], 0);
    expectEachOnce(450);
    expect(await pendingMail(store)).toEqual({ due: 0, batches: 0 });
    // at 2 calls a second whoever sends them: 5 or more batches (two senders may each take part of one)
    expect(total('batches')).toBeGreaterThanOrEqual(5);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(fake.requests.filter((r) => r.status === 200).every((r) => r.emails <= 100)).toBe(true);
    expect(total('calls')).toBeGreaterThanOrEqual(total('batches'));
  });

  it('a crash after Resend accepted a batch: the next run resends it under the same key, nothing twice', async () => {
    await enqueue(0, 120);
    const real = resendMailer(fake.apiKey, fake.url);
    const crashing: Mailer = {
      ...real,
      async sendBatch(emails, key) {
        await real.sendBatch(emails, key);
        throw new Error('the function was killed');
      },
    };
    await expect(runSender(deps(crashing), { workers: 1 })).rejects.toThrow('killed');
    expect(fake.delivered).toHaveLength(100);
    clock.advance(3 * 60_000); // past the batch's lease
    const report = await runSender(deps());
    expect(report.sent).toBe(120);
    expectEachOnce(120);
    expect(fake.requests.filter((r) => r.replay)).toHaveLength(1);
    expect(await pendingMail(store)).toEqual({ due: 0, batches: 0 });
  });

  it('a crash after claiming, before the batch was fixed: its claims become its members, sent once', async () => {
    const ids = await Promise.all(
      [0, 1, 2].map(async (i) => (await enqueueMail(store, email(i), `test:${i}`, { kind: 'test' }, clock.now())).id),
    );
    const at = clock.now().toISOString();
    await store.create(mailKeys.batch('crashed'), {
      id: 'crashed',
      createdAt: at,
      firstAttemptAt: null,
      candidates: ids,
      attempts: 0,
      nextAttemptAt: at,
    });
    await store.create(mailKeys.claim(ids[0]!), { batchId: 'crashed', at });
    await store.create(mailKeys.claim(ids[1]!), { batchId: 'crashed', at });
    expect((await runSender(deps())).sent).toBe(1); // too fresh to call orphaned: only the unclaimed one goes
    clock.advance(3 * 60_000);
    expect((await runSender(deps())).sent).toBe(2);
    expectEachOnce(3);
  });
});

describe('retries, give-up, suppression and pacing', { timeout: 60_000 }, () => {
  it('retries a failed batch later with backoff, then delivers it once', async () => {
    await enqueue(0, 5);
    fake.failNext(1, 500);
    const first = await runSender(deps());
    expect(first).toMatchObject({ sent: 0, retriesLeft: 1 });
    expect(await runSender(deps())).toMatchObject({ calls: 0 }); // not yet: backing off
    clock.advance(60_000);
    expect(await runSender(deps())).toMatchObject({ sent: 5 });
    expectEachOnce(5);
  });

  it('a 429 is retried within the run, after Retry-After', async () => {
    await enqueue(0, 3);
    fake.failNext(1, 429, 1);
    expect(await runSender(deps())).toMatchObject({ sent: 3, rateLimited: 1 });
    expectEachOnce(3);
  });

  it('gives up inside the 24-hour idempotency window and keeps the email, marked failed, for staff', async () => {
    const { id } = await enqueueMail(store, email(1), 'test:1', { kind: 'test' }, clock.now());
    await fake.goDown(503);
    for (const hours of [1, 12, 11]) {
      await runSender(deps(), { budgetMs: 3_000 });
      clock.advance(hours * 3600_000);
    }
    await runSender(deps(), { budgetMs: 3_000 });
    expect(await mailStateOf(store, id)).toMatchObject({ status: 'failed', error: 'internal_server_error' });
    expect(await store.get(mailKeys.failed(id))).toMatchObject({
      entry: { idempotencyKey: 'test:1' },
      error: 'internal_server_error',
    });
    expect(await pendingMail(store)).toEqual({ due: 0, batches: 0 });
    await fake.recover();
    await runSender(deps());
    expect(fake.delivered).toHaveLength(0);
    // no whole email is kept but the failed one, and that only for 30 days
    expect(await store.keys('members/')).toEqual([]);
    clock.advance(31 * 86_400_000);
    expect(await purgeMailRecords(store, clock.now())).toBe(1);
    expect(await store.keys('failed/')).toEqual([]);
  });

  it('sends nothing to a suppressed address', async () => {
    await enqueue(0, 3);
    await suppressAddress(store, 'test-salt', 'Person1@Example.com', 'bounced', clock.now());
    expect(await runSender(deps())).toMatchObject({ sent: 2, suppressed: 1 });
    expect(deliveries().has('person1@example.com')).toBe(false);
  });

  it('paces emails that share a pace key (one legislator): the rest wait for the next window', async () => {
    await enqueue(0, 5, { paceKey: 'ma-senate-01', pace: { max: 2, windowMs: 30 * 60_000 } });
    expect((await runSender(deps())).sent).toBe(2);
    expect((await runSender(deps())).sent).toBe(0);
    clock.advance(30 * 60_000);
    const r3 = await runSender(deps());
    expect(r3.sent).toBe(2);
    clock.advance(30 * 60_000);
    expect((await runSender(deps())).sent).toBe(1);
    expectEachOnce(5);
  });

  it('a warm sender does not read again the emails held by a window it knows is full', async () => {
    await enqueue(0, 6, { paceKey: 'ma-senate-02', pace: { max: 2, windowMs: 30 * 60_000 } });
    const counted = countingStore(store);
    const warm = { ...deps(), store: counted.store };
    expect((await runSender(warm)).sent).toBe(2);
    counted.reset();
    expect((await runSender(warm)).sent).toBe(0);
    expect(counted.count.keys.filter((k) => k.startsWith('get due/'))).toEqual([]);
    clock.advance(30 * 60_000); // a new window: they are read, and two more go
    expect((await runSender(warm)).sent).toBe(2);
  });
});

describe('the account-wide pace', { timeout: 30_000 }, () => {
  it('gives at most RESEND_REQUESTS_PER_SECOND calls a second to everyone who asks, in any instance', async () => {
    const taken = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const key = await takeRateSlot(store, 2, realClock, Date.now() + 10_000);
        return { key, second: Math.floor(Date.now() / 1000) };
      }),
    );
    const perSecond = new Map<number, number>();
    for (const t of taken) perSecond.set(t.second, (perSecond.get(t.second) ?? 0) + 1);
    expect(new Set(taken.map((t) => t.key)).size).toBe(6);
    expect([...perSecond.values()].every((n) => n <= 2)).toBe(true);
    expect(perSecond.size).toBeGreaterThanOrEqual(3);
  });
});

describe('the local outbox', () => {
  it('writes one file per email of a batch, and a repeated batch writes nothing new', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'outbox-'));
    try {
      const outbox = outboxMailer(dir);
      const first = await outbox.sendBatch([email(1), email(2)], 'batch-1');
      const again = await outbox.sendBatch([email(1), email(2)], 'batch-1');
      expect(again).toEqual(first);
      expect(await readdir(dir)).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the request path: one try that never waits', { timeout: 60_000 }, () => {
  it('a single email goes at once when the account has a call free, and a repeat sends nothing more', async () => {
    const mailer = engineMailer(deps(), 'confirmation', 'constituent');
    const first = await mailer.send(email(1), 'confirm:1');
    expect(first).toMatchObject({ ok: true, id: expect.stringMatching(/^fake-/) });
    expect(await mailer.send(email(1), 'confirm:1')).toEqual(first);
    expectEachOnce(1);
  });

  it('behind a backlog it is queued (on its way, nothing sent yet), and the sender delivers it once', async () => {
    await enqueue(0, 150);
    await runSender(deps(), { budgetMs: 1_500 }); // finds more than a batch due: marks the backlog
    const sentBefore = fake.delivered.length;
    const queued = await engineMailer(deps(), 'confirmation').send(email(999), 'confirm:999');
    expect(queued).toMatchObject({ ok: true, id: expect.stringMatching(/^queued-/) });
    expect(fake.delivered).toHaveLength(sentBefore);
    while ((await pendingMail(store)).due > 0) await runSender(deps(), { budgetMs: 20_000 });
    expectEachOnce(151);
  });

  it('an urgent email (a sign-in link someone waits for) goes at once, even behind a backlog', async () => {
    await enqueue(0, 150);
    await runSender(deps(), { budgetMs: 1_500 }); // marks the backlog
    const link = await engineMailer(deps(), 'staff-sign-in', 'staff', { urgent: true }).send(email(998), 'link:1');
    expect(link).toMatchObject({ ok: true, id: expect.stringMatching(/^fake-/) });
    expect(fake.delivered.filter((d) => d.email.to[0] === 'person998@example.com')).toHaveLength(1);
  });

  it('with no free call this instant, it claims nothing: the sender sends them later', async () => {
    const { entry } = await enqueueMail(store, email(1), 'test:1', { kind: 'test' }, clock.now());
    // both calls of this second (and the next: a try in a second's tail takes one there) are taken
    const second = Math.floor(Date.now() / 1000);
    for (const s of [second, second + 1]) for (const n of [0, 1]) await store.create(mailKeys.rate(s, n), {});
    expect((await runSender(deps(), { only: [entry] })).calls).toBe(0);
    expect(await store.keys('claim/')).toEqual([]);
    await new Promise((r) => setTimeout(r, 2100));
    expect((await runSender(deps())).sent).toBe(1);
  });
});

describe('bundles: an alert’s emails as a few queue items', { timeout: 120_000 }, () => {
  const items = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      email: email(i),
      idempotencyKey: `alert:test:${i}`,
      options: { kind: 'alert', tally: 'alert/test' },
    }));

  it('two enqueuers and two senders at once: each email once, in full batches, from far fewer items', async () => {
    const [a, b] = await Promise.all([
      enqueueBundled(store, 'alert:test', items(600), clock.now()),
      enqueueBundled(store, 'alert:test', items(600), clock.now()),
    ]);
    expect(a.created + b.created).toBe(600);
    expect((await pendingMail(store)).due).toBeLessThanOrEqual(Math.ceil(600 / BUNDLE_MEAN));
    const instance = async () => {
      for (let run = 0; run < 10 && (await pendingMail(store)).due > 0; run++) {
        await runSender(deps(), { budgetMs: 20_000 });
        clock.advance(3 * 60_000);
      }
    };
    await Promise.all([instance(), instance()]);
    expectEachOnce(600);
    expect(await pendingMail(store)).toEqual({ due: 0, batches: 0 });
    const calls = fake.requests.filter((r) => r.status === 200 && !r.replay);
    expect(calls.every((r) => r.emails <= 100)).toBe(true);
    expect(calls.length).toBeLessThanOrEqual(12); // whole bundles fill batches: 6 at best
    // enqueued again once sent: nothing more goes
    await enqueueBundled(store, 'alert:test', items(600), clock.now());
    await runSender(deps(), { budgetMs: 5_000 });
    expectEachOnce(600);
  });

  it('a suppressed address in a bundle gets nothing (failed, once); the rest of its bundle goes', async () => {
    await suppressAddress(store, 'test-salt', 'person7@example.com', 'bounced', clock.now());
    await enqueueBundled(store, 'alert:test', items(40), clock.now());
    expect(await runSender(deps())).toMatchObject({ sent: 39, suppressed: 1 });
    expect(deliveries().has('person7@example.com')).toBe(false);
    expectEachOnce(39);
    expect(await store.keys('failed/')).toHaveLength(1);
  });
});
