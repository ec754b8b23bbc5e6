// Sending an alert from the staff console, against a local Blobs server, the mail engine and the fake Resend: the
// preview is the email a subscriber gets, a test goes only to the signed-in staff address, the real send reaches
// each subscriber once (a second press, and the scheduled job afterwards, send nothing more), and progress counts it.
import { describe, expect, it } from 'vitest';
import { handle as sendAlerts } from '../../../functions/send-alerts.mts';
import type { AlertData } from '../../../src/lib/schemas/alert.ts';
import type { AlertMailDeps } from '../../../src/server/alert-mail.ts';
import type { AlertSignupRecord } from '../../../src/server/alert-signups.ts';
import { readConfig } from '../../../src/server/config.ts';
import { loadLocationData } from '../../../src/server/find-data.ts';
import { runSender, suppressAddress } from '../../../src/server/mail-engine/index.ts';
import { resendMailer } from '../../../src/server/mailer.ts';
import {
  alertActionSchema,
  alertOverview,
  alertProgress,
  previewAlert,
  previewQuerySchema,
  rebuildAudience,
  sendAlertToSubscribers,
  sendTestAlert,
} from '../../../src/server/staff/alert-console.ts';
import type { JsonStore } from '../../../src/server/store.ts';
import type { FakeResend } from '../../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../../helpers/letters.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('alert-console', (fresh) => {
  ({ fake, clock, store } = fresh);
});

const SALT = 'test-salt';
const STAFF = 'organizer@example.org';
const data = loadLocationData();
const alert: AlertData = {
  slug: 'house-budget-vote',
  title: 'The House votes on the budget this week',
  date: '2026-11-23',
  summary: 'Ask your representative to fund line item 7061-9634.',
  campaign: 'mentoring-matching-grants',
  // not emailed by the schedule: staff send it by hand
  email: false,
  audience: 'everyone',
};
const config = readConfig({ CONTEXT: 'dev', URL: 'https://act.example.org', RATE_LIMIT_SALT: SALT });
const deps = (mailFrom: string | null = 'alerts@example.org'): AlertMailDeps => ({
  signups: store,
  engine: { store, mailer: resendMailer(fake.apiKey, fake.url), now: clock.now, salt: SALT, perSecond: 50 },
  config: { ...config, mailFrom },
  alerts: [alert],
  legislators: data.legislators,
  districtNames: new Map([...data.districts].map(([id, d]) => [id, d.name])),
});

async function subscribe(count: number): Promise<string[]> {
  const emails: string[] = [];
  for (let k = 0; k < count; k++) {
    const email = `subscriber${k}@example.com`;
    const record: AlertSignupRecord = {
      id: `s${k}`,
      email,
      name: null,
      consent: 'yes',
      status: 'confirmed',
      createdAt: clock.now().toISOString(),
      expiresAt: null,
      confirmTokenHash: null,
      confirmedAt: clock.now().toISOString(),
      lastEmailedAt: null,
      districts: null,
    };
    await store.set(`signup/${record.id}`, record);
    emails.push(email);
  }
  return emails;
}

const house = [...data.districts.values()].find((d) => d.chamber === 'house')!;
const member = data.legislators.get(house.id);

