// The dashboard's numbers come from the records the campaign's flows write: a letter and its deliveries (with a
// bounce the webhook recorded), call count keys, confirmed pledges and confirmed alert sign-ups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callKeys } from '../../../src/lib/calls.ts';
import { letterKeys, pledgeKeys, signupKeys } from '../../../src/lib/store-keys.ts';
import type { LetterRecord } from '../../../src/lib/schemas/letter-record.ts';
import type { PledgeRecord } from '../../../src/lib/schemas/pledge-record.ts';
import { mailKeys } from '../../../src/server/mail-engine/records.ts';
import { campaignStats, type CampaignStores } from '../../../src/server/staff/campaign-stats.ts';
import { startLocalBlobs, type LocalBlobs } from '../../helpers/blobs.ts';

const CAMPAIGN = 'mentoring-matching-grants';
const districts = [
  { id: 'ma-house-8s', name: '8th Suffolk', chamber: 'house' as const, slug: '8th-suffolk' },
  { id: 'ma-senate-3s', name: 'Third Suffolk', chamber: 'senate' as const, slug: 'third-suffolk' },
];

let blobs: LocalBlobs;
let n = 0;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(() => blobs.stop());

function freshStores(): CampaignStores {
  n++;
  const s = (name: string) => blobs.store(`${name}-${n}`);
  return {
    letters: s('letters'),
    pledges: s('pledges'),
    calls: s('calls'),
    alertSignups: s('signups'),
    mail: s('mail'),
  };
}

function letter(id: string, createdAt: string, town: string): LetterRecord {
  const recipient = (key: 'house' | 'senate', d: (typeof districts)[number]) => ({
    key,
    legislatorId: `leg-${key}`,
    name: 'A Member',
    familyName: 'Member',
    email: `${key}@example.org`,
    chamber: key,
    district: d.name,
    districtId: d.id,
  });
  return {
    id,
    campaign: CAMPAIGN,
    createdAt,
    status: 'accepted',
    sender: { name: 'Ana', email: 'ana@example.com', town },
    contactConsent: false,
    subject: 'Fund mentoring',
    body: 'Please',
    personalized: false,
    recipients: [recipient('house', districts[0]!), recipient('senate', districts[1]!)],
    vacant: [],
  };
}

function pledge(id: string, town: string): PledgeRecord {
  return {
    id,
    campaign: CAMPAIGN,
    status: 'confirmed',
    createdAt: '2026-11-20T10:00:00Z',
    confirmedAt: '2026-11-21T10:00:00Z',
    expiresAt: '2026-11-27T10:00:00Z',
    name: 'Bo',
    email: 'bo@example.com',
    town,
    zip: null,
    districts: { house: { id: districts[0]!.id, name: '8th Suffolk' }, senate: { id: districts[1]!.id, name: 'x' } },
    interests: { types: ['school-based'], ages: ['teens'], languages: [] },
  };
}

describe('a campaign dashboard numbers', () => {
  it('counts letters, calls, pledges and subscribers per day and per district, and the top towns', async () => {
    const stores = freshStores();
    await stores.letters.set(letterKeys.letter(CAMPAIGN, 'l1'), letter('l1', '2026-11-20T12:00:00Z', 'Boston'));
    await stores.letters.set(letterKeys.letter(CAMPAIGN, 'l2'), letter('l2', '2026-11-21T12:00:00Z', 'Boston'));
    await stores.letters.set(letterKeys.letter('another', 'l3'), { ...letter('l3', '2026-11-21T12:00:00Z', 'Lynn') });
    const call = { campaign: CAMPAIGN, day: '2026-11-21', district: districts[0]!.id, legislator: 'x' };
    await stores.calls.set(callKeys.count({ ...call, outcome: 'left_voicemail', id: 'c1' }), {});
    await stores.pledges.set(pledgeKeys.pledge(CAMPAIGN, 'p1'), pledge('p1', 'Chelsea'));
    await stores.pledges.set(pledgeKeys.pledge(CAMPAIGN, 'p2'), { ...pledge('p2', 'Boston'), status: 'pending' });
    await stores.alertSignups.set(signupKeys.signup('s1'), {
      status: 'confirmed',
      createdAt: '2026-11-19T00:00:00Z',
      confirmedAt: '2026-11-19T00:05:00Z',
      expiresAt: null,
      confirmTokenHash: null,
      id: 's1',
      email: 'sub@example.com',
      name: null,
      consent: 'yes',
      lastEmailedAt: null,
      districts: { house: districts[0]!.id, senate: null },
    });

    const stats = await campaignStats(stores, CAMPAIGN, districts);
    expect(stats.totals).toEqual({ letters: 2, calls: 1, pledges: 1, subscribers: 1 });
    expect(stats.perDay).toEqual([
      { day: '2026-11-19', letters: 0, calls: 0, pledges: 0, subscribers: 1 },
      { day: '2026-11-20', letters: 1, calls: 0, pledges: 0, subscribers: 0 },
      { day: '2026-11-21', letters: 1, calls: 1, pledges: 1, subscribers: 0 },
    ]);
    expect(stats.perDistrict[0]).toMatchObject({
      name: '8th Suffolk',
      letters: 2,
      calls: 1,
      pledges: 1,
      subscribers: 1,
    });
    expect(stats.perDistrict[1]).toMatchObject({ name: 'Third Suffolk', letters: 2, calls: 0, pledges: 1 });
    expect(stats.topTowns).toEqual([
      { town: 'Boston', letters: 2, pledges: 0 },
      { town: 'Chelsea', letters: 0, pledges: 1 },
    ]);
  });

  it('tells sent, queued, failed and bounced emails apart', async () => {
    const stores = freshStores();
    await stores.letters.set(letterKeys.letter(CAMPAIGN, 'l1'), letter('l1', '2026-11-20T12:00:00Z', 'Boston'));
    await stores.letters.set(letterKeys.letter(CAMPAIGN, 'l2'), letter('l2', '2026-11-20T12:00:00Z', 'Boston'));
    const state = (status: string, providerId?: string) => ({
      status,
      attempts: 1,
      nextAttemptAt: '2026-11-20T12:00:00Z',
      ...(providerId ? { providerId } : {}),
    });
    await stores.letters.set(letterKeys.delivery('l1', 'house'), state('sent', 're_1'));
    await stores.letters.set(letterKeys.delivery('l1', 'senate'), state('sent', 're_2'));
    await stores.letters.set(letterKeys.delivery('l2', 'house'), state('failed'));
    // l2's senate email was never tried: queued
    await stores.mail.set(mailKeys.status('email/re_2'), {
      event: 'email.bounced',
      at: '2026-11-20T12:01:00Z',
      providerId: 're_2',
      entryId: null,
    });
    const stats = await campaignStats(stores, CAMPAIGN, districts);
    expect(stats.delivery).toEqual({ sent: 1, delivered: 0, bounced: 1, failed: 1, queued: 1 });
  });

  it('is all zeros for a campaign nobody acted on', async () => {
    const stats = await campaignStats(freshStores(), CAMPAIGN, districts);
    expect(stats).toEqual({
      totals: { letters: 0, calls: 0, pledges: 0, subscribers: 0 },
      perDay: [],
      perDistrict: [],
      delivery: { sent: 0, delivered: 0, queued: 0, failed: 0, bounced: 0 },
      topTowns: [],
    });
  });
});
