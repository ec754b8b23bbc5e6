// The pledge endpoint end to end: the real handler over a local Netlify Blobs server, the real resend SDK against a
// fake Resend API. What matters: one pledge per person per campaign, counted only once confirmed, and nothing kept
// after a withdrawal.
import { describe, expect, it } from 'vitest';
import { handle as pledge } from '../../functions/pledges.mts';
import { handle as confirm } from '../../functions/pledges-confirm.mts';
import { handle as withdraw } from '../../functions/pledges-withdraw.mts';
import { handle as thanks } from '../../functions/pledges-thanks.mts';
import { handle as summary } from '../../functions/pledges-summary.mts';
import { siteData } from '../../src/server/campaign-data.ts';
import { programsNear } from '../../src/lib/pledges.ts';
import { districtNames, programDirectory, volunteerOrigins } from '../../src/server/pledge-wiring.ts';
import {
  cancelMail,
  engineMailer,
  mailStatus,
  runSender,
  type EngineDeps,
} from '../../src/server/mail-engine/index.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import { confirmationMailKey } from '../../src/server/pledges.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';
import { linksIn, pledgeBody, pledgeDeps, pledgeForm, pledgeJson } from '../helpers/pledges.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('pledges', (fresh) => ({ fake, clock, store } = fresh));

const deps = (env: Record<string, string> = {}) => pledgeDeps(store, fake, clock, env);
const tokenPost = (path: string, token: string) => pledgeForm([['token', token]], path);

async function counts(campaign = 'mentors-of-color') {
  const res = await summary(new Request(`https://act.example.org/api/pledges/summary?campaign=${campaign}`), {
    store,
    campaigns: siteData().campaigns,
    districtName: districtNames(),
    now: clock.now,
  });
  return (await res.json()).data;
}

/** Pledges as JSON and confirms from the emailed link; returns the link's token. */
async function pledgeAndConfirm(body = pledgeBody()): Promise<string> {
  const before = fake.delivered.length;
  expect((await pledge(pledgeJson(body), deps())).status).toBe(201);
  const { token } = linksIn(fake.delivered[before]!.email.text);
  expect((await confirm(tokenPost('/api/pledges/confirm', token), deps())).status).toBe(303);
  return token;
}