describe('an alert from the staff console', { timeout: 60_000 }, () => {
  it('previews the email a subscriber in the chosen district gets, naming their legislator', () => {
    const districts = previewQuerySchema.parse({ house: house.id, senate: '' });
    const email = previewAlert(alert, districts, STAFF, deps());
    expect(email.subject).toBe(alert.title);
    expect(email.text).toContain(alert.summary);
    if (member) expect(email.text).toContain(`Your representative is ${member.name}`);
    expect(email.text).toContain(`?house=${house.id}`);
    expect(previewQuerySchema.parse({ house: '<script>', senate: 'x' })).toEqual({ house: null, senate: null });
  });

  it('previews it as a subscriber who signed up in Spanish gets it: the translation, in a Spanish frame', () => {
    const translated = { ...alert, translations: { es: { title: 'La Cámara vota', summary: 'Resumen en español.' } } };
    const districts = previewQuerySchema.parse({ house: house.id, language: 'es' });
    const email = previewAlert(translated, districts, STAFF, deps());
    expect(email.subject).toBe('La Cámara vota');
    expect(email.text).toMatch(/^Hola:\n\nResumen en español\./);
    // a language the site does not publish is English, and never a field the console's own replies follow
    expect(previewQuerySchema.parse({ language: 'fr' }).language).toBeUndefined();
    const portuguese = previewAlert(translated, { house: null, senate: null, language: 'pt' }, STAFF, deps());
    expect(portuguese.subject).toBe(alert.title);
    expect(portuguese.text).toContain('Por enquanto, este alerta está só em inglês.');
  });

  it('counts its audience by the language each subscriber signed up in', async () => {
    await subscribe(2);
    const record = (await store.get<AlertSignupRecord>('signup/s0'))!;
    await store.set('signup/s0', { ...record, lang: 'pt' });
    const overview = await alertOverview(alert, deps());
    expect(overview.languages).toEqual({ en: 1, es: 0, pt: 1 });
    expect(overview.progress).toEqual({ sent: false, audience: 2 });
    // built on this first read, from the sign-ups stored before the index: what it found is kept for staff
    expect(overview.index).toMatchObject({ confirmed: 2, members: 2 });
  });

  it('rebuilds the audience for staff: sign-ups stored behind the index are counted, the count kept', async () => {
    await subscribe(3);
    expect((await alertOverview(alert, deps())).progress).toEqual({ sent: false, audience: 3 });
    // two more sign-ups written straight to the store (an import, a restore): the index does not know them
    for (const k of [3, 4]) {
      const record = (await store.get<AlertSignupRecord>('signup/s0'))!;
      await store.set(`signup/s${k}`, { ...record, id: `s${k}`, email: `subscriber${k}@example.com` });
    }
    expect((await alertOverview(alert, deps())).progress).toEqual({ sent: false, audience: 3 });
    expect(await rebuildAudience(deps())).toEqual({ kind: 'audience_rebuilt', members: 5 });
    const overview = await alertOverview(alert, deps());
    expect(overview.progress).toEqual({ sent: false, audience: 5 });
    expect(overview.index).toMatchObject({ confirmed: 5, members: 5 });
    // and again, to the same result
    expect(await rebuildAudience(deps())).toEqual({ kind: 'audience_rebuilt', members: 5 });
  });

  it('sends a test only to the signed-in staff address, marked as a test', async () => {
    await subscribe(3);
    const action = alertActionSchema.parse({ action: 'test', house: house.id, senate: '' });
    if (action.action !== 'test') throw new Error('not a test');
    expect(await sendTestAlert(alert, action, STAFF, deps())).toEqual({ kind: 'test_sent' });
    expect(fake.delivered.map((d) => d.email.to)).toEqual([[STAFF]]);
    expect(fake.delivered[0]!.email.subject).toBe(`[Test] ${alert.title}`);
    expect(await alertProgress(alert, deps())).toEqual({ sent: false, audience: 3 });
  });

  it('sends to each subscriber once, however often it is pressed, and the schedule adds nothing', async () => {
    const emails = await subscribe(4);
    expect(await sendAlertToSubscribers(alert, deps())).toEqual({ kind: 'enqueued', recipients: 4, enqueued: 4 });
    expect(await sendAlertToSubscribers(alert, deps())).toEqual({ kind: 'already_sent' });
    await sendAlerts({ ...deps(), alerts: [{ ...alert, email: true }] });
    expect(fake.delivered.map((d) => d.email.to[0]).sort()).toEqual(emails.sort());
    expect(await alertProgress(alert, deps())).toMatchObject({ sent: true, recipients: 4, delivered: 4, queued: 0 });
  });

  it('two presses at once still send each email once', async () => {
    const emails = await subscribe(5);
    await Promise.all([sendAlertToSubscribers(alert, deps()), sendAlertToSubscribers(alert, deps())]);
    expect(fake.delivered.map((d) => d.email.to[0]).sort()).toEqual(emails.sort());
  });

  it("reads a few records for a sent alert's progress, however long its list, as the sender counts", async () => {
    // every read the progress makes, counted
    const reads = { records: 0, listings: [] as string[] };
    const counted: JsonStore = {
      ...store,
      get: (key) => {
        reads.records++;
        return store.get(key);
      },
      keys: (prefix) => {
        reads.listings.push(prefix ?? '');
        return store.keys(prefix);
      },
    };
    const watched = (): AlertMailDeps => ({
      ...deps(),
      signups: counted,
      engine: { ...deps().engine, store: counted },
    });
    const progressReads = async () => {
      reads.records = 0;
      reads.listings = [];
      const progress = await alertProgress(alert, watched());
      return { progress, records: reads.records, listings: reads.listings };
    };

    const emails = await subscribe(60);
    await suppressAddress(store, SALT, emails[0]!, 'bounce', clock.now());
    await fake.goDown(503);
    await sendAlertToSubscribers(alert, deps());
    const queued = await progressReads();
    expect(queued.progress).toMatchObject({ sent: true, recipients: 60, queued: 59, delivered: 0, failed: 1 });
    // the marker and one run's tally (the one that gave up on the suppressed address); no subscriber, no queue listing
    expect(queued.records).toBe(2);
    expect(queued.listings).toEqual(['tally/alert/house-budget-vote/']);

    await fake.recover();
    clock.advance(60 * 60_000);
    // the next sender run sends the batch Resend refused
    await runSender(deps().engine);
    const done = await progressReads();
    expect(done.progress).toMatchObject({ sent: true, recipients: 60, queued: 0, delivered: 59, failed: 1 });
    expect(fake.delivered).toHaveLength(59);
    // the marker and one record per sender run that counted any of it (two here): not one per subscriber
    expect(done.records).toBe(3);
    expect(done.listings).toEqual(['tally/alert/house-budget-vote/']);
  });

  it('shows emails still queued when Resend is down, and sends nothing without MAIL_FROM', async () => {
    await subscribe(2);
    expect(await sendAlertToSubscribers(alert, deps(null))).toEqual({ kind: 'not_configured' });
    expect(await sendTestAlert(alert, { house: null, senate: null }, STAFF, deps(null))).toEqual({
      kind: 'not_configured',
    });
    await fake.goDown(503);
    await sendAlertToSubscribers(alert, deps());
    expect(await alertProgress(alert, deps())).toMatchObject({ sent: true, queued: 2, delivered: 0, failed: 0 });
  });
});
