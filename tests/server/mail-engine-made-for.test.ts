// A letter's email names the letter it was made for (MailEntry.madeFor): the request enqueues it beside storing the
// letter, before it knows its letter won a race with another submission under the same id. The sender sends it only
// while that letter is the one stored: another one stored drops it; none stored yet, it waits, then is dropped.
import { describe, expect, it } from 'vitest';
import {
  enqueueMail,
  entryIdFor,
  mailStateOf,
  runSender,
  type EngineDeps,
} from '../../src/server/mail-engine/index.ts';
import { MADE_FOR_GRACE_MS } from '../../src/server/mail-engine/sender.ts';
import { resendMailer, type OutgoingEmail } from '../../src/server/mailer.ts';
import { scopedStore, type JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('made-for', (fresh) => ({ fake, clock, store } = fresh));

const LETTER_KEY = 'letter/mentoring-matching-grants/abc';
const email: OutgoingEmail = {
  from: '"Ana Díaz via Take Action for Mentoring" <letters@example.org>',
  to: ['rep@mahouse.gov'],
  subject: 'Fund Mentoring Matching Grants',
  text: 'Dear Representative',
  html: '<p>Dear Representative</p>',
};
const letters = () => scopedStore(store, 'letters/');
const deps = (withLetters = true): EngineDeps => ({
  store: scopedStore(store, 'mail/'),
  ...(withLetters ? { letters: letters() } : {}),
  mailer: resendMailer(fake.apiKey, fake.url),
  now: clock.now,
  salt: 'test-salt',
  perSecond: 100,
});
const enqueueFor = (contentHash: string) =>
  enqueueMail(
    deps().store,
    email,
    `abc:${contentHash}:house`,
    { kind: 'letter', madeFor: { letter: LETTER_KEY, contentHash } },
    clock.now(),
  );
const storeLetter = (contentHash: string) => letters().set(LETTER_KEY, { id: 'abc', contentHash });
const stateOf = (contentHash: string) => mailStateOf(deps().store, entryIdFor(`abc:${contentHash}:house`));

describe('a letter’s email and the letter it was made for', { timeout: 60_000 }, () => {
  it('goes when its letter is the one stored', async () => {
    await enqueueFor('h1');
    await storeLetter('h1');
    expect(await runSender(deps(), { budgetMs: 2_000 })).toMatchObject({ sent: 1 });
    expect(fake.delivered).toHaveLength(1);
  });

  it('is dropped unsent, for good, when another letter is stored under its key', async () => {
    await enqueueFor('h1');
    await storeLetter('h2');
    expect(await runSender(deps(), { budgetMs: 2_000 })).toMatchObject({ sent: 0, calls: 0 });
    expect(fake.delivered).toHaveLength(0);
    expect(await stateOf('h1')).toMatchObject({ status: 'failed', error: 'superseded' });
    expect(await deps().store.keys('due/')).toEqual([]);
  });

  it('waits while its letter is not stored yet, and goes once it is', async () => {
    await enqueueFor('h1');
    await runSender(deps(), { budgetMs: 1_000 });
    expect(fake.delivered).toHaveLength(0);
    expect(await stateOf('h1')).toBeNull(); // still queued
    await storeLetter('h1');
    await runSender(deps(), { budgetMs: 2_000 });
    expect(fake.delivered).toHaveLength(1);
  });

  it('is dropped once its letter is still missing after the grace (its request failed and said so)', async () => {
    await enqueueFor('h1');
    clock.advance(MADE_FOR_GRACE_MS + 1_000);
    await runSender(deps(), { budgetMs: 1_000 });
    expect(await stateOf('h1')).toMatchObject({ error: 'superseded' });
    await storeLetter('h1'); // too late: a letter stored now is another submission's, with emails of its own
    await runSender(deps(), { budgetMs: 1_000 });
    expect(fake.delivered).toHaveLength(0);
  });

  it('waits, never going unchecked, for a sender that cannot read the letters', async () => {
    await enqueueFor('h1');
    await storeLetter('h2');
    await runSender(deps(false), { budgetMs: 1_000 });
    expect(fake.delivered).toHaveLength(0);
    expect(await deps().store.keys('due/')).toHaveLength(1);
  });
});
