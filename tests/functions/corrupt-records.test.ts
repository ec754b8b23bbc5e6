// A corrupt record (wrong shape, or not JSON at all) is logged and skipped, never a 500: the summaries, the staff
// exports, the scheduled jobs and the purge all go on with the good records around it.
import { getStore } from '@netlify/blobs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { handle as sendLetter } from '../../functions/letters.mts';
import { handle as letterCsv } from '../../functions/admin-letters.mts';
import { handle as letterCounts } from '../../functions/letters-summary.mts';
import { handle as pledge } from '../../functions/pledges.mts';
import { handle as pledgeCsv } from '../../functions/admin-pledges.mts';
import { handle as pledgeCounts } from '../../functions/pledges-summary.mts';
import { handle as alertCsv } from '../../functions/admin-alert-signups.mts';
import { parseCsv } from '../../src/lib/csv.ts';
import { storeNames } from '../../src/lib/store-keys.ts';
import { siteData } from '../../src/server/campaign-data.ts';
import { drainLetterQueue } from '../../src/server/letter-delivery.ts';
import { districtNames } from '../../src/server/pledge-wiring.ts';
import { purgeExpiredPledges } from '../../src/server/pledges.ts';
import { purgePersonalData, type PurgeStores } from '../../src/server/privacy-purge.ts';
import { readRecord } from '../../src/server/store.ts';
import { letterRecordSchema } from '../../src/lib/schemas/letter-record.ts';
import { startLocalBlobs, type LocalBlobs } from '../helpers/blobs.ts';
import { startFakeResend, type FakeResend } from '../helpers/fake-resend.ts';
import { jsonPost, letterBody, letterDeps, testClock, type Clock } from '../helpers/letters.ts';
import { pledgeBody, pledgeDeps, pledgeJson } from '../helpers/pledges.ts';

let blobs: LocalBlobs;
let fake: FakeResend;
let clock: Clock;
let stores: PurgeStores;
let names: Record<keyof PurgeStores, string>;
let n = 0;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(() => blobs.stop());
beforeEach(async () => {
  fake = await startFakeResend();
  clock = testClock();
  const test = ++n;
  names = Object.fromEntries(
    Object.entries(storeNames).map(([k, name]) => [k, `corrupt-${test}-${name}`]),
  ) as typeof names;
  stores = Object.fromEntries(Object.entries(names).map(([k, name]) => [k, blobs.store(name)])) as PurgeStores;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  fake.close();
  vi.restoreAllMocks();
});

const ADMIN = 'staff-token-0123456789';
const staff = (url: string) => new Request(url, { headers: { authorization: `Bearer ${ADMIN}` } });

/** Writes a wrong-shaped record and a value that is not JSON at all. */
async function garbage(kind: keyof PurgeStores, keys: [string, string]) {
  await stores[kind].set(keys[0], { nope: true, email: 42 });
  await getStore({ name: names[kind], ...blobs.connection }).set(keys[1], 'not json {');
}

describe('corrupt records', () => {
  it('readRecord logs the key and returns null for a wrong shape or for text that is not JSON', async () => {
    await garbage('letters', ['letter/x/1', 'letter/x/2']);
    expect(await readRecord(stores.letters, 'letter/x/1', letterRecordSchema)).toBeNull();
    expect(await readRecord(stores.letters, 'letter/x/2', letterRecordSchema)).toBeNull();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('store: skipped letter/x/1'));
  });

  it('letters: the summary, the staff export and the queue job go on around them', async () => {
    const deps = letterDeps(stores.letters, fake, clock);
    expect((await sendLetter(jsonPost(letterBody()), deps)).status).toBe(201);
    await garbage('letters', ['letter/mentoring-matching-grants/bad1', 'letter/mentoring-matching-grants/bad2']);
    await garbage('letters', ['due/bad1', 'due/bad3']);
    await stores.letters.set('due/bad2', { campaign: 'mentoring-matching-grants', createdAt: '2026-01-01T00:00:00Z' });
    await garbage('letters', ['delivery/bad2/house', 'confirm/bad']);

    const csv = await letterCsv(staff('https://x/api/admin/letters.csv?campaign=mentoring-matching-grants'), {
      store: stores.letters,
      adminToken: ADMIN,
    });
    expect(csv.status).toBe(200);
    expect(parseCsv(await csv.text())).toHaveLength(2);
    const counts = await letterCounts(new Request('https://x/api/letters/summary?campaign=mentoring-matching-grants'), {
      store: stores.letters,
      campaigns: siteData().campaigns,
    });
    expect(counts.status).toBe(200);
    expect((await counts.json()).data.total).toBe(1);
    clock.advance(5 * 60_000);
    await expect(drainLetterQueue(deps, 20_000)).resolves.toMatchObject({ failed: 0 });
  }, 30_000);

  it('pledges: the summary, the staff export and the expiry purge (cancelling emails) go on around them', async () => {
    const deps = pledgeDeps(stores.pledges, fake, clock);
    expect((await pledge(pledgeJson(pledgeBody()), deps)).status).toBe(201);
    await garbage('pledges', ['pledge/mentors-of-color/bad1', 'pledge/mentors-of-color/bad2']);
    await garbage('pledges', ['emailed/bad1', 'emailed/bad2']);
    await stores.pledges.set('tally/mentors-of-color/bad/not-a-state/h/s', {});
    const counts = await pledgeCounts(new Request('https://x/api/pledges/summary?campaign=mentors-of-color'), {
      store: stores.pledges,
      campaigns: siteData().campaigns,
      districtName: districtNames(),
      now: clock.now,
    });
    expect(counts.status).toBe(200);
    expect((await counts.json()).data).toMatchObject({ pending: 1 });
    const csv = await pledgeCsv(staff('https://x/api/admin/pledges.csv'), {
      store: stores.pledges,
      adminToken: ADMIN,
      campaigns: siteData().campaigns,
    });
    expect(csv.status).toBe(200);
    const cancelled: string[] = [];
    clock.advance(8 * 86_400_000);
    await expect(purgeExpiredPledges(stores.pledges, clock.now(), async (k) => cancelled.push(k))).resolves.toBe(3);
    expect(cancelled).toHaveLength(1); // the good pledge's confirmation; the corrupt records name none
  }, 30_000);

  it('alert sign-ups, thank-yous and technical-assistance requests: exports and the purge go on', async () => {
    await garbage('alertSignups', ['signup/bad1', 'signup/bad2']);
    await garbage('championThanks', ['thanks/someone/bad1', 'thanks/someone/bad2']);
    await garbage('taRequests', ['request/bad1', 'request/bad2']);
    const csv = await alertCsv(staff('https://x/api/admin/alert-signups.csv'), {
      store: stores.alertSignups,
      adminToken: ADMIN,
    });
    expect(csv.status).toBe(200);
    expect(parseCsv(await csv.text())).toHaveLength(1);
    clock.advance(200 * 86_400_000);
    const mail = blobs.store(`corrupt-${n}-mail`);
    await mail.set('claim/bad', { nope: true });
    const days = { letters: 90, taRequests: 180 };
    await expect(purgePersonalData(stores, clock.now(), days, mail)).resolves.toBeDefined();
  });
});
