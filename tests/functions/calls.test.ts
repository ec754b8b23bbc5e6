// The call endpoints end to end over a local Netlify Blobs server: outcomes counted once per visitor, legislator and
// campaign, within the hourly limit, without losing counts under concurrency, and with nothing about the caller kept.
import { describe, expect, it } from 'vitest';
import { handle as calls, type CallsHandlerDeps } from '../../functions/calls.mts';
import { handle as sheet, type CallSheetDeps } from '../../functions/calls-sheet.mts';
import { handle as summary } from '../../functions/calls-summary.mts';
import { handle as adminCalls } from '../../functions/admin-calls.mts';
import { siteData, type CampaignData } from '../../src/server/campaign-data.ts';
import { officeHours } from '../../src/server/call-wiring.ts';
import { purgeCallMarkers } from '../../src/server/calls.ts';
import { readConfig } from '../../src/server/config.ts';
import type { JsonStore } from '../../src/server/store.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { testLocate, type Clock } from '../helpers/letters.ts';
import { campaignsAtStage } from '../helpers/stage-fixture.ts';

let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('calls', (fresh) => ({ clock, store } = fresh));

const site = siteData();
const CAMPAIGN = 'mentoring-matching-grants';
// a Springfield pair of districts (the pledge tests' own), each with its member
const HOUSE = 'ma-house-054';
const SENATE = 'ma-senate-03';
const rep = site.legislators.find((l) => l.districtId === HOUSE)!;
const senator = site.legislators.find((l) => l.districtId === SENATE)!;
const IP = '203.0.113.77';

function deps(env: Record<string, string> = {}, ip = IP, campaigns: CampaignData[] = site.campaigns): CallsHandlerDeps {
  const config = readConfig({ CONTEXT: 'dev', URL: 'https://act.example.org', RATE_LIMIT_SALT: 'test-salt', ...env });
  return { store, now: clock.now, config, campaigns, legislators: site.legislators, clientIp: ip };
}
const sheetDeps = (campaigns: CampaignData[] = site.campaigns): CallSheetDeps => ({
  campaigns,
  legislators: site.legislators,
  locate: testLocate(),
  hours: officeHours(),
  siteUrl: 'https://act.example.org',
  now: clock.now,
});

const body = (over: Record<string, string> = {}) => ({
  campaign: CAMPAIGN,
  legislator: rep.slug,
  outcome: 'left_voicemail',
  house: HOUSE,
  senate: SENATE,
  ...over,
});
const json = (b: unknown, headers: Record<string, string> = {}) =>
  new Request('https://act.example.org/api/calls', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(b),
  });
const form = (fields: Record<string, string>) =>
  new Request('https://act.example.org/api/calls', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams(fields).toString(),
  });

async function counts(campaign = CAMPAIGN) {
  const res = await summary(new Request(`https://act.example.org/api/calls/summary?campaign=${campaign}`), {
    store,
    campaigns: site.campaigns,
    now: clock.now,
  });
  expect(res.status).toBe(200);
  return (await res.json()).data;
}