describe('POST /api/pledges', () => {
  it('stores the pledge as pending, emails a confirm link, and names programs near the volunteer', async () => {
    const res = await pledge(
      pledgeJson(
        pledgeBody({
          lat: undefined,
          lon: undefined,
          town: 'Springfield',
          house: 'ma-house-054',
          senate: 'ma-senate-03',
        }),
      ),
      deps(),
    );
    expect(res.status).toBe(201);
    const { data } = await res.json();
    expect(data.status).toBe('check-email');
    expect(data.districts).toEqual({
      house: { id: 'ma-house-054', name: expect.any(String) },
      senate: { id: 'ma-senate-03', name: expect.any(String) },
    });
    // Programs that fit school-based or e-mentoring, teens, Spanish or Portuguese: Springfield's first (0 miles away),
    // then the nearest others, then e-mentoring ones anywhere; each with its page, and kept on the pledge for staff
    const origins = volunteerOrigins('Springfield', null);
    const expected = programsNear(
      programDirectory(),
      { house: 'ma-house-054', senate: 'ma-senate-03', town: 'Springfield', origins },
      { types: ['school-based', 'e-mentoring'], ages: ['teens'], languages: ['Spanish', 'Portuguese'] },
    );
    const slugs = data.programs.map((p: { slug: string }) => p.slug);
    expect(slugs).toEqual(expected.map((n) => n.program.slug));
    expect(slugs).toContain('mentor-springfield');
    expect(data.programs[0]).toMatchObject({ miles: 0, matches: true, url: `/programs/${data.programs[0].slug}/` });
    for (const p of data.programs) expect(p.matches).toBe(true);
    const [pledgeKey] = await store.keys('pledge/mentors-of-color/');
    expect((await store.get<{ shownPrograms: string[] }>(pledgeKey!))!.shownPrograms).toEqual(slugs);
    expect(data.next).toBe(
      '/api/pledges/thanks?campaign=mentors-of-color&status=check-email&house=ma-house-054&senate=ma-senate-03' +
        '&town=Springfield' +
        '&types=school-based&types=e-mentoring&ages=teens&languages=Spanish%2C+Portuguese',
    );
    const shareLabels = ['Email a friend', 'Send a text', 'Share on WhatsApp', 'Post on X', 'Share on Facebook'];
    expect(data.share.map((l: { label: string }) => l.label)).toEqual(shareLabels);
    for (const l of data.share) expect(l.href).toContain(encodeURIComponent('/campaigns/mentors-of-color/'));

    expect(fake.delivered).toHaveLength(1);
    const email = fake.delivered[0]!;
    expect(email.email.to).toEqual(['ana@example.com']);
    expect(email.email.subject).toBe('Confirm your pledge to mentor');
    expect(email.idempotencyKey).toMatch(/^pledge:[a-f0-9]{32}:confirm:/);
    linksIn(email.email.text);

    const keys = await store.keys('pledge/mentors-of-color/');
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain('ana'); // the key is a salted hash, never the address
    expect(await counts()).toMatchObject({ confirmed: 0, pending: 1, house: {}, senate: {} });
  });

  it('without JavaScript: a form post gets a 303 to the thank-you page listing programs nearby', async () => {
    const res = await pledge(
      pledgeForm([
        ['campaign', 'national-mentoring-month'],
        ['name', 'Sam Form'],
        ['email', 'sam@example.com'],
        ['town', 'Springfield'],
        ['house', 'ma-house-054'],
        ['senate', 'ma-senate-03'],
        ['street', ''],
        ['zip', ''],
        ['ward', ''],
        ['types', 'school-based'],
        ['types', 'workplace'],
        ['ages', 'teens'],
        ['languages', ''],
        ['consent', 'on'],
        ['website', ''],
      ]),
      deps(),
    );
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/api\/pledges\/thanks\?campaign=national-mentoring-month&status=check-email/);
    const [key] = await store.keys('pledge/national-mentoring-month/');
    expect((await store.get<{ interests: unknown }>(key!))!.interests).toEqual({
      types: ['school-based', 'workplace'],
      ages: ['teens'],
      languages: [],
    });

    const page = await thanks(new Request(`https://act.example.org${location}`), {
      campaigns: siteData().campaigns,
      districts: siteData().districts,
      programs: programDirectory(),
      siteUrl: 'https://act.example.org',
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Thank you: now check your email</h1>');
    expect(html).toContain('<a href="/programs/mentor-springfield/">');
    // and a way to ask a friend: an email with the campaign's own address, escaped for the attribute
    expect(html).toContain('<h2 id="share-title">Ask a friend to pledge too</h2>');
    const campaignUrl = encodeURIComponent('https://act.example.org/campaigns/national-mentoring-month/');
    expect(html).toMatch(
      new RegExp(
        `<a class="button secondary" href="mailto:\\?subject=[^"]+&amp;body=[^"]+${campaignUrl}" ` +
          'rel="noopener">Email a friend</a>',
      ),
    );
  });

  it('names each field to fix, as JSON and as a page, and stores nothing', async () => {
    const res = await pledge(
      pledgeJson({
        campaign: 'mentors-of-color',
        name: '',
        email: 'not-an-email',
        types: ['knitting'],
        consent: false,
      }),
      deps(),
    );
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe('validation_error');
    expect(Object.keys(error.fields).sort()).toEqual(['consent', 'email', 'name', 'types.0']);
    expect(error.fields.consent).toEqual(['Tick the box to agree that we keep your pledge']);
    expect(error.fields.email).toEqual(['Enter an email address like name@example.com']);

    const page = await pledge(
      pledgeForm([
        ['campaign', 'mentors-of-color'],
        ['name', 'Sam'],
        ['email', 'sam@example.com'],
        ['town', 'Nantucket'],
      ]),
      deps(),
    );
    expect(page.status).toBe(422);
    const html = await page.text();
    expect(html).toContain('Your pledge needs a few fixes');
    expect(html).toContain('<li>Your agreement: Tick the box to agree that we keep your pledge</li>');
    expect(await store.keys()).toEqual([]);
    expect(fake.delivered).toHaveLength(0);
  });

  it('refuses campaigns that are not pledge campaigns', async () => {
    const res = await pledge(pledgeJson(pledgeBody({ campaign: 'mentoring-matching-grants' })), deps());
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('a split town asks which district, keeping the ticked interests', async () => {
    const res = await pledge(
      pledgeForm([
        ['campaign', 'mentors-of-color'],
        ['name', 'Pat'],
        ['email', 'pat@example.com'],
        ['town', 'Acton'],
        ['types', 'community'],
        ['types', 'e-mentoring'],
        ['consent', 'on'],
      ]),
      deps(),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<form method="post" action="/api/pledges">');
    expect(html).toContain(
      '<input type="hidden" name="types" value="community"><input type="hidden" name="types" value="e-mentoring">',
    );
    expect(html).toContain('Pledge to mentor</button>');
  });
});

describe('one pledge per email per campaign', () => {
  it('a second pledge with the same email (any case) answers honestly and stores nothing new', async () => {
    await pledgeAndConfirm();
    const again = await pledge(pledgeJson(pledgeBody({ email: ' ANA@Example.com ', name: 'Ana again' })), deps());
    expect(again.status).toBe(200);
    expect((await again.json()).data).toMatchObject({ status: 'already-pledged', title: 'You have already pledged' });
    const form = await pledge(
      pledgeForm([
        ['campaign', 'mentors-of-color'],
        ['name', 'Ana'],
        ['email', 'ana@example.com'],
        ['town', 'Nantucket'],
        ['consent', 'on'],
      ]),
      deps(),
    );
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toContain('status=already-pledged');
    // The answer is built from this request, not the stored pledge: a repeat learns nothing about where Ana lives.
    expect(form.headers.get('location')).not.toContain('ma-house-130');
    expect(await store.keys('pledge/')).toHaveLength(1);
    expect(await counts()).toMatchObject({ confirmed: 1, pending: 0 });
    expect(fake.delivered).toHaveLength(1);
  });

  it('an unconfirmed pledge sent again within minutes sends no second email; later, a fresh link', async () => {
    await pledge(pledgeJson(pledgeBody()), deps());
    const again = await pledge(pledgeJson(pledgeBody()), deps());
    expect((await again.json()).data.status).toBe('already-emailed');
    expect(fake.delivered).toHaveLength(1);
    clock.advance(11 * 60_000);
    const later = await pledge(pledgeJson(pledgeBody({ town: 'Nantucket', lat: undefined, lon: undefined })), deps());
    expect((await later.json()).data.status).toBe('check-email');
    expect(fake.delivered).toHaveLength(2);
    expect(await counts()).toMatchObject({ confirmed: 0, pending: 1 });
    // Both links work: the newer details are the ones confirmed.
    await confirm(tokenPost('/api/pledges/confirm', linksIn(fake.delivered[0]!.email.text).token), deps());
    const data = await counts();
    expect(data).toMatchObject({ confirmed: 1, pending: 0 });
    expect(Object.keys(data.house)).toEqual(['Barnstable, Dukes and Nantucket']);
  });

  it('the same email may pledge in another campaign', async () => {
    await pledge(pledgeJson(pledgeBody()), deps());
    await pledge(pledgeJson(pledgeBody({ campaign: 'national-mentoring-month' })), deps());
    expect(await store.keys('pledge/')).toHaveLength(2);
  });
});

describe('confirming', () => {
  it('opening the link shows a button and confirms nothing; the button confirms', async () => {
    await pledge(pledgeJson(pledgeBody()), deps());
    const { confirm: link, token } = linksIn(fake.delivered[0]!.email.text);
    const page = await confirm(new Request(link), deps());
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<button class="button" type="submit">Confirm my pledge</button>');
    expect(await counts()).toMatchObject({ confirmed: 0, pending: 1 });

    const done = await confirm(tokenPost('/api/pledges/confirm', token), deps());
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(
      '/api/pledges/thanks?campaign=mentors-of-color&status=confirmed&house=ma-house-130&senate=ma-senate-25',
    );
    expect(await counts()).toEqual({
      campaign: 'mentors-of-color',
      confirmed: 1,
      pending: 0,
      house: { '8th Suffolk': 1 },
      senate: { 'Third Suffolk': 1 },
      updatedAt: clock.now().toISOString(),
    });
    // Confirming twice counts once.
    await confirm(tokenPost('/api/pledges/confirm', token), deps());
    expect((await counts()).confirmed).toBe(1);
  });

  it('refuses made-up tokens and links older than a week, and an expired pledge is not counted', async () => {
    const bad = await confirm(tokenPost('/api/pledges/confirm', `${'a'.repeat(32)}.${'x'.repeat(32)}`), deps());
    expect(bad.status).toBe(404);
    await pledge(pledgeJson(pledgeBody()), deps());
    expect((await counts()).pending).toBe(1);
    clock.advance(7 * 24 * 3600_000 + 1);
    expect(await counts()).toMatchObject({ confirmed: 0, pending: 0 });
    const late = await confirm(tokenPost('/api/pledges/confirm', linksIn(fake.delivered[0]!.email.text).token), deps());
    expect(late.status).toBe(410);
    expect(await late.text()).toContain('This confirmation link has expired');
  });
});

describe('withdrawing', () => {
  it('the emailed link shows a button; the button deletes the pledge, its personal data and its count', async () => {
    await pledgeAndConfirm();
    await pledgeAndConfirm(pledgeBody({ email: 'ben@example.com' }));
    expect((await counts()).confirmed).toBe(2);
    const { withdraw: link, token } = linksIn(fake.delivered[0]!.email.text);
    const page = await withdraw(new Request(link), deps());
    expect(await page.text()).toContain('Withdraw my pledge and delete my details</button>');
    expect((await counts()).confirmed).toBe(2);

    const done = await withdraw(tokenPost('/api/pledges/withdraw', token), deps());
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Your pledge is withdrawn');
    expect(await counts()).toMatchObject({ confirmed: 1, house: { '8th Suffolk': 1 } });
    const left = await Promise.all((await store.keys()).map(async (k) => JSON.stringify(await store.get(k))));
    expect(left.join('\n')).not.toContain('ana@example.com');
    expect(left.join('\n')).toContain('ben@example.com');

    const again = await withdraw(tokenPost('/api/pledges/withdraw', token), deps());
    expect(again.status).toBe(404);
    expect((await withdraw(new Request(link), deps())).status).toBe(404);
  });
});

describe('limits', () => {
  it('refuses new pledges from one connection beyond the hourly limit, with Retry-After', async () => {
    const limited = () => deps({ PLEDGES_PER_IP_PER_HOUR: '2' });
    expect((await pledge(pledgeJson(pledgeBody({ email: 'a@example.com' })), limited())).status).toBe(201);
    expect((await pledge(pledgeJson(pledgeBody({ email: 'b@example.com' })), limited())).status).toBe(201);
    const third = await pledge(pledgeJson(pledgeBody({ email: 'c@example.com' })), limited());
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('3600');
    expect(fake.delivered).toHaveLength(2);
    clock.advance(3600_000);
    expect((await pledge(pledgeJson(pledgeBody({ email: 'c@example.com' })), limited())).status).toBe(201);
  });
});

describe('many at once', () => {
  it('200 concurrent pledges with distinct emails are all stored and counted', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        pledge(pledgeJson(pledgeBody({ email: `v${i}@example.com` })), { ...deps(), clientIp: `198.51.100.${i}` }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(200).fill(201));
    expect(await store.keys('pledge/mentors-of-color/')).toHaveLength(200);
    expect(await counts()).toMatchObject({ confirmed: 0, pending: 200 });
  }, 60_000);

  it('concurrent duplicates are stored once and counted once', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => pledge(pledgeJson(pledgeBody()), deps())));
    expect(results.every((r) => r.status === 201 || r.status === 200)).toBe(true);
    expect(await store.keys('pledge/')).toHaveLength(1);
    expect(await counts()).toMatchObject({ confirmed: 0, pending: 1 });
  }, 30_000);
});

