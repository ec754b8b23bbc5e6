// The staff console's pages and actions end to end over a local Blobs server and the fake Resend: every page asks for
// a session first; the dashboard shows a campaign's numbers; a download is the admin export's CSV and is audited;
// approving a program, referring a volunteer and sending an alert each work from a plain form (303 back with what
// happened), are refused without the CSRF token or from another site, and are written to the audit log.
import { describe, expect, it } from 'vitest';
import { handle as admin } from '../../functions/admin-program-submissions.mts';
import { handle as audit } from '../../functions/staff-audit.mts';
import { handle as campaign } from '../../functions/staff-campaign.mts';
import { handle as exportsHandle } from '../../functions/staff-exports.mts';
import { handle as programs } from '../../functions/staff-programs.mts';
import { handle as pledges } from '../../functions/staff-pledges.mts';
import { handle as alerts } from '../../functions/staff-alerts.mts';
import { callKeys } from '../../src/lib/calls.ts';
import { pledgeKeys } from '../../src/lib/store-keys.ts';
import type { PledgeRecord } from '../../src/lib/schemas/pledge-record.ts';
import type { AlertData } from '../../src/lib/schemas/alert.ts';
import { siteData } from '../../src/server/campaign-data.ts';
import { loadLocationData } from '../../src/server/find-data.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import { saveSubmission } from '../../src/server/program-submissions.ts';
import { AUDIENCE_SHARDS, audienceKeys } from '../../src/server/alert-audience.ts';
import type { AlertSignupRecord } from '../../src/server/alert-signups.ts';
import { listStaffActions } from '../../src/server/staff/audit.ts';
import type { JsonStore } from '../../src/server/store.ts';
import { countingStore } from '../helpers/counting-store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';
import { signIn, STAFF_ADDRESS, staffConfig, staffDeps, staffGet, staffPost } from '../helpers/staff.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('staff-console', (fresh) => ({ fake, clock, store } = fresh));

const CAMPAIGN = 'mentoring-matching-grants';
const site = siteData();
const location = loadLocationData();
const districts = site.districts.map((d) => ({ id: d.id, name: d.name, chamber: d.chamber, slug: d.slug }));
const house = site.districts.find((d) => d.name === '8th Suffolk')!;

/** Every store a console function reads, each under its own prefix of this test's store. */
function deps() {
  const base = staffDeps(store, clock);
  const stores = { letters: store, pledges: store, calls: store, alertSignups: store, mail: store, submissions: store };
  const alert: AlertData = {
    slug: 'house-vote',
    title: 'The House votes this week',
    date: '2026-11-23',
    summary: 'Ask your representative to fund line item 7061-9634.',
    campaign: CAMPAIGN,
    email: false,
    audience: 'everyone',
  };
  return {
    ...base,
    stores,
    submissions: store,
    pledges: store,
    directory: [],
    campaigns: site.campaigns,
    districts,
    names: { legislators: site.legislators, districts: site.districts },
    programs: [{ slug: 'a-program', name: 'A Program' }],
    alertMail: {
      signups: store,
      engine: {
        store,
        mailer: resendMailer(fake.apiKey, fake.url),
        now: clock.now,
        salt: 'test-salt',
        perSecond: 50,
      },
      config: staffConfig(),
      alerts: [alert],
      legislators: location.legislators,
      districtNames: new Map([...location.districts].map(([id, d]) => [id, d.name])),
    },
  };
}

/** A confirmed sign-up as stored before the audience index existed (or written around it, by an import). */
const storedSignup = (k: number): AlertSignupRecord => ({
  id: `s${k}`,
  email: `subscriber${k}@example.com`,
  name: null,
  consent: 'yes',
  status: 'confirmed',
  createdAt: clock.now().toISOString(),
  expiresAt: null,
  confirmTokenHash: null,
  confirmedAt: clock.now().toISOString(),
  lastEmailedAt: null,
  districts: null,
});

const actions = async () => (await listStaffActions(deps(), { days: 1 })).map((e) => [e.email, e.action, e.target]);

