// The one limiter over a real local Blobs server: a burst gets exactly the limit through, windows are fixed and say
// when the next one opens, and the clean-up deletes old markers (and those of the layouts before it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, purgeLimitMarkers, takeSlot, takeSlotsAtOnce } from '../../src/server/limiter.ts';
import { startLocalBlobs, type LocalBlobs } from '../helpers/blobs.ts';

let blobs: LocalBlobs;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(() => blobs.stop());

const rule = { scope: 'test', limit: 7, windowMs: HOUR_MS };
const at = new Date('2026-11-23T15:20:00Z');

describe('takeSlot', () => {
  it('lets exactly the limit through a burst of 40 at once', async () => {
    const store = blobs.store('limiter-burst');
    const results = await Promise.all(Array.from({ length: 40 }, () => takeSlot(store, rule, 'who', at)));
    expect(results.filter((r) => r.ok)).toHaveLength(7);
    expect(await store.keys('limit/test/who/')).toHaveLength(7);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, retryAfterSeconds: 40 * 60 });
  });

  it('keeps keys apart and opens a new window on time', async () => {
    const store = blobs.store('limiter-window');
    for (let i = 0; i < 7; i++) expect((await takeSlot(store, rule, 'a', at)).ok).toBe(true);
    expect((await takeSlot(store, rule, 'a', at)).ok).toBe(false);
    expect((await takeSlot(store, rule, 'b', at)).ok).toBe(true);
    expect((await takeSlot(store, { ...rule, scope: 'other' }, 'a', at)).ok).toBe(true);
    expect((await takeSlot(store, rule, 'a', new Date('2026-11-23T16:00:00Z'))).ok).toBe(true);
  });
});

describe('takeSlotsAtOnce', () => {
  it('holds each rule in a burst: one address from many connections, many addresses from one connection', async () => {
    const store = blobs.store('limiter-at-once');
    const daily = { scope: 'daily', limit: 3, windowMs: DAY_MS };
    const burst = (who: (i: number) => { ip: string; email: string }) =>
      Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          takeSlotsAtOnce(
            store,
            [
              { rule, who: who(i).ip },
              { rule: daily, who: who(i).email },
            ],
            at,
          ),
        ),
      );
    const oneAddress = await burst((i) => ({ ip: `ip${i}`, email: 'same' }));
    expect(oneAddress.filter((r) => r.ok)).toHaveLength(3);
    // the day's window ends later than the hour's: that is when the address may try again
    expect(oneAddress.find((r) => !r.ok)).toEqual({ ok: false, retryAfterSeconds: (8 * 60 + 40) * 60 });
    const oneConnection = await burst((i) => ({ ip: 'school', email: `e${i}` }));
    expect(oneConnection.filter((r) => r.ok)).toHaveLength(7);
    expect(oneConnection.find((r) => !r.ok)).toEqual({ ok: false, retryAfterSeconds: 40 * 60 });
  });
});

describe('purgeLimitMarkers', () => {
  it('deletes markers of windows over for a day, and markers in older layouts; keeps current ones', async () => {
    const store = blobs.store('limiter-purge');
    await takeSlot(store, { ...rule, windowMs: DAY_MS }, 'old', new Date(at.getTime() - 3 * DAY_MS));
    await takeSlot(store, rule, 'now', at);
    await store.set('limit/ip/abc/493000/letter1', {}); // letters' hour buckets, before
    await store.set('limit/abc/493000/pledge1', {}); // pledges', before
    expect(await purgeLimitMarkers(store, at)).toBe(3);
    expect(await store.keys('limit/')).toEqual([expect.stringMatching(/^limit\/test\/now\//)]);
  });
});
