// Cancelling a queued email (a withdrawn pledge's confirmation) against a sender claiming it at the same moment, over
// a real local Blobs server and the fake Resend: whichever creates the email's claim first wins, and the email is
// sent once or never, never after a cancel that said it was stopped. Also emails that wait for a setting (MAIL_FROM,
// STAFF_EMAIL) and for a Resend key.
import { describe, expect, it } from 'vitest';
import {
  cancelMail,
  DEFERRED,
  engineMailer,
  enqueueMail,
  mailStatus,
  pendingMail,
  runSender,
  type EngineDeps,
} from '../../src/server/mail-engine/index.ts';
import { resendMailer, type Mailer, type OutgoingEmail } from '../../src/server/mailer.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('mail-cancel', (fresh) => {
  ({ fake, clock, store } = fresh);
});

const email: OutgoingEmail = {
  from: '"Take Action for Mentoring" <pledges@example.org>',
  to: ['volunteer@example.com'],
  subject: 'Confirm your pledge',
  text: 'Confirm',
  html: '<p>Confirm</p>',
};
const KEY = 'pledge:p1:confirm:abc';
const deps = (over: Partial<EngineDeps> = {}): EngineDeps => ({
  store,
  mailer: resendMailer(fake.apiKey, fake.url),
  now: clock.now,
  salt: 'test-salt',
  perSecond: 5,
  ...over,
});
const enqueue = (e = email, key = KEY) => enqueueMail(store, e, key, { kind: 'confirmation' }, clock.now());

/**
 * The store as a sender sees it, stopped at its first create-only write under `prefix` (its claim on the email, or its
 * turn to resend a batch) until released: `before` that write is made, or `after` it.
 */
function pausedAt(prefix: 'claim/' | 'resend/', when: 'before' | 'after') {
  let arrive!: () => void;
  let release!: () => void;
  const reached = new Promise<void>((r) => (arrive = r));
  const gate = new Promise<void>((r) => (release = r));
  let paused = false;
  const wrapped: JsonStore = {
    ...store,
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
    keys: (prefix) => store.keys(prefix),
    async create(key, value) {
      if (!key.startsWith(prefix) || paused) return store.create(key, value);
      paused = true;
      const created = when === 'after' ? await store.create(key, value) : null;
      arrive();
      await gate;
      return created ?? store.create(key, value);
    },
  };
  return { store: wrapped, reached, release };
}

describe('cancelling a queued email', { timeout: 30_000 }, () => {
  it('cancelled before any sender comes: never sent, and the records say cancelled', async () => {
    await enqueue();
    expect(await mailStatus(store, KEY)).toBe('queued');
    expect(await cancelMail(store, KEY, clock.now())).toBe('cancelled');
    expect(await runSender(deps(), { budgetMs: 2_000 })).toMatchObject({ sent: 0, calls: 0 });
    expect(fake.delivered).toEqual([]);
    expect(await mailStatus(store, KEY)).toBe('cancelled');
    expect(await pendingMail(store)).toEqual({ due: 0, batches: 0 });
    // the email (with its address) is gone from the queue; a repeat enqueue of the same key never sends either
    expect(await store.keys('entry/')).toEqual([]);
    await enqueue();
    await runSender(deps(), { budgetMs: 2_000 });
    expect(fake.delivered).toEqual([]);
    expect(await cancelMail(store, KEY, clock.now())).toBe('cancelled');
  });

  it('a sender that read the email but claims it after the cancel sends nothing', async () => {
    await enqueue();
    const sender = pausedAt('claim/', 'before');
    const run = runSender(deps({ store: sender.store }), { budgetMs: 2_000 });
    await sender.reached;
    expect(await cancelMail(store, KEY, clock.now())).toBe('cancelled');
    sender.release();
    expect(await run).toMatchObject({ sent: 0, calls: 0 });
    expect(fake.delivered).toEqual([]);
    expect(await mailStatus(store, KEY)).toBe('cancelled');
  });

  it('a sender that claimed it first sends it once; the cancel says it is too late', async () => {
    await enqueue();
    const sender = pausedAt('claim/', 'after');
    const run = runSender(deps({ store: sender.store }), { budgetMs: 2_000 });
    await sender.reached;
    expect(await cancelMail(store, KEY, clock.now())).toBe('too_late');
    sender.release();
    expect(await run).toMatchObject({ sent: 1 });
    expect(fake.delivered.map((d) => d.email.to)).toEqual([['volunteer@example.com']]);
    expect(await mailStatus(store, KEY)).toBe('sent');
    expect(await cancelMail(store, KEY, clock.now())).toBe('too_late');
  });

  it('an email a sender claimed and gave back (its recipient paced) is not sent after the cancel', async () => {
    const pace = { max: 1, windowMs: 3_600_000 };
    const paced = (key: string) =>
      enqueueMail(store, email, key, { kind: 'letter', paceKey: 'rep-1', pace }, clock.now());
    await paced('letter:1');
    await runSender(deps(), { budgetMs: 2_000 }); // the window's one place is taken
    await paced('letter:2');
    const sender = pausedAt('claim/', 'after');
    const run = runSender(deps({ store: sender.store }), { budgetMs: 2_000 });
    await sender.reached;
    await cancelMail(store, 'letter:2', clock.now()); // the claim is held: on its way, or given back
    sender.release();
    await run;
    clock.advance(2 * 3_600_000); // the next window
    await runSender(deps(), { budgetMs: 2_000 });
    expect(fake.delivered).toHaveLength(1);
    expect(await pendingMail(store)).toEqual({ due: 0, batches: 0 });
  });

  it('the one-email path refuses a cancelled email and sends nothing', async () => {
    await cancelMail(store, KEY, clock.now());
    const sent = await engineMailer(deps(), 'confirmation').send(email, KEY);
    expect(sent).toMatchObject({ ok: false, retryable: false, code: 'cancelled' });
    expect(fake.delivered).toEqual([]);
  });
});