describe('the staff console', { timeout: 60_000 }, () => {
  it('answers no page or download without a session', async () => {
    const paths: [string, (req: Request, d: ReturnType<typeof deps>) => Promise<Response>][] = [
      [`/staff/campaigns/${CAMPAIGN}/`, campaign],
      [`/staff/exports/letters.csv?campaign=${CAMPAIGN}`, exportsHandle],
      ['/staff/programs/', programs],
      ['/staff/pledges/', pledges],
      ['/staff/alerts/', alerts],
      ['/staff/audit/', audit],
    ];
    for (const [path, handler] of paths) {
      const page = await handler(staffGet(path), deps());
      expect(page.status, path).toBe(303);
      expect(page.headers.get('location'), path).toMatch(/^\/staff\/sign-in\/\?next=/);
      const script = await handler(new Request(`https://act.example.org${path}`), deps());
      expect(script.status, path).toBe(401);
    }
  });

  it("shows a campaign's dashboard, and a download is the bearer export's CSV, audited", async () => {
    const signedIn = await signIn(clock);
    const call = { campaign: CAMPAIGN, day: '2026-11-23', district: house.id, legislator: 'x', outcome: 'no_answer' };
    await store.set(callKeys.count({ ...call, outcome: 'no_answer', id: 'r1' }), {});
    const res = await campaign(staffGet(`/staff/campaigns/${CAMPAIGN}/`, signedIn), deps());
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<strong>1</strong> calls');
    expect(page).toContain(`<a href="/districts/house/${house.slug}/">8th Suffolk</a>`);
    expect(page).toContain(`href="/staff/exports/calls.csv?campaign=${CAMPAIGN}"`);
    expect((await campaign(staffGet('/staff/campaigns/nope/', signedIn), deps())).status).toBe(404);

    const csv = await exportsHandle(staffGet(`/staff/exports/calls.csv?campaign=${CAMPAIGN}`, signedIn), deps());
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="calls-${CAMPAIGN}.csv"`);
    expect(await csv.text()).toContain('2026-11-23,,8th Suffolk,x,no_answer,1');
    expect(await actions()).toEqual([[STAFF_ADDRESS, 'download-export', 'calls']]);
    const unknown = await exportsHandle(staffGet('/staff/exports/letters.csv?campaign=nope', signedIn), deps());
    expect(unknown.status).toBe(404);
  });

  it("draws the dashboard's district map with the numbers its table lists, per chamber", async () => {
    const signedIn = await signIn(clock);
    const worcester = site.districts.find((d) => d.name === '10th Worcester')!;
    const counted = [house.id, house.id, house.id, worcester.id, 'ma-senate-29'];
    await Promise.all(
      counted.map((district, i) =>
        store.set(
          callKeys.count({
            campaign: CAMPAIGN,
            day: '2026-11-23',
            district,
            legislator: 'x',
            outcome: 'talked_to_staff',
            id: `r${i}`,
          }),
          {},
        ),
      ),
    );
    const view = async (query: string) => {
      const res = await campaign(staffGet(`/staff/campaigns/${CAMPAIGN}/${query}`, signedIn), deps());
      const page = await res.text();
      const start = page.indexOf('aria-label="Map of the');
      const state = page.slice(start, page.indexOf('</svg>', start));
      const drawn = [...state.matchAll(/data-district="([^"]+)" data-value="(\d+)"/g)];
      const rows = [
        ...page.matchAll(
          /<tr data-district="([^"]+)"><th scope="row">.*?<\/th><td data-count>\d+<\/td>(<td data-count>(\d+))/g,
        ),
      ];
      return {
        drawn: drawn.length,
        shaded: Object.fromEntries(drawn.filter((m) => m[2] !== '0').map((m) => [m[1], Number(m[2])])),
        calls: Object.fromEntries(rows.map((m) => [m[1], Number(m[3])])),
      };
    };
    const houseView = await view('?map=house&shade=calls');
    expect(houseView.drawn).toBe(160);
    expect(houseView.shaded).toEqual({ [house.id]: 3, [worcester.id]: 1 });
    expect(houseView.calls).toEqual(houseView.shaded);
    const senateView = await view('?map=senate');
    expect(senateView.drawn).toBe(40);
    expect(senateView.shaded).toEqual({ 'ma-senate-29': 1 });
    expect(senateView.calls).toEqual(senateView.shaded);
  });

  it('approves a program request from a plain form: 303 back, the export says approve, audited', async () => {
    const signedIn = await signIn(clock);
    const answers = {
      name: 'Lynn Mentors',
      organization: 'Lynn Org',
      towns: ['Lynn'],
      kinds: ['community' as const],
      ages: '8-14',
      languages: [],
      email: 'contact@example.org',
      consent: true,
      program: undefined,
      website: undefined,
      message: undefined,
    };
    const saved = await saveSubmission(store, answers, 'c', clock.now(), 10);
    if (saved.kind !== 'stored') throw new Error('not stored');
    const id = saved.record.id;
    const listed = await (await programs(staffGet('/staff/programs/', signedIn), deps())).text();
    expect(listed).toContain('Approve Lynn Mentors');

    const noToken = await programs(
      staffPost('/staff/programs/', { action: 'approve', id }, { signedIn, csrf: null }),
      deps(),
    );
    expect(noToken.status).toBe(403);
    const crossSite = staffPost(
      '/staff/programs/',
      { action: 'approve', id },
      { signedIn, origin: 'https://evil.example' },
    );
    expect((await programs(crossSite, deps())).status).toBe(403);

    const res = await programs(staffPost('/staff/programs/', { action: 'approve', id }, { signedIn }), deps());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff/programs/?status=approved');
    const token = 'staff-secret-0123456789';
    const exported = await admin(
      new Request('https://act.example.org/api/admin/program-submissions.csv', {
        headers: { authorization: `Bearer ${token}` },
      }),
      { store, adminToken: token },
    );
    expect(await exported.text()).toContain(`${id},approved,approve,`);
    expect(await actions()).toEqual([[STAFF_ADDRESS, 'approve-program', id]]);
  });

  it('refers a volunteer to a program and filters by it', async () => {
    const signedIn = await signIn(clock);
    const pledge: PledgeRecord = {
      id: 'p1',
      campaign: 'mentors-of-color',
      status: 'confirmed',
      createdAt: '2026-11-20T10:00:00Z',
      confirmedAt: '2026-11-20T10:05:00Z',
      expiresAt: '2026-11-27T10:00:00Z',
      name: 'Volunteer One',
      email: 'one@example.com',
      town: 'Boston',
      zip: null,
      districts: { house: { id: house.id, name: house.name }, senate: { id: 's', name: 'S' } },
      interests: { types: ['school-based'], ages: ['teens'], languages: [] },
    };
    await store.set(pledgeKeys.pledge('mentors-of-color', 'p1'), pledge);
    await store.set(pledgeKeys.tally('mentors-of-color', 'p1', 'confirmed', house.id, 's'), {});
    const form = { campaign: 'mentors-of-color', pledge: 'p1', program: 'a-program', filter: 'not-referred' };
    const res = await pledges(staffPost('/staff/pledges/', form, { signedIn }), deps());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff/pledges/?referral=not-referred&status=referred');
    const referred = await (await pledges(staffGet('/staff/pledges/?referral=referred', signedIn), deps())).text();
    expect(referred).toContain('Volunteer One');
    expect(referred).toContain('<a href="/programs/a-program/">A Program</a> on 2026-11-23');
    const waiting = await (await pledges(staffGet('/staff/pledges/?referral=not-referred', signedIn), deps())).text();
    expect(waiting).not.toContain('Volunteer One');
    expect(await actions()).toEqual([[STAFF_ADDRESS, 'refer-volunteer', 'mentors-of-color/p1']]);
  });

  it('previews an alert, sends a test to the signed-in address, then sends it once', async () => {
    const signedIn = await signIn(clock);
    await store.set('signup/s1', { ...storedSignup(1), email: 'subscriber@example.com' });
    const preview = await alerts(staffGet(`/staff/alerts/house-vote/?house=${house.id}`, signedIn), deps());
    expect(preview.status).toBe(200);
    const page = await preview.text();
    expect(page).toContain(`<option value="${house.id}" selected>8th Suffolk</option>`);
    expect(page).toContain('Send to 1 subscriber</button>');
    // the alert's own words are marked English (its frame follows the subscriber's language)
    expect(page).toContain('&lt;p lang=&quot;en&quot;&gt;Ask your representative');

    const test = await alerts(
      staffPost('/staff/alerts/house-vote/', { action: 'test', house: house.id }, { signedIn }),
      deps(),
    );
    expect(test.headers.get('location')).toBe(`/staff/alerts/house-vote/?house=${house.id}&status=test_sent`);
    expect(fake.delivered.map((d) => d.email.to)).toEqual([[STAFF_ADDRESS]]);

    clock.advance(60_000);
    const send = () => alerts(staffPost('/staff/alerts/house-vote/', { action: 'send' }, { signedIn }), deps());
    expect((await send()).headers.get('location')).toBe('/staff/alerts/house-vote/?status=enqueued');
    expect((await send()).headers.get('location')).toBe('/staff/alerts/house-vote/?status=already_sent');
    expect(fake.delivered.map((d) => d.email.to[0])).toEqual([STAFF_ADDRESS, 'subscriber@example.com']);
    const list = await (await alerts(staffGet('/staff/alerts/', signedIn), deps())).text();
    expect(list).toContain('1 delivered to Resend');
    expect(await actions()).toEqual([
      [STAFF_ADDRESS, 'send-alert', 'house-vote'],
      [STAFF_ADDRESS, 'send-test-alert', 'house-vote'],
    ]);
    const audited = await (await audit(staffGet('/staff/audit/', signedIn), deps())).text();
    expect(audited).toContain('send-alert');
  });

  it("reads the audience index once to show an alert's page, however it counts the audience there", async () => {
    const signedIn = await signIn(clock);
    await Promise.all(Array.from({ length: 100 }, (_, k) => store.set(`signup/s${k}`, storedSignup(k))));
    // the first view builds the index from the sign-ups stored before it; the next ones only read it
    await alerts(staffGet('/staff/alerts/house-vote/', signedIn), deps());
    const counted = countingStore(store);
    const watched = deps();
    watched.alertMail = {
      ...watched.alertMail,
      signups: counted.store,
      engine: { ...watched.alertMail.engine, store: counted.store },
    };
    const page = await (await alerts(staffGet('/staff/alerts/house-vote/', signedIn), watched)).text();
    expect(page).toContain('Send to 100 subscribers</button>');
    expect(page).toContain('English 100 · Spanish 0 · Portuguese 0');
    const shards = (await store.keys(audienceKeys.shards)).length;
    expect(shards).toBeLessThanOrEqual(AUDIENCE_SHARDS);
    // the alert's marker, the index's marker, its listing and each shard, the suppression list's listing: the page
    // counted the audience twice before (2 × (shards + 3) + 1 calls, 135 with every shard filled)
    expect(counted.count.calls).toBe(shards + 4);
    expect(counted.count.rounds).toBe(3);
    console.log(`alert page, 100 subscribers in ${shards} shards: ${counted.count.calls} Blobs calls`);
  });

  it('rebuilds the alert audience from a staff form only, counting sign-ups stored around the index', async () => {
    const signedIn = await signIn(clock);
    for (const k of [0, 1, 2]) await store.set(`signup/s${k}`, storedSignup(k));
    const rebuild = (options: Parameters<typeof staffPost>[2] = { signedIn }) =>
      alerts(staffPost('/staff/alerts/house-vote/', { action: 'rebuild-audience' }, options), deps());
    // signed out, without the form's token, or from another site: refused, and nothing built
    expect((await rebuild({})).status).toBe(401);
    expect((await rebuild({ signedIn, csrf: null })).status).toBe(403);
    expect((await rebuild({ signedIn, origin: 'https://evil.example' })).status).toBe(403);
    expect(await store.get(audienceKeys.built)).toBeNull();

    const done = await rebuild();
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/staff/alerts/house-vote/?status=audience_rebuilt');
    const view = async () =>
      (await alerts(staffGet('/staff/alerts/house-vote/?status=audience_rebuilt', signedIn), deps())).text();
    expect(await view()).toMatch(
      /role="status">The alert audience was rebuilt [^<]* UTC: it counted 3 confirmed sign-ups\./,
    );
    expect(await view()).toContain('Send to 3 subscribers</button>');

    // two more written straight to the store (an import, a restore): the index cannot know them until a rebuild
    for (const k of [3, 4]) await store.set(`signup/s${k}`, storedSignup(k));
    expect(await view()).toContain('Send to 3 subscribers</button>');
    clock.advance(60_000);
    const again = await rebuild({ signedIn, accept: 'application/json' });
    expect(await again.json()).toEqual({ data: { status: 'audience_rebuilt', members: 5 } });
    expect(await view()).toMatch(/it counted 5 confirmed sign-ups\./);
    expect(await view()).toContain('Send to 5 subscribers</button>');
    expect((await listStaffActions(deps(), { days: 1 })).map((e) => [e.action, e.detail])).toEqual([
      ['rebuild-alert-audience', '5 subscribers'],
      ['rebuild-alert-audience', '3 subscribers'],
    ]);
  });
});
