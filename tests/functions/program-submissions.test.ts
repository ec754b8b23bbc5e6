// A program asking to be listed or corrected, end to end: the real handler over a local Netlify Blobs server and the
// real resend SDK against a fake Resend API; then the staff export and the import that publishes approved requests.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { handle, RECEIVED_PAGE, type SubmissionDeps } from '../../functions/program-submissions.mts';
import { handle as exportCsv } from '../../functions/admin-program-submissions.mts';
import { runImport } from '../../scripts/import-programs.ts';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import { readConfig } from '../../src/server/config.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('program-submissions', (fresh) => ({ fake, clock, store } = fresh));

const ADMIN = 'staff-secret-0123456789';
const SITE = 'https://act.example.org';
const EXPORT = `${SITE}/api/admin/program-submissions.csv`;
const config = readConfig({ CONTEXT: 'dev', MAIL_FROM: 'programs@example.org', URL: 'https://act.example.org' });
const deps = (over: Partial<SubmissionDeps> = {}): SubmissionDeps => ({
  config,
  store: () => store,
  mailer: () => resendMailer(fake.apiKey, fake.url),
  now: clock.now,
  clientIp: '203.0.113.7',
  ...over,
});
const valid = {
  name: 'Lynn <b>Mentors</b>',
  organization: 'Lynn Youth Org',
  towns: ['lynn', 'Salem'],
  kinds: ['community', 'site-based'],
  ages: 'grades 6-8',
  languages: 'Spanish, Khmer',
  website: 'https://lynn.example/',
  email: 'director@example.org',
  consent: true,
};
const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request('https://act.example.org/api/program-submissions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', origin: SITE, ...headers },
    body: JSON.stringify(body),
  });
const form = (fields: [string, string][]) =>
  new Request('https://act.example.org/api/program-submissions', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: SITE },
    body: new URLSearchParams(fields).toString(),
  });
const csv = async () => {
  const req = new Request(EXPORT, { headers: { authorization: `Bearer ${ADMIN}` } });
  const res = await exportCsv(req, { store, adminToken: ADMIN });
  expect(res.status).toBe(200);
  return { res, text: await res.text() };
};

