// Two different letters from one person to one campaign, submitted at the same moment (two tabs, a double click
// after an edit): both share one letter id. The request enqueues its emails beside storing its letter, before it knows
// its letter won, so the losing submission's emails are in the queue too. Only the stored letter's may go.
import { describe, expect, it } from 'vitest';
import { handle } from '../../functions/letters.mts';
import { drainLetterQueue, letterMailKey } from '../../src/server/letter-delivery.ts';
import { lettersOf, type LetterRecord } from '../../src/server/letter-records.ts';
import { entryIdFor, mailKeys, mailStateOf } from '../../src/server/mail-engine/index.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { jsonPost, letterBody, letterDeps, type Clock } from '../helpers/letters.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('letter-race', (fresh) => ({ fake, clock, store } = fresh));

/** The store, holding each letter's create-only write until both submissions have made theirs: a true race. */
function bothCreatesAtOnce(inner: JsonStore): JsonStore {
  let arrived = 0;
  let release = () => {};
  const together = new Promise<void>((resolve) => (release = resolve));
  return {
    ...inner,
    create: async (key, value) => {
      if (key.startsWith('letter/')) {
        if (++arrived === 2) release();
        await together;
      }
      return inner.create(key, value);
    },
  };
}

const first = letterBody({ message: 'Please fund Mentoring Matching Grants. My first draft of this letter.' });
const second = letterBody({
  name: 'Ana M. Díaz',
  message: 'Please fund Mentoring Matching Grants. My edited letter.',
});

async function race(options: { backlog: boolean }) {
  if (options.backlog) {
    const until = new Date(clock.now().getTime() + 60_000).toISOString();
    await store.set(`mail/${mailKeys.backlog}`, { until });
  }
  const deps = letterDeps(bothCreatesAtOnce(store), fake, clock);
  const replies = await Promise.all([handle(jsonPost(first), deps), handle(jsonPost(second), deps)]);
  const statuses = await Promise.all(replies.map(async (r) => `${r.status} ${(await r.json()).data.status}`));
  const stored = await lettersOf(store, 'mentoring-matching-grants');
  return { deps, statuses, stored };
}

/** Each delivered email's text, by recipient. */
const deliveredTexts = () => fake.delivered.map((d) => ({ to: d.email.to[0]!, text: d.email.text }));

function expectOnlyTheStoredLettersEmails(letter: LetterRecord) {
  const lost = letter.body.includes('first draft') ? 'edited letter' : 'first draft';
  const kept = lost === 'first draft' ? 'edited letter' : 'first draft';
  const delivered = deliveredTexts();
  // the representative, the senator and the sender's copy: once each, all of the stored letter
  expect(delivered.map((d) => d.to).sort()).toEqual(
    [...letter.recipients.map((r) => r.email), letter.sender.email].sort(),
  );
  expect(delivered.every((d) => d.text.includes(kept) && !d.text.includes(lost))).toBe(true);
}

describe('two different letters under one key at once', { timeout: 60_000 }, () => {
  it('behind a backlog: exactly one is stored, and the senders send only its three emails', async () => {
    const { deps, statuses, stored } = await race({ backlog: true });
    expect(stored).toHaveLength(1);
    expect(statuses.filter((s) => s === '201 queued')).toHaveLength(1);
    // both submissions' emails were queued before either knew which letter won
    expect((await store.keys('mail/due/')).length).toBe(6);
    expect(fake.delivered).toHaveLength(0);

    await store.delete(`mail/${mailKeys.backlog}`);
    await drainLetterQueue(deps, 10_000);
    expectOnlyTheStoredLettersEmails(stored[0]!);
    // the other submission's emails were dropped for good, never sent
    expect(await store.keys('mail/due/')).toEqual([]);
    await drainLetterQueue(deps, 10_000);
    expect(fake.delivered).toHaveLength(3);
  });

  it('with the account free: the stored letter is sent at once, the other’s emails dropped unsent', async () => {
    const { deps, stored } = await race({ backlog: false });
    expect(stored).toHaveLength(1);
    await drainLetterQueue(deps, 10_000);
    expectOnlyTheStoredLettersEmails(stored[0]!);
    expect(await store.keys('mail/due/')).toEqual([]);
  });

  it('the losing submission’s emails are recorded as superseded, where a letter’s status would look', async () => {
    const { deps, stored } = await race({ backlog: true });
    await store.delete(`mail/${mailKeys.backlog}`);
    await drainLetterQueue(deps, 10_000);
    const winner = stored[0]!;
    const failed = (await store.keys('mail/claim/')).map((k) => k.slice('mail/claim/'.length));
    const winnerIds = new Set((['house', 'senate', 'copy'] as const).map((k) => entryIdFor(letterMailKey(winner, k))));
    const losers = failed.filter((id) => !winnerIds.has(id));
    expect(losers).toHaveLength(3);
    for (const id of losers) expect(await mailStateOf(deps.mail, id)).toMatchObject({ error: 'superseded' });
    for (const id of winnerIds) expect(await mailStateOf(deps.mail, id)).toMatchObject({ status: 'sent' });
  });
});
