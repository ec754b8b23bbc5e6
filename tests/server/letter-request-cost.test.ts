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

/** Netlify's context.waitUntil, as a test sees it: the work left for after the reply, to await later. */
function deferred() {
  const work: Promise<unknown>[] = [];
  return { defer: (promise: Promise<unknown>) => void work.push(promise), settled: () => Promise.all(work) };
}

/**
 * The store, with the request's bookkeeping writes (the districts' counts, the total count, the queue record's
 * "enqueued") held until `open`: a reply that arrives while they are held did not wait for them.
 */
function holdingBookkeeping(inner: JsonStore) {
  let open = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  const held: string[] = [];
  const holds = (key: string, value: unknown) =>
    key.startsWith('accepted/') ||
    key.startsWith('count/') ||
    (key.startsWith('due/') && (value as { enqueued?: boolean }).enqueued === true);
  const store: JsonStore = {
    ...inner,
    set: async (key, value) => {
      if (holds(key, value)) {
        held.push(key);
        await gate;
      }
      return inner.set(key, value);
    },
  };
  return { store, held, open };
}

const backlogQueued = () =>
  store.set(`mail/${mailKeys.backlog}`, { until: new Date(clock.now().getTime() + 60_000).toISOString() });

describe('one letter request’s Blobs calls', () => {
  it('in a surge (a backlog queued): a handful of calls, a few rounds, no listing', async () => {
    await backlogQueued();
    const { deps, count } = countedDeps();
    const res = await handle(jsonPost(letterBody()), deps);
    expect(res.status).toBe(201);
    expect((await res.json()).data.status).toBe('queued');
    expect(fake.delivered).toHaveLength(0);
    // was 19 calls in 10 rounds, 13 in 5, then 13 in 4: the letter already there, the limits and the backlog are one
    // round; the letter, its queue record and its emails another; the counts two more
    expect(count.calls).toBeLessThanOrEqual(13);
    expect(count.rounds).toBeLessThanOrEqual(4);
    expect(count.byKind.list).toBeUndefined();
  });

  it('on Netlify (waitUntil) the reply waits for two rounds: letter and emails stored, counts after', async () => {
    await backlogQueued();
    const holding = holdingBookkeeping(store);
    const counting = countingStore(holding.store);
    const deps = { ...letterDeps(counting.store, fake, clock), mail: scopedStore(counting.store, 'mail/') };
    const after = deferred();
    const res = await handle(jsonPost(letterBody()), { ...deps, defer: after.defer });
    expect((await res.json()).data.status).toBe('queued');
    // replied with the districts' counts (two), the total count and the queue record's "enqueued" still unwritten:
    // 9 calls in 2 rounds waited for (were 11 in 3: the emails were enqueued only once the letter was known stored)
    expect(holding.held).toHaveLength(2); // the districts' counts; the total and "enqueued" follow them
    expect(counting.count.calls - holding.held.length).toBeLessThanOrEqual(9);
    expect(counting.count.rounds).toBeLessThanOrEqual(3); // the third is the held writes, after the reply
    holding.open();
    await after.settled();
    expect(counting.count.calls).toBeLessThanOrEqual(13);
    expect(await store.keys('accepted/')).toHaveLength(1);
    // the letter, its queue record and its three emails were stored before the reply; the senders take them
    const queued = (await store.keys('mail/due/')).length;
    expect(queued).toBe(3);
    expect(await store.keys('letter/')).not.toHaveLength(0);
  });

  it('a resubmitted letter gives back the limit slots it took beside reading the letter', async () => {
    await backlogQueued();
    const { deps } = countedDeps();
    await handle(jsonPost(letterBody()), deps);
    const slotsAfterFirst = (await store.keys('limit/')).length;
    const again = await handle(jsonPost(letterBody()), deps);
    expect((await again.json()).data.status).toBe('already_sent');
    expect(await store.keys('limit/')).toHaveLength(slotsAfterFirst);
  });

  it('with the account free it sends at once, listing nothing but a cold instance’s pace windows', async () => {
    const { deps, count } = countedDeps();
    const res = await handle(jsonPost(letterBody()), deps);
    expect((await res.json()).data.status).toBe('sent');
    expect(fake.delivered).toHaveLength(3);
    // was 43 calls in 17 rounds; one more since the request reads the backlog marker in its first round (a surge
    // request saves a round by it), and the try reads it again
    expect(count.calls).toBeLessThanOrEqual(37);
    expect(count.rounds).toBeLessThanOrEqual(10);
    // a cold instance lists each legislator's pace window once; a warm one remembers it (mail-engine/pace.ts)
    const listed = count.keys.filter((k) => k.startsWith('list '));
    expect(listed.every((k) => k.startsWith('list mail/pace/'))).toBe(true);
  });
});