describe('emails that wait for configuration', { timeout: 30_000 }, () => {
  const unconfigured: Mailer = {
    kind: 'unconfigured',
    send: async () => ({ ok: false, retryable: true, status: null, code: 'mailer_not_configured' }),
    sendBatch: async () => ({ ok: false, retryable: true, status: null, code: 'mailer_not_configured' }),
  };

  it('queued while there is no Resend key, sent once a key is set', async () => {
    const sent = await engineMailer(deps({ mailer: unconfigured }), 'staff').send(email, KEY);
    expect(sent).toMatchObject({ ok: false, retryable: true });
    expect(await mailStatus(store, KEY)).toBe('queued');
    await runSender(deps({ mailer: unconfigured }), { budgetMs: 1_000 });
    expect(fake.delivered).toEqual([]);
    await runSender(deps(), { budgetMs: 2_000 });
    expect(fake.delivered.map((d) => d.email.to)).toEqual([['volunteer@example.com']]);
    expect(await mailStatus(store, KEY)).toBe('sent');
  });

  it('with an expiry, queued while there is no key: dropped unsent once it passed, read as expired', async () => {
    const expiresAt = new Date(clock.now().getTime() + 15 * 60_000);
    const sent = await engineMailer(deps({ mailer: unconfigured }), 'staff-sign-in').send(email, KEY, { expiresAt });
    expect(sent).toMatchObject({ ok: false, retryable: true });
    expect(await mailStatus(store, KEY)).toBe('queued');
    clock.advance(15 * 60_000);
    await runSender(deps(), { budgetMs: 1_000 });
    expect(fake.delivered).toEqual([]);
    expect(await mailStatus(store, KEY)).toBe('expired');
    expect(await pendingMail(store)).toEqual({ due: 0, batches: 0 });
    // asked again under the same key (a flow's retry): still never sent
    expect(await engineMailer(deps(), 'staff-sign-in').send(email, KEY, { expiresAt })).toMatchObject({
      ok: false,
      code: 'expired',
    });
    expect(fake.delivered).toEqual([]);
  });

  it('naming STAFF_EMAIL and MAIL_FROM before they are set: it waits, then goes to them once', async () => {
    await enqueue({ ...email, from: DEFERRED.staffFrom, to: [DEFERRED.staff] });
    const unset = { from: null, staffFrom: null, staff: null };
    expect(await runSender(deps({ addresses: unset }), { budgetMs: 1_000 })).toMatchObject({ calls: 0 });
    expect(await mailStatus(store, KEY)).toBe('queued');
    const set = { from: null, staffFrom: 'Mentoring <no-reply@example.org>', staff: 'programs@example.org' };
    await runSender(deps({ addresses: set }), { budgetMs: 2_000 });
    await runSender(deps({ addresses: set }), { budgetMs: 1_000 });
    expect(fake.delivered.map((d) => [d.email.from, d.email.to])).toEqual([
      ['Mentoring <no-reply@example.org>', ['programs@example.org']],
    ]);
  });
});

describe('cancelling an email whose send failed and waits to be sent again', { timeout: 30_000 }, () => {
  /** The one try a request makes fails (an outage): the email is in a batch of its own, waiting to be resent. */
  async function triedAndFailed() {
    await fake.goDown(503);
    expect(await engineMailer(deps(), 'confirmation').send(email, KEY)).toMatchObject({ ok: false, retryable: true });
    await fake.recover();
    clock.advance(10 * 60_000); // past its backoff
  }

  it('cancelled before the resend: the sender never sends it, and the records say cancelled', async () => {
    await triedAndFailed();
    expect(await cancelMail(store, KEY, clock.now())).toBe('cancelled');
    await runSender(deps(), { budgetMs: 2_000 });
    expect(fake.delivered).toEqual([]);
    expect(await mailStatus(store, KEY)).toBe('cancelled');
    expect(await pendingMail(store)).toEqual({ due: 0, batches: 0 });
    expect(await store.keys('resend/')).toEqual([]); // the turns go with their batch
  });

  it('a sender about to take its resend turn when the cancel takes it: nothing is sent', async () => {
    await triedAndFailed();
    const sender = pausedAt('resend/', 'before');
    const run = runSender(deps({ store: sender.store }), { budgetMs: 2_000 });
    await sender.reached;
    expect(await cancelMail(store, KEY, clock.now())).toBe('cancelled');
    sender.release();
    await run;
    await runSender(deps(), { budgetMs: 2_000 });
    expect(fake.delivered).toEqual([]);
    expect(await mailStatus(store, KEY)).toBe('cancelled');
  });

  it('a sender that took its resend turn first sends it once; the cancel says it is too late', async () => {
    await triedAndFailed();
    const sender = pausedAt('resend/', 'after');
    const run = runSender(deps({ store: sender.store }), { budgetMs: 2_000 });
    await sender.reached;
    expect(await cancelMail(store, KEY, clock.now())).toBe('too_late');
    sender.release();
    await run;
    await runSender(deps(), { budgetMs: 2_000 });
    expect(fake.delivered).toHaveLength(1);
    expect(await mailStatus(store, KEY)).toBe('sent');
  });
});
