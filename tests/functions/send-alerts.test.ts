// Budget alerts by email, end to end: the scheduled job over a real local Blobs server, the mail engine and the real
// resend SDK against the fake Resend (2 calls a second for the whole account, batches of at most 100, idempotency
// keys). Each confirmed subscriber in the audience gets each alert exactly once, across retries and two jobs at once.
import { describe, expect, it } from 'vitest';
import { handle as sendAlerts } from '../../functions/send-alerts.mts';
import { handle as unsubscribe } from '../../functions/alert-signups-unsubscribe.mts';
import type { AlertData } from '../../src/lib/schemas/alert.ts';
import type { AlertMailDeps } from '../../src/server/alert-mail.ts';
import type { AlertSignupRecord } from '../../src/server/alert-signups.ts';
import { readConfig } from '../../src/server/config.ts';
import { loadLocationData } from '../../src/server/find-data.ts';
import { suppressAddress } from '../../src/server/mail-engine/index.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import { subscriberId } from '../../src/server/opt-in.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('send-alerts', (fresh) => {
  ({ fake, clock, store } = fresh);
  fake.limitRate(2);
});

const site = 'https://act.example.org';
const SALT = 'test-salt';
const config = readConfig({ CONTEXT: 'dev', MAIL_FROM: 'alerts@example.org', URL: site, RATE_LIMIT_SALT: SALT });
const data = loadLocationData();
const alert = (over: Partial<AlertData> = {}): AlertData => ({
  slug: 'house-budget-vote',
  title: 'The House votes on the budget this week',
  date: '2026-11-23',
  summary: 'The House debates its budget this week. Ask your representative to fund line item 7061-9634.',
  campaign: 'mentoring-matching-grants',
  email: true,
  audience: 'everyone',
  ...over,
});
const deps = (alerts: AlertData[] = [alert()]): AlertMailDeps => ({
  signups: store,
  engine: { store, mailer: resendMailer(fake.apiKey, fake.url), now: clock.now, salt: SALT, perSecond: 2 },
  config,
  alerts,
  legislators: data.legislators,
  districtNames: new Map([...data.districts].map(([id, d]) => [id, d.name])),
});

/** Confirmed (or pending) subscribers written as the sign-up flow stores them. */
async function subscribe(
  count: number,
  options: { districts?: AlertSignupRecord['districts']; status?: 'confirmed' | 'pending'; from?: number } = {},
) {
  const records = Array.from({ length: count }, (_, k) => {
    const email = `subscriber${(options.from ?? 0) + k}@example.com`;
    const id = subscriberId(SALT, 'alerts', email);
    const record: AlertSignupRecord = {
      id,
      email,
      name: null,
      consent: 'I agree to receive budget alert emails',
      status: options.status ?? 'confirmed',
      createdAt: clock.now().toISOString(),
      expiresAt: null,
      confirmTokenHash: null,
      confirmedAt: clock.now().toISOString(),
      lastEmailedAt: null,
      districts: options.districts ?? null,
    };
    return record;
  });
  for (let i = 0; i < records.length; i += 25)
    await Promise.all(records.slice(i, i + 25).map((r) => store.create(`signup/${r.id}`, r)));
  return records;
}
const countsByAddress = () => {
  const counts = new Map<string, number>();
  for (const d of fake.delivered) counts.set(d.email.to[0]!, (counts.get(d.email.to[0]!) ?? 0) + 1);
  return counts;
};
const expectEachOnce = (addresses: string[]) => {
  const counts = countsByAddress();
  expect([...counts.keys()].sort()).toEqual([...addresses].sort());
  expect([...counts.values()].every((c) => c === 1)).toBe(true);
};