describe('POST /api/program-submissions', () => {
  it('stores the request as pending and emails the submitter what we received', async () => {
    const res = await handle(post(valid), deps());
    expect(res.status).toBe(201);
    const { data } = await res.json();
    expect(data).toEqual({ id: expect.stringMatching(/^[a-f0-9]{24}$/), status: 'received', emailed: true });
    const stored = await store.get<Record<string, unknown>>(`submission/${data.id}`);
    expect(stored).toMatchObject({
      status: 'pending',
      towns: ['Lynn', 'Salem'],
      kinds: ['community', 'site-based'],
      languages: ['Spanish', 'Khmer'],
      repeats: 0,
      confirmation: { status: 'sent' },
    });
    expect(fake.delivered).toHaveLength(1);
    const { email, idempotencyKey } = fake.delivered[0]!;
    expect(email.to).toEqual(['director@example.org']);
    expect(email.subject).toBe('We received your request: Lynn <b>Mentors</b>');
    expect(email.html).toContain('Lynn &lt;b&gt;Mentors&lt;/b&gt;');
    expect(email.text).toContain('Towns: Lynn, Salem');
    expect(idempotencyKey).toBe(`program-submission/${data.id}`);
  });

  it('collapses a repeat of the same program from the same contact: one request, one email', async () => {
    const first = await (await handle(post(valid), deps())).json();
    const repeat = { ...valid, name: 'LYNN <b>mentors</b> ', ages: '10-14', email: 'Director@Example.org' };
    const again = await handle(post(repeat), deps());
    expect(again.status).toBe(200);
    expect((await again.json()).data).toEqual({ id: first.data.id, status: 'updated', emailed: true });
    expect(await store.keys('submission/')).toHaveLength(1);
    expect(await store.get(`submission/${first.data.id}`)).toMatchObject({ ages: '10-14', repeats: 1 });
    expect(fake.delivered).toHaveLength(1);
    // another contact for the same program is another request
    expect((await handle(post({ ...valid, email: 'other@example.org' }), deps())).status).toBe(201);
    expect(await store.keys('submission/')).toHaveLength(2);
  });

  it('without JavaScript: a form post gets a 303 to the confirmation page, or a page saying what to fix', async () => {
    const fields: [string, string][] = [
      ['program', ''],
      ['name', 'Salem Mentors'],
      ['organization', 'Org'],
      ['towns', 'Salem'],
      ['ages', '8-18'],
      ['languages', ''],
      ['website', ''],
      ['email', 'a@example.org'],
      ['kinds', 'community'],
      ['kinds', 'e-mentoring'],
      ['message', ''],
      ['fax_number', ''],
      ['consent', 'yes'],
    ];
    const res = await handle(form(fields), deps());
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(RECEIVED_PAGE);
    const broken = fields.map(([k, v]): [string, string] => [k, k === 'towns' ? 'Atlantis' : k === 'consent' ? '' : v]);
    const bad = await handle(form(broken), deps());
    expect(bad.status).toBe(422);
    const page = await bad.text();
    expect(page).toContain('&quot;Atlantis&quot; is not a Massachusetts city or town');
    expect(page).toContain('Tick the box');
  });

  it("refuses bad answers with the API's error shape", async () => {
    const wrong = { towns: 'Atlantis', kinds: ['tutoring'], website: 'javascript:x', email: 'no', consent: false };
    const res = await handle(post({ ...valid, ...wrong }), deps());
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe('validation_error');
    expect(Object.keys(error.fields).sort()).toEqual(['consent', 'email', 'kinds', 'towns', 'website']);
    expect(fake.delivered).toHaveLength(0);
  });

  it("refuses another site's form, an oversized body, and a wrong method; keeps nothing from a bot", async () => {
    expect((await handle(post(valid, { origin: 'https://evil.example' }), deps())).status).toBe(403);
    expect((await handle(post({ ...valid, message: 'x'.repeat(20_000) }), deps())).status).toBe(413);
    expect((await handle(new Request('https://act.example.org/api/program-submissions'), deps())).status).toBe(405);
    const bot = await handle(post({ ...valid, fax_number: 'buy now' }), deps());
    expect(bot.status).toBe(201);
    expect(await store.keys('submission/')).toEqual([]);
    expect(fake.delivered).toHaveLength(0);
  });

  it('limits new requests from one connection per hour', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await handle(post({ ...valid, email: `p${i}@example.org` }), deps())).status).toBe(201);
    }
    const limited = await handle(post({ ...valid, email: 'p10@example.org' }), deps());
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const elsewhere = deps({ clientIp: '203.0.113.8' });
    expect((await handle(post({ ...valid, email: 'p10@example.org' }), elsewhere)).status).toBe(201);
  });

  it('stores the request even when the email fails, and says so', async () => {
    fake.failNext(3, 422);
    const res = await handle(post(valid), deps());
    expect(res.status).toBe(201);
    const { data } = await res.json();
    expect(data.emailed).toBe(false);
    const stored = await store.get(`submission/${data.id}`);
    expect(stored).toMatchObject({ status: 'pending', confirmation: { status: 'failed' } });
  });
});

describe('staff: export, approve, publish', () => {
  it('exports requests for staff only, with security headers and formulas defused', async () => {
    await handle(post({ ...valid, name: '=HYPERLINK("http://evil")' }), deps());
    const denied = await exportCsv(new Request(EXPORT), { store, adminToken: ADMIN });
    expect(denied.status).toBe(401);
    const { res, text } = await csv();
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(text.split(/\r?\n/)[0]).toBe(
      'id,status,decision,received_at,repeats,program,name,organization,towns,kinds,ages,languages,website,' +
        'contact_email,message,confirmation,decided_at',
    );
    expect(text).toContain('"\'=HYPERLINK(""http://evil"")"');
  });

  it('publishes an approved request as a listing "at the program\'s request", without the contact email', async () => {
    await handle(post(valid), deps());
    const { text } = await csv();
    const dir = mkdtempSync(join(tmpdir(), 'approve-'));
    try {
      const rows = parseCsvRecords(text);
      const file = join(dir, 'export.csv');
      writeFileSync(file, text);
      const logs: string[] = [];
      const args = ['--approve', file, '--id', rows[0]!.id!, '--date', '2026-12-01', '--out', dir];
      expect(runImport(args, (l) => logs.push(l))).toBe(0);
      expect(logs[0]).toBe(`added Lynn <b>Mentors</b> at the program's request (${rows[0]!.id})`);
      const listed = yaml.load(readFileSync(join(dir, 'content/programs/lynn-b-mentors-b.yaml'), 'utf8'));
      expect(listed).toMatchObject({
        towns: ['Lynn', 'Salem'],
        types: ['community', 'site-based'],
        ages: { min: 11, max: 14 },
        listedAtRequest: '2026-12-01',
      });
      expect(readFileSync(join(dir, 'content/programs.json'), 'utf8')).not.toContain('director@example.org');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
