// The public pledge counts (what the goal meter and the pledge map read), the staff export, and the hourly purge.
import { describe, expect, it } from 'vitest';
import { handle as pledge } from '../../functions/pledges.mts';
import { handle as confirm } from '../../functions/pledges-confirm.mts';
import { handle as summary } from '../../functions/pledges-summary.mts';
import { handle as exportCsv } from '../../functions/admin-pledges.mts';
import { parseCsv } from '../../src/lib/csv.ts';
import { programsNear } from '../../src/lib/pledges.ts';
import { siteData } from '../../src/server/campaign-data.ts';
import { districtNames, programDirectory, volunteerOrigins } from '../../src/server/pledge-wiring.ts';
import { purgeExpiredPledges } from '../../src/server/pledges.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';
import { linksIn, pledgeBody, pledgeDeps, pledgeForm, pledgeJson } from '../helpers/pledges.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('pledge-admin', (fresh) => ({ fake, clock, store } = fresh));

const deps = () => pledgeDeps(store, fake, clock);
const nantucket = { lat: undefined, lon: undefined, town: 'Nantucket' };

async function pledgeAndMaybeConfirm(body: Record<string, unknown>, confirmIt: boolean) {
  const before = fake.delivered.length;
  expect((await pledge(pledgeJson(body), deps())).status).toBe(201);
  if (!confirmIt) return;
  const { token } = linksIn(fake.delivered[before]!.email.text);
  expect((await confirm(pledgeForm([['token', token]], '/api/pledges/confirm'), deps())).status).toBe(303);
}

const summaryDeps = () => ({ store, campaigns: siteData().campaigns, districtName: districtNames(), now: clock.now });
const getSummary = (query = '') =>
  summary(new Request(`https://act.example.org/api/pledges/summary${query}`), summaryDeps());

describe('GET /api/pledges/summary', () => {
  it('counts confirmed and pending pledges, and confirmed ones per district by name, cached a minute', async () => {
    await pledgeAndMaybeConfirm(pledgeBody({ email: 'a@example.com' }), true);
    await pledgeAndMaybeConfirm(pledgeBody({ email: 'b@example.com' }), true);
    await pledgeAndMaybeConfirm(pledgeBody({ email: 'c@example.com', ...nantucket }), true);
    await pledgeAndMaybeConfirm(pledgeBody({ email: 'd@example.com', ...nantucket }), false);
    await pledgeAndMaybeConfirm(pledgeBody({ email: 'e@example.com', campaign: 'national-mentoring-month' }), true);

    const res = await getSummary('?campaign=mentors-of-color');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(await res.json()).toEqual({
      data: {
        campaign: 'mentors-of-color',
        confirmed: 3,
        pending: 1,
        house: { '8th Suffolk': 2, 'Barnstable, Dukes and Nantucket': 1 },
        senate: { 'Third Suffolk': 2, 'Cape and Islands': 1 },
        updatedAt: '2026-11-23T15:00:00.000Z',
      },
    });
    const all = (await (await getSummary()).json()).data;
    expect(all).toMatchObject({ campaign: null, confirmed: 4, pending: 1, house: { '8th Suffolk': 3 } });
    expect(JSON.stringify(all)).not.toMatch(/example\.com|Ana/);
  });

  it('ignores pending pledges once their week is over', async () => {
    await pledgeAndMaybeConfirm(pledgeBody({ email: 'a@example.com' }), false);
    clock.advance(6 * 24 * 3600_000);
    await pledgeAndMaybeConfirm(pledgeBody({ email: 'b@example.com' }), false);
    expect((await (await getSummary('?campaign=mentors-of-color')).json()).data.pending).toBe(2);
    clock.advance(24 * 3600_000);
    expect((await (await getSummary('?campaign=mentors-of-color')).json()).data.pending).toBe(1);
  });

  it('answers 404 for a campaign that does not take pledges, 422 for a malformed name', async () => {
    const missing = await getSummary('?campaign=no-such-campaign');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
    expect((await getSummary('?campaign=mentoring-matching-grants')).status).toBe(404);
    expect((await getSummary('?campaign=Not%20A%20Slug')).status).toBe(422);
  });
});

describe('GET /api/admin/pledges.csv', () => {
  const token = 'a-long-enough-staff-token';
  const get = (auth?: string, query = '?campaign=mentors-of-color') =>
    exportCsv(
      new Request(`https://act.example.org/api/admin/pledges.csv${query}`, {
        headers: auth ? { authorization: auth } : {},
      }),
      {
        store,
        adminToken: token,
        campaigns: siteData().campaigns,
      },
    );

  it('refuses without the staff token, or with a wrong one', async () => {
    for (const auth of [undefined, 'Bearer wrong-token-of-some-length', `Basic ${token}`]) {
      const res = await get(auth);
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('unauthorized');
    }
  });

  it('lists confirmed pledges only, with what staff need to route volunteers, formulas defused', async () => {
    await pledgeAndMaybeConfirm(
      pledgeBody({ name: '=HYPERLINK("x")', email: 'a@example.com', languages: 'Spanish' }),
      true,
    );
    await pledgeAndMaybeConfirm(pledgeBody({ email: 'pending@example.com' }), false);
    const res = await get(`Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await res.text();
    expect(text).not.toContain('pending@example.com');
    const [header, row, ...rest] = parseCsv(text);
    expect(rest).toEqual([]);
    expect(header).toEqual([
      'confirmed_at',
      'campaign',
      'name',
      'email',
      'town',
      'zip',
      'house_district',
      'senate_district',
      'types',
      'ages',
      'languages',
      'pledged_at',
      'programs_shown',
      'referred_to',
      'referred_at',
    ]);
    // the programs this volunteer was shown: those fitting school-based or e-mentoring, teens and Spanish, nearest
    // to the 8th Suffolk district's towns first
    const shown = programsNear(
      programDirectory(),
      { house: 'ma-house-130', senate: 'ma-senate-25', town: null, origins: volunteerOrigins(null, 'ma-house-130') },
      { types: ['school-based', 'e-mentoring'], ages: ['teens'], languages: ['Spanish'] },
    ).map((n) => n.program.slug);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(row).toEqual([
      '2026-11-23T15:00:00.000Z',
      'mentors-of-color',
      `'=HYPERLINK("x")`,
      'a@example.com',
      '',
      '',
      '8th Suffolk',
      'Third Suffolk',
      'school-based; e-mentoring',
      'teens',
      'Spanish',
      '2026-11-23T15:00:00.000Z',
      shown.join('; '),
      '',
      '',
    ]);
  });
});

describe('the hourly purge', () => {
  it('deletes unconfirmed pledges after a week, with their details; confirmed ones stay', async () => {
    await pledgeAndMaybeConfirm(pledgeBody({ email: 'kept@example.com' }), true);
    await pledgeAndMaybeConfirm(pledgeBody({ email: 'gone@example.com' }), false);
    expect(await purgeExpiredPledges(store, clock.now())).toBe(0);
    clock.advance(7 * 24 * 3600_000 + 1);
    expect(await purgeExpiredPledges(store, clock.now())).toBe(1);
    const everything = await Promise.all(
      (await store.keys()).map(async (k) => `${k} ${JSON.stringify(await store.get(k))}`),
    );
    expect(everything.join('\n')).not.toContain('gone@example.com');
    expect(everything.join('\n')).toContain('kept@example.com');
    expect(await store.keys('pledge/')).toHaveLength(1);
  });
});