describe('when the mail provider fails: the mail engine sends it later', () => {
  // The live wiring: confirmations through the one mail engine (its records kept in the same test store, apart by
  // their keys), and a withdrawal cancels what is still queued.
  const engine = (): EngineDeps => ({
    store,
    mailer: resendMailer(fake.apiKey, fake.url),
    now: clock.now,
    salt: 'test-salt',
    perSecond: 10,
  });
  const engineDeps = () => ({
    ...deps(),
    mailer: engineMailer(engine(), 'confirmation', 'constituent'),
    cancelEmail: (key: string) => cancelMail(store, key, clock.now()),
  });
  /** The engine's scheduled sender, its clock moved past any backoff. */
  const sendMail = async () => {
    clock.advance(10 * 60_000);
    return runSender(engine(), { budgetMs: 2_000 });
  };

  it('keeps the pledge, says the link is on its way, and the engine sends that one link exactly once', async () => {
    await fake.goDown(503);
    const res = await pledge(pledgeJson(pledgeBody({ email: 'slow.mail@example.com' })), engineDeps());
    expect(res.status).toBe(201);
    expect((await res.json()).data.status).toBe('email-delayed');
    expect(fake.delivered).toEqual([]);

    expect(await sendMail()).toMatchObject({ sent: 0 }); // still down: kept for the next run
    await fake.recover();
    expect(await sendMail()).toMatchObject({ sent: 1 });
    expect(await sendMail()).toMatchObject({ sent: 0 });
    expect(fake.delivered.map((d) => d.email.to)).toEqual([['slow.mail@example.com']]);

    // the link that finally went out works
    const { token } = linksIn(fake.delivered[0]!.email.text);
    expect((await confirm(tokenPost('/api/pledges/confirm', token), engineDeps())).status).toBe(303);
    expect((await counts()).confirmed).toBe(1);
  });

  it('never sends the confirmation of a pledge withdrawn before it went', async () => {
    await fake.goDown(503);
    await pledge(pledgeJson(pledgeBody({ email: 'gone@example.com' })), engineDeps());
    await fake.recover();
    // withdrawn (with the link of the email that has not gone out yet: the only link there is)
    const [queued] = await store.keys('due/'); // the queued email itself
    const { token } = linksIn((await store.get<{ email: { text: string } }>(queued!))!.email.text);
    expect((await withdraw(tokenPost('/api/pledges/withdraw', token), engineDeps())).status).toBe(200);
    await sendMail();
    await sendMail();
    expect(fake.delivered).toEqual([]);
    expect(await mailStatus(store, confirmationMailKey(token.split('.')[0]!, token))).toBe('cancelled');
    expect(await store.keys('emailed/')).toEqual([]);
  });
});
