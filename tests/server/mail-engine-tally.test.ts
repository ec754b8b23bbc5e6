// The mail engine's running counts (src/server/mail-engine/tally.ts): what staff read to watch a large send. Two
// sender runs at once count the same group without losing a number, a run writes its count as it goes, and a
// corrupt record is skipped rather than breaking the progress page.
import { describe, expect, it } from 'vitest';
import { enqueueMany, readTally, runSender, suppressAddress } from '../../src/server/mail-engine/index.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('mail-tally', (fresh) => ({ fake, clock, store } = fresh));

const engine = () => ({ store, mailer: resendMailer(fake.apiKey, fake.url), now: clock.now, salt: 's', perSecond: 50 });

async function enqueueGroup(group: string | undefined, count: number, from = 0) {
  const items = Array.from({ length: count }, (_, i) => ({
    email: { from: 'a@example.org', to: [`r${from + i}@example.com`], subject: 'Hi', text: 'Hi', html: '<p>Hi</p>' },
    idempotencyKey: `test:${group}:${from + i}`,
    options: { kind: 'alert', ...(group ? { tally: group } : {}) },
  }));
  await enqueueMany(store, items, clock.now());
}

describe('the mail engine counts a group of emails as it sends them', { timeout: 60_000 }, () => {
  it('adds up what two senders at once sent and gave up, and counts nothing outside the group', async () => {
    await enqueueGroup('alert/a', 45);
    await enqueueGroup(undefined, 5, 100);
    await suppressAddress(store, 's', 'r3@example.com', 'bounce', clock.now());
    await Promise.all([runSender(engine(), { batchSize: 10 }), runSender(engine(), { batchSize: 10 })]);
    expect(fake.delivered).toHaveLength(49);
    expect(await readTally(store, 'alert/a')).toEqual({ sent: 44, failed: 1 });
    // one record per run that sent any (at most the two), however many batches
    expect((await store.keys('tally/alert/a/')).length).toBeLessThanOrEqual(2);
    expect(await readTally(store, 'alert/b')).toEqual({ sent: 0, failed: 0 });
  });

  it('skips a corrupt record', async () => {
    await enqueueGroup('alert/a', 3);
    await runSender(engine());
    await store.set('tally/alert/a/broken', { sent: 'many' });
    expect(await readTally(store, 'alert/a')).toEqual({ sent: 3, failed: 0 });
  });
});
