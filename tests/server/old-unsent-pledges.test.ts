// Pledge confirmations the code before the mail engine left as `unsent/` markers, moved into the engine once, over a
// real local Blobs server and the fake Resend: a live pledge's email goes once with its original link (a rerun adds
// nothing), a confirmed or expired pledge's marker is dropped unsent, and a withdrawal after the move cancels it.
import { describe, expect, it } from 'vitest';
import type { PledgeRecord } from '../../src/lib/schemas/pledge-record.ts';
import { readConfig } from '../../src/server/config.ts';
import { cancelMail, engineMailer, runSender, type EngineDeps } from '../../src/server/mail-engine/index.ts';
import { resendMailer, type Mailer } from '../../src/server/mailer.ts';
import { issueConfirmation, linkToken } from '../../src/server/confirmations.ts';
import { queueOldUnsentConfirmations } from '../../src/server/old-unsent-pledges.ts';
import { sendPledgeConfirmation } from '../../src/server/pledge-email.ts';
import { withdrawPledge, type PledgeDeps } from '../../src/server/pledges.ts';
import { scopedStore, type JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('old-unsent', (fresh) => ({ fake, clock, store } = fresh));

const config = readConfig({
  CONTEXT: 'dev',
  MAIL_FROM: 'pledges@example.org',
  URL: 'https://act.example.org',
  RATE_LIMIT_SALT: 'test-salt',
});
const unconfigured: Mailer = {
  kind: 'unconfigured',
  send: async () => ({ ok: false, retryable: true, status: null, code: 'mailer_not_configured' }),
  sendBatch: async () => ({ ok: false, retryable: true, status: null, code: 'mailer_not_configured' }),
};

/** A pledge stored by the old code while mail was unconfigured: the record, and the marker of its unsent email. */
async function oldPledge(
  k: number,
  over: Partial<PledgeRecord> = {},
): Promise<{ pledge: PledgeRecord; token: string }> {
  const id = `p${k}`;
  const pledge: PledgeRecord = {
    id,
    campaign: 'mentors-of-color',
    status: 'pending',
    createdAt: clock.now().toISOString(),
    expiresAt: new Date(clock.now().getTime() + 7 * 86_400_000).toISOString(),
    name: `Volunteer ${k}`,
    email: `volunteer${k}@example.com`,
    town: 'Boston',
    zip: null,
    districts: { house: { id: 'h', name: '8th Suffolk' }, senate: { id: 's', name: 'Third Suffolk' } },
    interests: { types: [], ages: [], languages: [] },
    ...over,
  };
  // its link, as acceptPledge issued it (it also withdraws the pledge)
  const link = await issueConfirmation(pledges(), 'pledge', id, {
    now: clock.now(),
    ttlMs: null,
    campaign: pledge.campaign,
  });
  const token = linkToken(id, link.secret);
  await pledges().set(`pledge/${pledge.campaign}/${id}`, pledge);
  await pledges().set(`unsent/${id}`, { campaign: pledge.campaign, token });
  return { pledge, token };
}

const pledges = () => scopedStore(store, 'pledges/');
const mail = () => scopedStore(store, 'mail/');
const engine = (mailer: Mailer = unconfigured): EngineDeps => ({
  store: mail(),
  mailer,
  now: clock.now,
  salt: 'test-salt',
  perSecond: 50,
});
/** The hourly job's step, with the engine as it stands (no Resend key yet, or one). */
const move = (mailer?: Mailer) => {
  const deps: PledgeDeps = {
    store: pledges(),
    mailer: engineMailer(engine(mailer), 'confirmation'),
    config,
    now: clock.now,
  };
  const send = (pledge: PledgeRecord, token: string) => sendPledgeConfirmation(pledge, token, 'Mentors of Color', deps);
  return queueOldUnsentConfirmations({ store: pledges(), now: clock.now, send });
};

describe('old unsent pledge confirmations', { timeout: 60_000 }, () => {
  it('are queued once, with their original link, and go once Resend takes them; the old markers go', async () => {
    const live = await oldPledge(1);
    await oldPledge(2, { status: 'confirmed', confirmedAt: clock.now().toISOString() });
    await oldPledge(3, { expiresAt: new Date(clock.now().getTime() - 1000).toISOString() });
    expect(await move()).toEqual({ queued: 1, dropped: 2 });
    expect(await move()).toEqual({ queued: 0, dropped: 0 }); // nothing left: one listing from now on
    expect(await pledges().keys('unsent/')).toEqual([]);
    await runSender(engine(resendMailer(fake.apiKey, fake.url)), { budgetMs: 2_000 });
    expect(fake.delivered.map((d) => d.email.to)).toEqual([['volunteer1@example.com']]);
    expect(fake.delivered[0]!.email.text).toContain(encodeURIComponent(live.token));
  });

  it('a marker left by a run cut short queues nothing twice', async () => {
    const { pledge, token } = await oldPledge(1);
    await move(); // queued; then (a crash before the marker went) the marker is back
    await pledges().set(`unsent/${pledge.id}`, { campaign: pledge.campaign, token });
    expect(await move()).toEqual({ queued: 1, dropped: 0 });
    await runSender(engine(resendMailer(fake.apiKey, fake.url)), { budgetMs: 2_000 });
    expect(fake.delivered).toHaveLength(1);
  });

  it('is cancelled by a withdrawal made after the move, before a Resend key is set', async () => {
    const { token } = await oldPledge(1);
    await move();
    expect(await withdrawPledge(token, pledges(), (key) => cancelMail(mail(), key, clock.now()))).toEqual({
      campaign: 'mentors-of-color',
    });
    await runSender(engine(resendMailer(fake.apiKey, fake.url)), { budgetMs: 2_000 });
    expect(fake.delivered).toEqual([]);
  });
});
