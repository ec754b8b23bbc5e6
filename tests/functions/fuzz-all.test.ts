// Every HTTP function under random and hostile requests (property-based, fast-check): any method, content type,
// query and body, including oversized bodies, JSON bombs, header-injection newlines, markup and unicode edge cases.
// Whatever arrives: never a 5xx, never an email to anyone the endpoint may not write to, never attacker markup
// reflected unescaped into a page. It found a request that hung forever (an oversized form on a cloned request).
// (POST /api/letters has its own deeper property test: letters.fuzz.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle as adminLetters } from '../../functions/admin-letters.mts';
import { handle as districts } from '../../functions/find-districts.mts';
import { handle as health } from '../../functions/health.mts';
import { handle as letters } from '../../functions/letters.mts';
import { handle as lettersConfirm } from '../../functions/letters-confirm.mts';
import { handle as lettersSummary } from '../../functions/letters-summary.mts';
import { handle as programsFind } from '../../functions/programs-find.mts';
import { handle as taRequests } from '../../functions/ta-requests.mts';
import { handle as pledges } from '../../functions/pledges.mts';
import { handle as pledgesConfirm } from '../../functions/pledges-confirm.mts';
import { handle as pledgesWithdraw } from '../../functions/pledges-withdraw.mts';
import { handle as pledgesSummary } from '../../functions/pledges-summary.mts';
import { handle as pledgesThanks } from '../../functions/pledges-thanks.mts';
import { handle as letterStatus } from '../../functions/letter-status.mts';
import { handle as adminPledges } from '../../functions/admin-pledges.mts';
import { districtNames } from '../../src/server/pledge-wiring.ts';
import { handle as alertSignups } from '../../functions/alert-signups.mts';
import { handle as alertSignupsConfirm } from '../../functions/alert-signups-confirm.mts';
import { handle as alertSignupsUnsubscribe } from '../../functions/alert-signups-unsubscribe.mts';
import { handle as adminAlertSignups } from '../../functions/admin-alert-signups.mts';
import { handle as championThanks } from '../../functions/champion-thanks.mts';
import { handle as programSubmissions } from '../../functions/program-submissions.mts';
import { handle as adminProgramSubmissions } from '../../functions/admin-program-submissions.mts';
import { handle as resendWebhook, legislatorAddresses } from '../../functions/resend-webhook.mts';
import { handle as calls } from '../../functions/calls.mts';
import { handle as callsSheet } from '../../functions/calls-sheet.mts';
import { handle as callsSummary } from '../../functions/calls-summary.mts';
import { handle as adminCalls } from '../../functions/admin-calls.mts';
import { handle as staffCampaign } from '../../functions/staff-campaign.mts';
import { handle as staffExports } from '../../functions/staff-exports.mts';
import { handle as staffPrograms } from '../../functions/staff-programs.mts';
import { handle as staffPledges } from '../../functions/staff-pledges.mts';
import { handle as staffAlerts } from '../../functions/staff-alerts.mts';
import { handle as staffAudit } from '../../functions/staff-audit.mts';
import { handle as staffHome } from '../../functions/staff.mts';
import { handle as staffSignIn } from '../../functions/staff-sign-in.mts';
import { handle as staffLink } from '../../functions/staff-link.mts';
import { handle as staffSignOut } from '../../functions/staff-sign-out.mts';
import { signIn, STAFF_ADDRESS, staffConfig, staffDeps } from '../helpers/staff.ts';
import { officeHours } from '../../src/server/call-wiring.ts';
import type { LocationInput } from '../../src/lib/schemas/location.ts';

const CALL_CAMPAIGN = 'mentoring-matching-grants';
import { readConfig } from '../../src/server/config.ts';
import programsJson from '../../content/programs.json';
import type { PlacedProgram } from '../../src/lib/programs.ts';
import { siteData } from '../../src/server/campaign-data.ts';
import { censusGeocoder } from '../../src/server/geocoder.ts';
import { loadLocationData } from '../../src/server/find-data.ts';
import { resolveLocation } from '../../src/server/find-districts.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import { startLocalBlobs, type LocalBlobs } from '../helpers/blobs.ts';
import { webhookSecret } from '../helpers/webhook-sign.ts';
import { startFakeCensus, type FakeCensus } from '../helpers/fake-census.ts';
import { startFakeResend, type FakeResend } from '../helpers/fake-resend.ts';
import { letterDeps, testClock } from '../helpers/letters.ts';
import { pledgeDeps } from '../helpers/pledges.ts';