describe('POST /api/calls', () => {
  it('counts an outcome per campaign, district, legislator and day, and says so', async () => {
    const res = await calls(json(body()), deps());
    expect(res.status).toBe(201);
    expect((await res.json()).data).toEqual({
      counted: true,
      campaign: CAMPAIGN,
      legislator: rep.slug,
      outcome: 'left_voicemail',
    });
    expect((await calls(json(body({ legislator: senator.slug, outcome: 'talked_to_staff' })), deps())).status).toBe(
      201,
    );
    const data = await counts();
    expect(data).toMatchObject({
      campaign: CAMPAIGN,
      total: 2,
      byOutcome: { talked_to_staff: 1, left_voicemail: 1, no_answer: 0 },
      byDistrict: { [HOUSE]: 1, [SENATE]: 1 },
      byLegislator: { [rep.slug]: 1, [senator.slug]: 1 },
      // the test clock is 2026-11-23 10:00 in Boston
      byDay: { '2026-11-23': 2 },
      goal: { count: 1000, label: 'letters and calls to legislators' },
    });
  });

  it('counts one outcome per visitor, legislator and campaign; another visitor or campaign counts again', async () => {
    expect((await calls(json(body()), deps())).status).toBe(201);
    const again = await calls(json(body({ outcome: 'talked_to_staff' })), deps());
    expect(again.status).toBe(200);
    expect((await again.json()).data.counted).toBe(false);
    expect((await calls(json(body()), deps({}, '198.51.100.4'))).status).toBe(201);
    expect((await calls(json(body({ campaign: 'national-mentoring-month' })), deps())).status).toBe(201);
    expect((await counts()).total).toBe(2);
    expect((await counts('national-mentoring-month')).total).toBe(1);
  });

  it('loses no count and double-counts nobody when many call at once', async () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      calls(json(body({ outcome: i % 2 ? 'no_answer' : 'talked_to_staff' })), deps({}, `198.51.100.${i}`)),
    );
    const same = Array.from({ length: 10 }, () =>
      calls(json(body({ legislator: senator.slug })), deps({}, '192.0.2.1')),
    );
    const statuses = (await Promise.all([...many, ...same])).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(41);
    const data = await counts();
    expect(data.total).toBe(41);
    expect(data.byOutcome).toEqual({ talked_to_staff: 20, left_voicemail: 1, no_answer: 20 });
    expect(data.byLegislator).toEqual({ [rep.slug]: 40, [senator.slug]: 1 });
  });

  it('is limited per connection and hour, with Retry-After, and counts again the next hour', async () => {
    const limited = deps({ CALLS_PER_IP_PER_HOUR: '2' });
    expect((await calls(json(body()), limited)).status).toBe(201);
    expect((await calls(json(body({ legislator: senator.slug })), limited)).status).toBe(201);
    const res = await calls(json(body({ campaign: 'mentors-of-color' })), limited);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "rate_limited",
          "message": "Too many calls counted from your connection this hour. Please try again later.",
        },
      }
    `);
    const page = await calls(form(body({ campaign: 'mentors-of-color' })), limited);
    expect(page.status).toBe(429);
    expect(await page.text()).toContain('Please try again later');
    clock.advance(3_600_000);
    expect((await calls(json(body({ campaign: 'mentors-of-color' })), limited)).status).toBe(201);
  });

  it('refuses what is not a call to one of your own legislators in a campaign with a call', async () => {
    const other = site.legislators.find((l) => l.chamber === 'house' && l.districtId !== HOUSE)!;
    const cases: [Request, number][] = [
      [json(body({ campaign: 'no-such-campaign' })), 404],
      [json(body({ legislator: 'no-such-person' })), 404],
      [json(body({ legislator: other.slug })), 422],
      [json(body({ outcome: 'hung_up_on' })), 422],
      [json(body({ house: 'ma-house-999x' })), 422],
      [json([1, 2]), 422],
      [json(body(), { origin: 'https://evil.example' }), 403],
      [
        new Request('https://act.example.org/api/calls', {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: 'x',
        }),
        415,
      ],
      [
        new Request('https://act.example.org/api/calls', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: 'x'.repeat(10_000),
        }),
        413,
      ],
      [new Request('https://act.example.org/api/calls'), 405],
    ];
    for (const [req, status] of cases) expect((await calls(req, deps())).status, req.url).toBe(status);
    expect(await (await calls(json(body({ legislator: other.slug })), deps())).json()).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "validation_error",
          "fields": {
            "legislator": [
              "is not one of your legislators for this campaign",
            ],
          },
          "message": "This campaign asks you to call your own legislators only.",
        },
      }
    `);
    expect((await counts()).total).toBe(0);
  });

  it('answers a plain form with a 303 back to the call sheet, which thanks the caller and asks what next', async () => {
    const res = await calls(form({ ...body(), town: 'Springfield' }), deps());
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toBe(
      `/api/calls/sheet?campaign=${CAMPAIGN}&house=${HOUSE}&senate=${SENATE}&town=Springfield` +
        `&called=${rep.slug}&outcome=left_voicemail#recorded`,
    );
    const page = await (await sheet(new Request(new URL(location, 'https://act.example.org')), sheetDeps())).text();
    expect(page).toContain('Thank you for calling.');
    expect(page).toContain(`Your call to Representative ${rep.name} is counted: you left a voicemail.`);
    // the senator's outcome buttons are still there; the representative's are replaced by what was counted
    expect(page.match(/<form method="post" action="\/api\/calls"/g)).toHaveLength(1);
    expect(page).toContain('Write to them too');
    expect(page).toContain('/campaigns/mentors-of-color/#take-action');
    expect(page).toContain('/alerts/');
    expect(page).toContain('Email a friend');
    // a second tap is not counted twice, and the sheet says so
    const again = await calls(form({ ...body(), town: 'Springfield' }), deps());
    expect(again.headers.get('location')).toContain('already=1');
  });

  it('keeps nothing personal: no address, no town, no hash of the address in any count', async () => {
    await calls(form({ ...body(), town: 'Springfield' }), deps());
    await calls(json(body({ legislator: senator.slug })), deps());
    const keys = await store.keys();
    expect(keys.length).toBeGreaterThan(0);
    const everything = JSON.stringify(await Promise.all(keys.map(async (k) => [k, await store.get(k)])));
    for (const personal of [IP, IP.replace(/\./g, ''), 'Springfield', 'springfield', 'test-salt'])
      expect(everything).not.toContain(personal);
    for (const key of keys.filter((k) => k.startsWith('count/'))) {
      expect(key).toMatch(
        /^count\/[a-z0-9-]+\/\d{4}-\d{2}-\d{2}\/ma-(house|senate)-\d+\/[a-z0-9-]+\/[a-z_]+\/[0-9a-f]{32}$/,
      );
      expect(await store.get(key)).toEqual({});
    }
    // the only records derived from the connection are the markers, and they expire
    expect(keys.filter((k) => !k.startsWith('count/')).every((k) => /^(once|limit)\//.test(k))).toBe(true);
    clock.advance(31 * 86_400_000);
    expect(await purgeCallMarkers({ store, now: clock.now })).toBe(keys.filter((k) => !k.startsWith('count/')).length);
    expect((await store.keys()).every((k) => k.startsWith('count/'))).toBe(true);
    // and once expired, the same visitor's next call counts
    expect((await calls(json(body()), deps())).status).toBe(201);
    expect((await counts()).total).toBe(3);
  });
});