describe('sending an alert', { timeout: 90_000 }, () => {
  it('reaches each confirmed subscriber exactly once, across a failed batch, its retry and later runs', async () => {
    const confirmed = await subscribe(150);
    await subscribe(3, { status: 'pending', from: 900 });
    fake.failNext(1, 500);
    const first = await sendAlerts(deps());
    expect(first.alerts).toEqual([{ slug: 'house-budget-vote', recipients: 150, enqueued: 150 }]);
    expect(first.report?.retriesLeft).toBe(1);
    clock.advance(60_000);
    await sendAlerts(deps());
    clock.advance(10 * 60_000);
    const third = await sendAlerts(deps());
    expect(third.alerts).toEqual([]); // already enqueued: nothing added
    expectEachOnce(confirmed.map((s) => s.email));
    expect(fake.requests.every((r) => r.emails <= 100)).toBe(true);
  });

  it('two jobs running at once send each email once', async () => {
    const confirmed = await subscribe(250);
    await Promise.all([sendAlerts(deps()), sendAlerts(deps())]);
    clock.advance(3 * 60_000); // anything left by a 429 at a second's edge goes on the next run
    await sendAlerts(deps());
    expectEachOnce(confirmed.map((s) => s.email));
  });

  it('sends nothing to an unsubscribed or suppressed address', async () => {
    const [gone, bounced, stays] = await subscribe(3);
    const link = new URL(`${site}/api/alert-signups/unsubscribe`);
    const { alertUnsubscribeUrl } = await import('../../src/server/alert-signups.ts');
    const url = new URL(alertUnsubscribeUrl(config, gone!.id));
    link.search = url.search;
    const res = await unsubscribe(
      new Request(link, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
      { store, config },
    );
    expect(res.status).toBe(303);
    await suppressAddress(store, SALT, bounced!.email, 'bounced', clock.now());
    await sendAlerts(deps());
    expectEachOnce([stays!.email]);
  });

  it('a district-targeted alert reaches only those districts; a chamber alert only those located', async () => {
    const inside = await subscribe(2, { districts: { house: 'ma-house-050', senate: 'ma-senate-10' }, from: 0 });
    const otherSenate = await subscribe(1, { districts: { house: 'ma-house-051', senate: 'ma-senate-20' }, from: 10 });
    const outside = await subscribe(2, { districts: { house: 'ma-house-100', senate: 'ma-senate-30' }, from: 20 });
    const unknown = await subscribe(1, { from: 30 });
    const targeted = alert({ slug: 'targeted', audience: { districts: ['ma-house-050', 'ma-senate-20'] } });
    await sendAlerts(deps([targeted]));
    expectEachOnce([...inside, ...otherSenate].map((s) => s.email));
    fake.delivered.length = 0;
    await sendAlerts(deps([alert({ slug: 'senate-vote', audience: { chamber: 'senate' } })]));
    expectEachOnce([...inside, ...otherSenate, ...outside].map((s) => s.email));
    expect(countsByAddress().has(unknown[0]!.email)).toBe(false);
  });

  it('each email is personal: own legislators, a located link, a text part, one-click unsubscribe', async () => {
    const house = data.legislators.get('ma-house-050')!;
    const senate = data.legislators.get('ma-senate-10')!;
    const [located] = await subscribe(1, { districts: { house: 'ma-house-050', senate: 'ma-senate-10' } });
    const [elsewhere] = await subscribe(1, { from: 5 });
    await sendAlerts(deps());
    const mine = fake.delivered.find((d) => d.email.to[0] === located!.email)!.email;
    expect(mine.subject).toBe('The House votes on the budget this week');
    expect(mine.text).toContain(`Your representative is ${house.name} (${house.district}).`);
    expect(mine.text).toContain(`Your senator is ${senate.name} (${senate.district}).`);
    expect(mine.text).toContain(
      `Write to them now: ${site}/campaigns/mentoring-matching-grants/?house=ma-house-050&senate=ma-senate-10#act`,
    );
    expect(mine.html).toContain('?house=ma-house-050&amp;senate=ma-senate-10#act');
    const unsubscribeUrl = /Unsubscribe: (\S+)/.exec(mine.text)![1]!;
    expect(mine.headers).toEqual({
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    const other = fake.delivered.find((d) => d.email.to[0] === elsewhere!.email)!.email;
    expect(other.text).toContain(
      `Find your legislators and write to them: ${site}/campaigns/mentoring-matching-grants/#act`,
    );
    expect(other.text).not.toContain('Your representative');
    // the header's link works as a mail app's one-click POST
    const res = await unsubscribe(
      new Request(unsubscribeUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
      { store, config },
    );
    expect(res.status).toBe(303);
    expect(await store.get(`signup/${located!.id}`)).toBeNull();
  });

  it('sends no draft, nothing dated in the future and nothing older than two weeks', async () => {
    await subscribe(2);
    const alerts = [
      alert({ slug: 'draft', email: false }),
      alert({ slug: 'future', date: '2026-11-30' }),
      alert({ slug: 'old', date: '2026-11-01' }),
    ];
    const run = await sendAlerts(deps(alerts));
    expect(run.alerts).toEqual([]);
    expect(fake.delivered).toHaveLength(0);
  });
});
