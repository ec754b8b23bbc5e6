// What one letter request asks of Blobs, counted through a wrapper over the real local server: in a surge every call
// is one of tens of thousands, and calls made one after another add up to the reply's wait.
import { describe, expect, it } from 'vitest';
import { handle } from '../../functions/letters.mts';
import { mailKeys } from '../../src/server/mail-engine/index.ts';
import { scopedStore, type JsonStore } from '../../src/server/store.ts';
import { countingStore } from '../helpers/counting-store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { jsonPost, letterBody, letterDeps, type Clock } from '../helpers/letters.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('letter-cost', (fresh) => ({ fake, clock, store } = fresh));

function countedDeps() {
  const counting = countingStore(store);
  const deps = { ...letterDeps(counting.store, fake, clock), mail: scopedStore(counting.store, 'mail/') };
  return { deps, count: counting.count };
}

describe('one letter request’s Blobs calls', () => {
  it('in a surge (a backlog queued): a handful of calls, a few rounds, no listing', async () => {
    await store.set(`mail/${mailKeys.backlog}`, { until: new Date(clock.now().getTime() + 60_000).toISOString() });
    const { deps, count } = countedDeps();
    const res = await handle(jsonPost(letterBody()), deps);
    expect(res.status).toBe(201);
    expect((await res.json()).data.status).toBe('queued');
    expect(fake.delivered).toHaveLength(0);
    // was 19 calls in 10 rounds: the limits, the letter and its queue record, and the emails each went one by one
    expect(count.calls).toBeLessThanOrEqual(13);
    expect(count.rounds).toBeLessThanOrEqual(5);
    expect(count.byKind.list).toBeUndefined();
  });

  it('with the account free it sends at once, listing nothing but a cold instance’s pace windows', async () => {
    const { deps, count } = countedDeps();
    const res = await handle(jsonPost(letterBody()), deps);
    expect((await res.json()).data.status).toBe('sent');
    expect(fake.delivered).toHaveLength(3);
    // was 43 calls in 17 rounds
    expect(count.calls).toBeLessThanOrEqual(36);
    expect(count.rounds).toBeLessThanOrEqual(10);
    // a cold instance lists each legislator's pace window once; a warm one remembers it (mail-engine/pace.ts)
    const listed = count.keys.filter((k) => k.startsWith('list '));
    expect(listed.every((k) => k.startsWith('list mail/pace/'))).toBe(true);
  });
});
