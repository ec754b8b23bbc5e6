// Counting letters when a request dies between storing a letter and counting it: the queue job or a resubmission
// counts it, and the public summary shows it, once.
import { describe, expect, it } from 'vitest';
import { handle as sendLetter } from '../../functions/letters.mts';
import { handle as summary } from '../../functions/letters-summary.mts';
import { drainLetterQueue } from '../../src/server/letter-delivery.ts';
import type { JsonStore } from '../../src/server/store.ts';
import { crashOnce } from '../helpers/crash-store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { jsonPost, letterBody, letterDeps, type Clock } from '../helpers/letters.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('letter-records', (fresh) => ({ fake, clock, store } = fresh));

async function counts() {
  const deps = letterDeps(store, fake, clock);
  const res = await summary(new Request('https://x/api/letters/summary?campaign=mentoring-matching-grants'), {
    store,
    campaigns: deps.site.campaigns,
  });
  return (await res.json()).data as { total: number; byDistrict: Record<string, number> };
}

describe('a crash between storing and counting a letter', () => {
  it('the scheduled delivery job counts the letter it finds uncounted, and sends it once', async () => {
    const deps = letterDeps(store, fake, clock);
    const crashing = { ...deps, store: crashOnce(store, (k) => k.startsWith('count/')) };
    await expect(sendLetter(jsonPost(letterBody()), crashing)).rejects.toThrow(/simulated crash/);
    expect(await store.keys('letter/')).toHaveLength(1);
    expect((await counts()).total).toBe(0);

    clock.advance(2 * 60_000);
    await drainLetterQueue(deps, 20_000);
    const counted = await counts();
    expect(counted.total).toBe(1);
    expect(Object.values(counted.byDistrict)).toEqual([1, 1]); // the House and the Senate district
    expect(fake.delivered).toHaveLength(3); // representative, senator, the sender's copy
    await drainLetterQueue(deps, 20_000);
    expect((await counts()).total).toBe(1);
  }, 30_000);

  it('a resubmission of the same letter counts it, and is told it was already sent', async () => {
    const deps = letterDeps(store, fake, clock);
    const crashing = { ...deps, store: crashOnce(store, (k) => k.startsWith('accepted/')) };
    await expect(sendLetter(jsonPost(letterBody()), crashing)).rejects.toThrow(/simulated crash/);
    expect((await counts()).total).toBe(0);

    const again = await sendLetter(jsonPost(letterBody()), deps);
    expect(again.status).toBe(200);
    expect((await counts()).total).toBe(1);
  }, 30_000);
});