let blobs: LocalBlobs;
let fake: FakeResend;
let census: FakeCensus;
beforeAll(async () => {
  blobs = await startLocalBlobs();
  fake = await startFakeResend();
  census = await startFakeCensus();
  census.know('24 Beacon St, Boston, MA 02133', {
    lon: -71.0638,
    lat: 42.3588,
    matchedAddress: '24 BEACON ST, BOSTON, MA, 02133',
    state: 'MA',
    zip: '02133',
  });
});
afterAll(async () => {
  await fake.close();
  await census.close();
  await blobs.stop();
});

const STAFF = 'programs@example.org';
const webhookConfig = { CONTEXT: 'dev', MAIL_FROM: 'alerts@example.org', STAFF_EMAIL: STAFF };
const legislators = new Set(siteData().legislators.map((l) => l.email));
/** The markers a reflected injection would leave: if one appears raw in a page, typed input became markup. */
const MARKERS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];

const hostileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    ...MARKERS,
    'Ana\r\nBcc: victim@example.com',
    '\u202eevil\u202c',
    '\u0000\u001b[31m',
    '\ud800',
    '👩🏽‍🏫'.repeat(40),
    '=cmd|x',
    'x'.repeat(70_000),
    'mentoring-matching-grants',
    'Springfield',
    '8th Suffolk',
  ),
);
// markup is weighted up so that each run sends plenty of it into every field
const anyValue = fc.oneof(
  { arbitrary: fc.constantFrom(...MARKERS).map((m) => `Ana ${m}`), weight: 2 },
  hostileText,
  fc.jsonValue({ maxDepth: 4 }),
  fc.integer({ min: 1, max: 3000 }).map((d) => '['.repeat(d) + ']'.repeat(d)),
);
const fields = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      'campaign',
      'name',
      'email',
      'town',
      'zip',
      'street',
      'ward',
      'lat',
      'lon',
      'house',
      'senate',
      'token',
      'message',
      'help',
      'consent',
      'type',
      'ages',
      'district',
      'organization',
      'role',
      'legislator',
      'outcome',
      'called',
      '__proto__',
    ),
    hostileText,
  ),
  anyValue,
  { maxKeys: 8 },
);

/** A request as anyone on the internet could send it. */
const anyRequest = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'),
  query: fields,
  bodyKind: fc.constantFrom('json', 'form', 'multipart', 'raw', 'none'),
  body: fields,
  raw: fc.oneof(hostileText, fc.constant('{"a":'), fc.constant('null')),
  contentType: fc.constantFrom(
    'application/json',
    'application/x-www-form-urlencoded',
    'text/plain',
    'multipart/form-data; boundary=x',
    '',
    'application/json; charset=utf-16',
  ),
  accept: fc.constantFrom('text/html', 'application/json', '*/*', ''),
  auth: fc.oneof(
    fc.constant(''),
    fc.constant('Bearer staff-secret-0123456789'),
    hostileText.map((t) => `Bearer ${t.replace(/[\r\n\0]/g, '')}`),
  ),
  origin: fc.constantFrom('', 'https://evil.example', 'null', 'https://act.example.org'),
});
type AnyRequest = typeof anyRequest extends fc.Arbitrary<infer T> ? T : never;