describe('GET /api/calls/sheet', () => {
  const get = (query: Record<string, string>) =>
    new Request(`https://act.example.org/api/calls/sheet?${new URLSearchParams(query)}`);

  it("shows the person's own legislators with tel: links, the script filled in, whether offices answer", async () => {
    const res = await sheet(
      get({ campaign: CAMPAIGN, house: HOUSE, senate: SENATE, town: 'Springfield' }),
      sheetDeps(),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBeTruthy();
    const page = await res.text();
    expect(page).toContain(`<h2 id="call-${rep.slug}">Representative ${rep.name}</h2>`);
    expect(page).toContain(`<h2 id="call-${senator.slug}">Senator ${senator.name}</h2>`);
    expect(page).toContain(`href="tel:+1${rep.capitolOffice.phone!.replace(/\D/g, '')}"`);
    expect(page).toContain(
      'Hello, my name is (your name) and I live in Springfield. ' +
        `I am calling to ask Representative ${rep.name} to support line item 7061-9634`,
    );
    expect(page).toContain('one for one. No response is needed. Thank you.');
    // Monday, November 23, 2026, 10 a.m. in Boston
    expect(page).toContain('State House offices are open now: they answer until 5 p.m. Eastern time.');
    expect(page).toContain('our own assumption');
    clock.advance(10 * 3_600_000);
    expect(
      await (await sheet(get({ campaign: CAMPAIGN, house: HOUSE, senate: SENATE }), sheetDeps())).text(),
    ).toContain('They open again tomorrow at 9 a.m. Eastern time. You can leave a voicemail now, or call back then.');
  });

  it('writes an extension as ;ext= in the tel: link', async () => {
    // Millbury: 7th Worcester and Second Worcester, whose senator's district office is "508-757-0323 ext. 13"
    const res = await sheet(get({ campaign: CAMPAIGN, town: 'Millbury' }), sheetDeps());
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('href="tel:+15087570323;ext=13"');
    expect(page).toMatch(/>\s*508-757-0323 ext\. 13\s*<\/a/);
    expect(page).not.toContain('tel:+1508757032313');
  });

  it('asks a person in a split town to pick, and posts back to the sheet', async () => {
    const page = await (await sheet(get({ campaign: CAMPAIGN, town: 'Worcester' }), sheetDeps())).text();
    expect(page).toContain('Which district do you live in?');
    expect(page).toContain('action="/api/calls/sheet"');
  });

  it('names the Ways and Means chair while the committee decides, and still calls your own legislators', async () => {
    const campaigns = campaignsAtStage('house_ways_and_means');
    const stage = campaigns.find((c) => c.slug === CAMPAIGN)!.callStage!;
    expect(stage.committee.name).toBe('House Committee on Ways and Means');
    const page = await (
      await sheet(get({ campaign: CAMPAIGN, house: HOUSE, senate: SENATE, town: 'Springfield' }), sheetDeps(campaigns))
    ).text();
    expect(page).toContain(`chaired by Representative ${stage.committee.chair!.name}`);
    expect(page).toContain(
      `please urge its chair, Representative ${stage.committee.chair!.name}, to fund the line item. ` +
        'No response is needed.',
    );
    expect(page).toContain(`<h2 id="call-${rep.slug}">`);
  });

  it('refuses an unknown campaign, and a sheet without a place', async () => {
    expect((await sheet(get({ campaign: 'nope', house: HOUSE, senate: SENATE }), sheetDeps())).status).toBe(404);
    const res = await sheet(get({ campaign: CAMPAIGN }), sheetDeps());
    expect(res.status).toBe(422);
    expect(await res.text()).toContain(`/campaigns/${CAMPAIGN}/#call`);
  });
});

describe('GET /api/admin/calls.csv', () => {
  const csv = (auth: string) =>
    adminCalls(
      new Request(`https://act.example.org/api/admin/calls.csv?campaign=${CAMPAIGN}`, {
        headers: { authorization: auth },
      }),
      {
        store,
        adminToken: 'staff-secret-0123456789',
        legislators: site.legislators,
        districts: site.districts,
      },
    );

  it('is for staff only, and counts per day, district, legislator and outcome', async () => {
    expect((await csv('Bearer wrong-token-0000000000')).status).toBe(401);
    await calls(json(body()), deps());
    await calls(json(body()), deps({}, '198.51.100.9'));
    await calls(json(body({ legislator: senator.slug, outcome: 'no_answer' })), deps());
    const res = await csv('Bearer staff-secret-0123456789');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const house = site.districts.find((d) => d.id === HOUSE)!.name;
    const senate = site.districts.find((d) => d.id === SENATE)!.name;
    expect((await res.text()).trim().split(/\r?\n/)).toEqual([
      'day,chamber,district,legislator,outcome,calls',
      `2026-11-23,house,${house},${rep.name},left_voicemail,2`,
      `2026-11-23,senate,${senate},${senator.name},no_answer,1`,
    ]);
  });
});

describe('a campaign name no link can hold', () => {
  it('a lone surrogate in a JSON campaign is refused as bad input, not a crash', async () => {
    const res = await calls(json(body({ campaign: 'x\ud800' })), deps());
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('validation_error');
  });
});
