// Staff follow a volunteer to a program: the referral is kept on the pledge, the list filters by it, a program not in
// the directory or a withdrawn pledge is refused, and a pledge stored before referrals existed still reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledgeKeys } from '../../../src/lib/store-keys.ts';
import type { PledgeRecord } from '../../../src/lib/schemas/pledge-record.ts';
import { pledgesCsv } from '../../../src/server/csv-exports.ts';
import {
  listPledges,
  pledgeListQuerySchema,
  referPledge,
  referralSchema,
} from '../../../src/server/staff/pledge-referrals.ts';
import type { JsonStore } from '../../../src/server/store.ts';
import { startLocalBlobs, type LocalBlobs } from '../../helpers/blobs.ts';

const CAMPAIGN = 'mentors-of-color';
const programs = new Set(['big-brothers-big-sisters-of-massachusetts-bay', 'other-program']);
const now = new Date('2026-11-30T12:00:00Z');

let blobs: LocalBlobs;
let n = 0;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(() => blobs.stop());

/** A confirmed pledge as the pledge flow stores it (record and tally), written the way it was before referrals. */
async function storePledge(store: JsonStore, id: string, confirmedAt: string): Promise<void> {
  const pledge: PledgeRecord = {
    id,
    campaign: CAMPAIGN,
    status: 'confirmed',
    createdAt: confirmedAt,
    confirmedAt,
    expiresAt: confirmedAt,
    name: `Volunteer ${id}`,
    email: `${id}@example.com`,
    town: 'Boston',
    zip: null,
    districts: { house: { id: 'ma-house-130', name: '8th Suffolk' }, senate: { id: 'ma-senate-25', name: 'x' } },
    interests: { types: ['school-based'], ages: ['teens'], languages: [] },
    shownPrograms: ['other-program'],
  };
  await store.set(pledgeKeys.pledge(CAMPAIGN, id), pledge);
  await store.set(pledgeKeys.tally(CAMPAIGN, id, 'confirmed', 'ma-house-130', 'ma-senate-25'), {});
}

describe('referring a volunteer to a program', () => {
  it('keeps the referral on the pledge, filters by it, and exports it', async () => {
    const store = blobs.store(`refer-${++n}`);
    await storePledge(store, 'p1', '2026-11-20T10:00:00Z');
    await storePledge(store, 'p2', '2026-11-21T10:00:00Z');
    const input = referralSchema.parse({ campaign: CAMPAIGN, pledge: 'p1', program: 'other-program' });
    const outcome = await referPledge(store, input, programs, now);
    expect(outcome).toMatchObject({ kind: 'referred', pledge: { referral: { program: 'other-program' } } });

    const q = (referral: string) => pledgeListQuerySchema.parse({ referral });
    expect((await listPledges(store, q('referred'))).map((p) => p.id)).toEqual(['p1']);
    expect((await listPledges(store, q('not-referred'))).map((p) => p.id)).toEqual(['p2']);
    expect((await listPledges(store, q('nonsense'))).map((p) => p.id)).toEqual(['p1', 'p2']);
    const { csv } = await pledgesCsv(store, CAMPAIGN);
    expect(csv).toContain('other-program,2026-11-30T12:00:00.000Z');
  });

  it('refuses a program that is not in the directory', async () => {
    const store = blobs.store(`refer-${++n}`);
    await storePledge(store, 'p1', '2026-11-20T10:00:00Z');
    const input = { campaign: CAMPAIGN, pledge: 'p1', program: 'made-up' };
    expect(await referPledge(store, input, programs, now)).toEqual({ kind: 'unknown_program' });
  });

  it('refuses a pledge that is gone, and never brings back the details of one withdrawn meanwhile', async () => {
    const store = blobs.store(`refer-${++n}`);
    const input = { campaign: CAMPAIGN, pledge: 'p1', program: 'other-program' };
    expect(await referPledge(store, input, programs, now)).toEqual({ kind: 'not_found' });
    // the withdrawal has deleted the counts and is about to delete the record
    await storePledge(store, 'p1', '2026-11-20T10:00:00Z');
    for (const key of await store.keys(pledgeKeys.tallies(CAMPAIGN, 'p1'))) await store.delete(key);
    expect(await referPledge(store, input, programs, now)).toEqual({ kind: 'not_found' });
    expect(await store.get(pledgeKeys.pledge(CAMPAIGN, 'p1'))).toBeNull();
  });

  it('checks the form: a program must be chosen', () => {
    const result = referralSchema.safeParse({ campaign: CAMPAIGN, pledge: 'p1', program: '' });
    expect(result.success).toBe(false);
  });
});