function toRequest(path: string, r: AnyRequest): Request {
  const url = new URL(`https://act.example.org${path}`);
  for (const [k, v] of Object.entries(r.query))
    url.searchParams.append(k, typeof v === 'string' ? v : JSON.stringify(v));
  const headers = new Headers();
  const safe = (v: string) => /^[\t\x20-\x7e]*$/.test(v);
  if (r.accept) headers.set('accept', r.accept);
  if (r.auth && safe(r.auth)) headers.set('authorization', r.auth);
  if (r.origin) headers.set('origin', r.origin);
  const hasBody = r.method !== 'GET' && r.method !== 'HEAD' && r.bodyKind !== 'none';
  let body: string | undefined;
  if (hasBody) {
    const flat = Object.entries(r.body).map(
      ([k, v]) => [k, typeof v === 'string' ? v : (JSON.stringify(v) ?? '')] as [string, string],
    );
    if (r.bodyKind === 'json') body = JSON.stringify(r.body);
    else if (r.bodyKind === 'form') body = new URLSearchParams(flat).toString();
    else if (r.bodyKind === 'multipart')
      body =
        flat.map(([k, v]) => `--x\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('') +
        '--x--\r\n';
    else body = r.raw;
    if (r.contentType) headers.set('content-type', r.contentType);
  }
  return new Request(url, { method: r.method, headers, body });
}

/** A well-formed request of this endpoint, so that hostile values in one or two of its fields reach deep code. */
type Valid = { method: 'GET' | 'POST'; fields: Record<string, unknown> };
type Endpoint = {
  path: string;
  valid: Valid;
  /** a status that shows a request got past the checks to the endpoint's own work (default: any success) */
  worked?: (status: number) => boolean;
  call: (req: Request) => Promise<Response>;
  mayWriteTo: (to: string, req: AnyRequest) => boolean;
};

/** A valid request with some fields replaced by hostile values, sent as a form or JSON. */
function nearlyValid(valid: Valid): fc.Arbitrary<AnyRequest> {
  return fc
    .record({
      overrides: Object.keys(valid.fields).length
        ? fc.dictionary(fc.constantFrom(...Object.keys(valid.fields)), anyValue, { maxKeys: 2 })
        : fc.constant({}),
      email: fc.nat().map((n) => `person${n}@example.com`),
      asForm: fc.boolean(),
      auth: fc.constantFrom('Bearer staff-secret-0123456789', ''),
    })
    .map(({ overrides, email, asForm, auth }) => {
      const values = { ...valid.fields, ...('email' in valid.fields ? { email } : {}), ...overrides };
      const get = valid.method === 'GET';
      return {
        method: valid.method,
        query: get ? values : {},
        bodyKind: get ? 'none' : asForm ? 'form' : 'json',
        body: get ? {} : values,
        raw: '',
        contentType: asForm ? 'application/x-www-form-urlencoded' : 'application/json',
        accept: asForm ? 'text/html' : 'application/json',
        auth,
        origin: '',
      } satisfies AnyRequest;
    });
}

const endpoints = (): Endpoint[] => {
  const clock = testClock();
  const letterStore = blobs.store('fuzz-letters');
  const lettersDeps = letterDeps(letterStore, fake, clock, {
    LETTERS_PER_IP_PER_HOUR: '1000000',
    LETTERS_PER_EMAIL_PER_DAY: '1000000',
  });
  const sender = (r: AnyRequest) =>
    [r.body.email, r.query.email].filter((v): v is string => typeof v === 'string').map((v) => v.trim());
  const programs = programsJson as unknown as PlacedProgram[];
  const pledgeStore = blobs.store('fuzz-pledges');
  const pledgesDeps = pledgeDeps(pledgeStore, fake, clock, { PLEDGES_PER_IP_PER_HOUR: '1000000' });
  const site = siteData();
  const alertStore = blobs.store('fuzz-alerts');
  const config = readConfig({ CONTEXT: 'dev', MAIL_FROM: 'alerts@example.org', URL: 'https://act.example.org' });
  const alertDeps = {
    store: alertStore,
    mailer: resendMailer(fake.apiKey, fake.url),
    config,
    now: clock.now,
    clientIp: '203.0.113.9',
  };
  // a made-up champion (the organization's real list is empty): only this legislator may ever be thanked
  const champion = site.legislators.find((l) => l.slug === 'aaron-michlewitz')!;
  const champions = {
    [champion.slug]: { why: 'Test fixture.', since: '2027-03-01', source: 'https://example.org/champions' },
  };
  const championDeps = {
    store: blobs.store('fuzz-champions'),
    mailer: resendMailer(fake.apiKey, fake.url),
    config,
    now: clock.now,
    champions,
    legislators: site.legislators,
    clientIp: '203.0.113.5',
  };
  const callStore = blobs.store('fuzz-calls');
  const callRep = site.legislators.find((l) => l.districtId === 'ma-house-054')!;
  const callPlace = { house: 'ma-house-054', senate: 'ma-senate-03' };
  const callConfig = readConfig({ CONTEXT: 'dev', CALLS_PER_IP_PER_HOUR: '1000000' });
  const callDeps = { store: callStore, now: clock.now, config: callConfig, ...site, clientIp: '203.0.113.8' };
  const geocode = censusGeocoder({ baseUrl: census.url, timeoutMs: 10_000 });
  const sheetDeps = {
    campaigns: site.campaigns,
    legislators: site.legislators,
    locate: (input: LocationInput) => resolveLocation(input, { data: loadLocationData(), geocode }),
    hours: officeHours(),
    siteUrl: 'https://act.example.org',
    now: clock.now,
  };
  const link = { id: 'abcdefabcdefabcdefabcdefabcdefab', token: 'abcdefghijklmnopqrstuvwxyz' };
  const submissionStore = blobs.store('fuzz-program-submissions');
  // a new connection address per request, so the per-connection limit never hides the real work
  let ip = 0;
  const submissionDeps = {
    store: () => submissionStore,
    mailer: () => resendMailer(fake.apiKey, fake.url),
    now: clock.now,
    get clientIp() {
      return `198.51.100.${ip++ % 250}`;
    },
  };
  return [
    {
      path: '/api/districts',
      valid: { method: 'GET', fields: { street: '24 Beacon St', town: 'Boston', zip: '02133' } },
      call: (req) =>
        districts(req, {
          data: loadLocationData,
          geocode: censusGeocoder({ baseUrl: census.url, timeoutMs: 10_000 }),
          log: () => {},
        }),
      mayWriteTo: () => false,
    },
    {
      path: '/api/letters',
      valid: {
        method: 'POST',
        fields: {
          campaign: 'mentoring-matching-grants',
          name: 'Ana',
          email: 'a@example.com',
          lat: '42.3588',
          lon: '-71.0638',
          message: 'Please fund Mentoring Matching Grants for our kids.',
          story: 'My mentor.',
        },
      },
      call: (req) => letters(req, lettersDeps),
      mayWriteTo: (to, r) => legislators.has(to) || sender(r).includes(to),
    },
    {
      path: '/api/letters/confirm',
      valid: { method: 'POST', fields: { token: 'abcdefabcdefabcdefabcdefabcdefab' } },
      worked: (status) => status === 404,
      call: (req) => lettersConfirm(req, lettersDeps),
      mayWriteTo: (to) => legislators.has(to),
    },
    {
      path: '/api/letters/summary',
      valid: { method: 'GET', fields: { campaign: 'mentoring-matching-grants' } },
      call: (req) => lettersSummary(req, { store: letterStore, campaigns: siteData().campaigns }),
      mayWriteTo: () => false,
    },
    {
      path: '/api/admin/letters.csv',
      valid: { method: 'GET', fields: { campaign: 'mentoring-matching-grants' } },
      call: (req) => adminLetters(req, { store: letterStore, adminToken: 'staff-secret-0123456789' }),
      mayWriteTo: () => false,
    },
    {
      path: '/api/health',
      valid: { method: 'GET', fields: {} },
      call: (req) => health(req, { env: {}, store: () => blobs.store('fuzz-health') }),
      mayWriteTo: () => false,
    },
    {
      path: '/programs/find',
      valid: { method: 'GET', fields: { town: 'springfield', type: 'school-based' } },
      call: (req) => programsFind(req, { programs }),
      mayWriteTo: () => false,
    },
    {
      path: '/api/ta-requests',
      valid: {
        method: 'POST',
        fields: {
          name: 'Ana',
          organization: 'School',
          role: 'Teacher',
          email: 'a@example.com',
          town: 'Springfield',
          help: 'other',
          message: 'Help us start a club.',
          consent: 'yes',
        },
      },
      call: (req) =>
        taRequests(req, {
          config: readConfig({
            STAFF_EMAIL: STAFF,
            MAIL_FROM: 'no-reply@example.org',
            TA_REQUESTS_PER_IP_PER_HOUR: '1000000',
          }),
          store: () => blobs.store('fuzz-ta'),
          mailer: () => resendMailer(fake.apiKey, fake.url),
          now: clock.now,
        }),
      mayWriteTo: (to) => to === STAFF,
    },
    {
      path: '/api/pledges',
      valid: {
        method: 'POST',
        fields: {
          campaign: 'mentors-of-color',
          name: 'Ana',
          email: 'a@example.com',
          town: 'Springfield',
          types: 'school-based',
          ages: 'teens',
          languages: 'Spanish',
          consent: 'true',
        },
      },
      call: (req) => pledges(req, pledgesDeps),
      // only the volunteer is ever written to (the confirmation); never a legislator or anyone named in a field
      mayWriteTo: (to, r) => sender(r).includes(to),
    },
    {
      path: '/api/pledges/confirm',
      valid: { method: 'POST', fields: { token: 'abcdefabcdefabcdefabcdefabcdefab' } },
      worked: (status) => status === 404,
      call: (req) => pledgesConfirm(req, pledgesDeps),
      mayWriteTo: () => false,
    },
    {
      path: '/api/pledges/withdraw',
      valid: { method: 'POST', fields: { token: 'abcdefabcdefabcdefabcdefabcdefab' } },
      worked: (status) => status === 404,
      call: (req) => pledgesWithdraw(req, pledgesDeps),
      mayWriteTo: () => false,
    },
    {
      path: '/api/pledges/summary',
      valid: { method: 'GET', fields: { campaign: 'mentors-of-color' } },
      call: (req) =>
        pledgesSummary(req, {
          store: pledgeStore,
          campaigns: site.campaigns,
          districtName: districtNames(),
          now: clock.now,
        }),
      mayWriteTo: () => false,
    },
    {
      path: '/api/pledges/thanks',
      valid: {
        method: 'GET',
        fields: { campaign: 'mentors-of-color', status: 'check-email', house: 'ma-house-054', town: 'Springfield' },
      },
      call: (req) =>
        pledgesThanks(req, {
          campaigns: site.campaigns,
          districts: site.districts,
          programs,
          siteUrl: 'https://act.example.org',
        }),
      mayWriteTo: () => false,
    },
    {
      path: '/letters/status/:campaign/:token',
      valid: { method: 'GET', fields: {} },
      // a token nobody was given is looked up and not found
      worked: (status) => status === 404,
      call: (req) =>
        letterStatus(retarget(req, `/letters/status/${CALL_CAMPAIGN}/${'a'.repeat(56)}/`), {
          stores: { letters: letterStore, mail: lettersDeps.mail },
          salt: lettersDeps.config.salt,
          campaigns: site.campaigns,
        }),
      mayWriteTo: () => false,
    },
    {
      path: '/api/alert-signups',
      valid: { method: 'POST', fields: { email: 'a@example.com', name: 'Ana', consent: 'yes' } },
      call: (req) => alertSignups(req, alertDeps),
      mayWriteTo: (to, r) => sender(r).includes(to),
    },
    {
      path: '/api/alert-signups/confirm',
      valid: { method: 'POST', fields: link },
      worked: (status) => status === 404,
      call: (req) => alertSignupsConfirm(req, alertDeps),
      mayWriteTo: () => false,
    },
    {
      path: '/api/alert-signups/unsubscribe',
      valid: { method: 'POST', fields: link },
      worked: (status) => status === 404 || status < 400,
      call: (req) => alertSignupsUnsubscribe(req, alertDeps),
      mayWriteTo: () => false,
    },
    {
      path: '/api/admin/alert-signups.csv',
      valid: { method: 'GET', fields: {} },
      call: (req) => adminAlertSignups(req, { store: alertStore, adminToken: 'staff-secret-0123456789' }),
      mayWriteTo: () => false,
    },
    {
      path: '/api/champion-thanks',
      valid: {
        method: 'POST',
        fields: { champion: champion.slug, name: 'Ana', email: 'a@example.com', town: 'Worcester' },
      },
      call: (req) => championThanks(req, championDeps),
      // the champion only (and perhaps a copy to the sender): never a legislator the client names
      mayWriteTo: (to, r) => to === champion.email || sender(r).includes(to),
    },
    {
      path: '/api/calls',
      valid: {
        method: 'POST',
        fields: { campaign: CALL_CAMPAIGN, legislator: callRep.slug, outcome: 'left_voicemail', ...callPlace },
      },
      call: (req) => calls(req, callDeps),
      // a call is only counted: nobody is ever written to
      mayWriteTo: () => false,
    },
    {
      path: '/api/calls/sheet',
      valid: {
        method: 'GET',
        fields: {
          campaign: CALL_CAMPAIGN,
          ...callPlace,
          town: 'Springfield',
          called: callRep.slug,
          outcome: 'no_answer',
        },
      },
      call: (req) => callsSheet(req, sheetDeps),
      mayWriteTo: () => false,
    },
    {
      path: '/api/calls/summary',
      valid: { method: 'GET', fields: { campaign: CALL_CAMPAIGN } },
      call: (req) => callsSummary(req, { store: callStore, campaigns: site.campaigns, now: clock.now }),
      mayWriteTo: () => false,
    },
    {
      path: '/api/admin/calls.csv',
      valid: { method: 'GET', fields: { campaign: CALL_CAMPAIGN } },
      call: (req) => adminCalls(req, { store: callStore, adminToken: 'staff-secret-0123456789', ...site }),
      mayWriteTo: () => false,
    },
    {
      path: '/api/admin/pledges.csv',
      valid: { method: 'GET', fields: { campaign: 'mentors-of-color' } },
      call: (req) =>
        adminPledges(req, { store: pledgeStore, adminToken: 'staff-secret-0123456789', campaigns: site.campaigns }),
      mayWriteTo: () => false,
    },
    {
      path: '/api/program-submissions',
      valid: {
        method: 'POST',
        fields: {
          name: 'Lynn Mentors',
          organization: 'Lynn Org',
          towns: 'Lynn; Salem',
          kinds: 'community',
          ages: '8-14',
          email: 'a@example.com',
          consent: 'yes',
        },
      },
      call: (req) => programSubmissions(req, { ...submissionDeps, config: { ...config, salt: 'fuzz' } }),
      // only the submitter is ever written to (the confirmation)
      mayWriteTo: (to, r) => sender(r).includes(to),
    },
    {
      // nothing unsigned gets past the signature check: every request here is refused with a 401, never a 5xx
      path: '/api/resend-webhook',
      valid: { method: 'POST', fields: { type: 'email.bounced', created_at: '2026-11-30T12:00:00Z' } },
      worked: (status) => status === 401,
      call: (req) =>
        resendWebhook(req, {
          store: blobs.store('fuzz-mail'),
          config: readConfig({ ...webhookConfig, RESEND_WEBHOOK_SECRET: webhookSecret() }),
          now: clock.now,
          legislators: legislatorAddresses(),
        }),
      mayWriteTo: () => false,
    },
    {
      path: '/api/admin/program-submissions.csv',
      valid: { method: 'GET', fields: {} },
      call: (req) => adminProgramSubmissions(req, { store: submissionStore, adminToken: 'staff-secret-0123456789' }),
      mayWriteTo: () => false,
    },
    ...staffEndpoints(clock, submissionStore),
  ];
};

/**
 * The staff console's pages and actions, reached signed in (a valid session cookie and its CSRF token as the header
 * scripts use), so hostile input meets the real work behind the guard, not only its refusal.
 */
function staffEndpoints(clock: ReturnType<typeof testClock>, submissionStore: ReturnType<LocalBlobs['store']>) {
  const store = blobs.store('fuzz-staff');
  const site = siteData();
  const location = loadLocationData();
  const districts = site.districts.map((d) => ({ id: d.id, name: d.name, chamber: d.chamber, slug: d.slug }));
  const stores = {
    letters: blobs.store('fuzz-letters'),
    pledges: blobs.store('fuzz-pledges'),
    calls: blobs.store('fuzz-calls'),
    alertSignups: blobs.store('fuzz-staff-signups'),
    mail: blobs.store('fuzz-staff-mail'),
    submissions: submissionStore,
  };
  const deps = {
    ...staffDeps(store, clock),
    stores,
    submissions: submissionStore,
    pledges: stores.pledges,
    directory: [],
    campaigns: site.campaigns,
    districts,
    names: { legislators: site.legislators, districts: site.districts },
    programs: (programsJson as unknown as PlacedProgram[]).slice(0, 5),
    alertMail: {
      signups: stores.alertSignups,
      engine: {
        store: stores.mail,
        mailer: resendMailer(fake.apiKey, fake.url),
        now: clock.now,
        salt: 's',
        perSecond: 50,
      },
      config: staffConfig(),
      alerts: [
        {
          slug: 'fuzz-alert',
          title: 'An alert',
          date: '2026-11-23',
          summary: 'Ask.',
          email: false,
          audience: 'everyone' as const,
        },
      ],
      legislators: location.legislators,
      districtNames: new Map([...location.districts].map(([id, d]) => [id, d.name])),
    },
  };
  const signedIn = async (req: Request) => {
    const session = await signIn(clock);
    const headers = new Headers(req.headers);
    headers.set('cookie', session.cookie);
    headers.set('x-csrf-token', session.csrf);
    return new Request(req, { headers });
  };
  const page = (fields: Record<string, unknown> = {}) => ({ method: 'GET' as const, fields });
  const onlyStaff = () => false;
  // staff-sign-in may email only addresses on the staff list (staffConfig: Ana and Lee)
  const staffList = new Set(['ana@example.org', 'lee@example.org']);
  const signInDeps = { ...staffDeps(store, clock), limits: store, mailer: resendMailer(fake.apiKey, fake.url) };
  return [
    {
      path: '/staff',
      valid: page(),
      call: async (req: Request) => staffHome(await signedIn(req), deps),
      mayWriteTo: onlyStaff,
    },
    {
      path: '/staff/sign-in',
      valid: { method: 'POST' as const, fields: { email: 'ana@example.org' } },
      call: (req: Request) => staffSignIn(req, signInDeps),
      mayWriteTo: (to: string) => staffList.has(to),
    },
    {
      path: '/staff/link',
      valid: { method: 'POST' as const, fields: { token: 'x'.repeat(43) } },
      worked: (status: number) => status < 500,
      call: (req: Request) => staffLink(req, deps),
      mayWriteTo: onlyStaff,
    },
    {
      path: '/staff/sign-out',
      valid: { method: 'POST' as const, fields: {} },
      call: async (req: Request) => staffSignOut(await signedIn(req), deps),
      mayWriteTo: onlyStaff,
    },
    {
      path: '/staff/campaigns/:slug',
      valid: page(),
      call: async (req: Request) =>
        staffCampaign(await signedIn(retarget(req, '/staff/campaigns/mentoring-matching-grants/')), deps),
      mayWriteTo: onlyStaff,
    },
    {
      path: '/staff/exports/letters.csv',
      valid: { method: 'GET' as const, fields: { campaign: 'mentoring-matching-grants' } },
      call: async (req: Request) => staffExports(await signedIn(req), deps),
      mayWriteTo: onlyStaff,
    },
    {
      path: '/staff/programs',
      valid: { method: 'POST' as const, fields: { action: 'approve', id: 'a'.repeat(24) } },
      worked: (status: number) => status < 400 || status === 422,
      call: async (req: Request) => staffPrograms(await signedIn(req), deps),
      mayWriteTo: onlyStaff,
    },
    {
      path: '/staff/pledges',
      valid: { method: 'POST' as const, fields: { campaign: 'mentors-of-color', pledge: 'p1', program: 'x' } },
      worked: (status: number) => status < 400 || status === 422,
      call: async (req: Request) => staffPledges(await signedIn(req), deps),
      mayWriteTo: onlyStaff,
    },
    {
      path: '/staff/alerts',
      valid: { method: 'POST' as const, fields: { action: 'test', house: '', senate: '' } },
      call: async (req: Request) => staffAlerts(await signedIn(retarget(req, '/staff/alerts/fuzz-alert/')), deps),
      // a test goes to the signed-in address only; the fuzz alert has no subscribers
      mayWriteTo: (to: string) => to === STAFF_ADDRESS,
    },
    {
      path: '/staff/audit',
      valid: page(),
      // its own store: the log the other endpoints fill would make each page read hundreds of entries
      call: async (req: Request) => staffAudit(await signedIn(req), { ...deps, store: blobs.store('fuzz-audit') }),
      mayWriteTo: onlyStaff,
    },
  ];
}

/** The same request at another path of the function (one with a parameter, or its second path). */
function retarget(req: Request, path: string): Request {
  const url = new URL(req.url);
  url.pathname = path;
  return new Request(url, req);
}

const paths = [
  '/api/districts',
  '/api/letters',
  '/api/letters/confirm',
  '/api/letters/summary',
  '/api/admin/letters.csv',
  '/api/health',
  '/programs/find',
  '/api/ta-requests',
  '/api/pledges',
  '/api/pledges/confirm',
  '/api/pledges/withdraw',
  '/api/pledges/summary',
  '/api/pledges/thanks',
  '/letters/status/:campaign/:token',
  '/api/alert-signups',
  '/api/alert-signups/confirm',
  '/api/alert-signups/unsubscribe',
  '/api/admin/alert-signups.csv',
  '/api/champion-thanks',
  '/api/calls',
  '/api/calls/sheet',
  '/api/calls/summary',
  '/api/admin/calls.csv',
  '/api/admin/pledges.csv',
  '/api/program-submissions',
  '/api/resend-webhook',
  '/api/admin/program-submissions.csv',
  '/staff',
  '/staff/sign-in',
  '/staff/link',
  '/staff/sign-out',
  '/staff/campaigns/:slug',
  '/staff/exports/letters.csv',
  '/staff/programs',
  '/staff/pledges',
  '/staff/alerts',
  '/staff/audit',
];

describe('every function under hostile requests', () => {
  it('covers every HTTP function in functions/', () => {
    const dir = new URL('../../functions/', import.meta.url);
    const declared = readdirSync(dir)
      // the path in the function's config (a function with several is listed by its first)
      .map(
        (file) =>
          /config: Config = \{[\s\S]*?\bpath: \[?\s*'([^']+)'/.exec(readFileSync(new URL(file, dir), 'utf8'))?.[1],
      )
      .filter((path): path is string => Boolean(path));
    expect([...paths].sort()).toEqual(declared.sort());
    expect(endpoints().map((e) => e.path)).toEqual(paths);
  });

  for (const path of paths) {
    it(`${path}: no 5xx, no stranger emailed, no markup reflected`, async () => {
      const endpoint = endpoints().find((e) => e.path === path)!;
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(fc.oneof(anyRequest, nearlyValid(endpoint.valid)), async (r) => {
          const before = fake.delivered.length;
          const res = await endpoint.call(toRequest(endpoint.path, r));
          expect(res.status).toBeLessThan(500);
          statuses.add(res.status);
          const text = await res.text();
          if ((res.headers.get('content-type') ?? '').startsWith('text/html'))
            for (const marker of MARKERS) expect(text).not.toContain(marker);
          for (const { email } of fake.delivered.slice(before)) {
            for (const to of email.to) expect(endpoint.mayWriteTo(to, r), `${endpoint.path} wrote to ${to}`).toBe(true);
            for (const marker of MARKERS) expect(email.html).not.toContain(marker);
            expect(email.subject).not.toMatch(/[\r\n]/);
          }
        }),
        { numRuns: 120 },
      );
      // the property reached the endpoint's real work (a random token is looked up and not found), not only refusals
      expect([...statuses].some(endpoint.worked ?? ((status) => status < 400)), `statuses seen: ${[...statuses]}`).toBe(
        true,
      );
    }, 120_000);
  }
});
