/**
 * A campaign surge through the mail engine: one budget alert to 20,000 confirmed subscribers, against a fake Resend
 * that enforces 2 calls a second for the whole account (429 above it), batches of at most 100 and idempotency keys,
 * over a local Blobs server. Two senders run at once, back to back, as two function instances would; the numbers:
 * time to enqueue, time until every subscriber was reached, and counts showing each email went exactly once.
 * (Letters move onto the engine next; this section then gains the 10,000-letter half of the surge.)
 */
import { startLocalBlobs } from '../../tests/helpers/blobs.ts';
import { startFakeResend } from '../../tests/helpers/fake-resend.ts';
import type { AlertData } from '../../src/lib/schemas/alert.ts';
import { sendDueAlerts, type AlertMailDeps } from '../../src/server/alert-mail.ts';
import type { AlertSignupRecord } from '../../src/server/alert-signups.ts';
import { readConfig } from '../../src/server/config.ts';
import { loadLocationData } from '../../src/server/find-data.ts';
import { pendingMail, runSender, type EngineDeps } from '../../src/server/mail-engine/index.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import { subscriberId } from '../../src/server/opt-in.ts';
import { budgeted, type BenchRow, type BenchSection } from './section.ts';

const SUBSCRIBERS = Number(process.env.SURGE_SUBSCRIBERS ?? 20_000);
const SALT = 'bench-salt';
/** What one scheduled run may spend sending (functions/send-mail.mts), and how often the schedule runs it. */
const RUN_BUDGET_MS = 22_000;

async function writeSubscribers(store: AlertMailDeps['signups'], districts: string[][]): Promise<void> {
  const now = new Date().toISOString();
  let next = 0;
  const worker = async () => {
    while (next < SUBSCRIBERS) {
      const i = next++;
      const email = `surge-${i}@example.com`;
      const [house, senate] = districts[i % districts.length]!;
      const record: AlertSignupRecord = {
        id: subscriberId(SALT, 'alerts', email),
        email,
        name: i % 3 === 0 ? `Subscriber ${i}` : null,
        consent: 'I agree to receive budget alert emails',
        status: 'confirmed',
        createdAt: now,
        expiresAt: null,
        confirmTokenHash: null,
        confirmedAt: now,
        lastEmailedAt: null,
        districts: i % 4 === 0 ? null : { house: house!, senate: senate! },
      };
      await store.create(`signup/${record.id}`, record);
    }
  };
  await Promise.all(Array.from({ length: 48 }, worker));
}

export const surgeSection: BenchSection = {
  name: 'surge',
  description: `an alert to ${SUBSCRIBERS.toLocaleString('en-US')} subscribers, mail engine, 2 calls/s account-wide`,
  async run() {
    const blobs = await startLocalBlobs();
    const fake = await startFakeResend('re_bench', { requestsPerSecond: 2 });
    try {
      const store = blobs.store('surge');
      const data = loadLocationData();
      const pairs = [...data.districts.values()]
        .filter((d) => d.chamber === 'house')
        .map((d) => [d.id, `ma-senate-${String((Number(d.id.slice(-3)) % 40) + 1).padStart(2, '0')}`]);
      const setupStart = performance.now();
      await writeSubscribers(store, pairs);
      const setupSeconds = (performance.now() - setupStart) / 1000;

      const config = readConfig({
        CONTEXT: 'dev',
        MAIL_FROM: 'alerts@example.org',
        URL: 'https://act.example.org',
        RATE_LIMIT_SALT: SALT,
      });
      const engine: EngineDeps = {
        store,
        mailer: resendMailer(fake.apiKey, fake.url),
        now: () => new Date(),
        salt: SALT,
        perSecond: 2,
      };
      const alert: AlertData = {
        slug: 'surge',
        title: 'The House votes on the budget tomorrow',
        date: new Date().toISOString().slice(0, 10),
        summary: 'Ask your representative to fund line item 7061-9634, Mentoring Matching Grants.',
        campaign: 'mentoring-matching-grants',
        email: true,
        audience: 'everyone',
      };
      const deps: AlertMailDeps = {
        signups: store,
        engine,
        config,
        alerts: [alert],
        legislators: data.legislators,
        districtNames: new Map([...data.districts].map(([id, d]) => [id, d.name])),
      };

      const start = performance.now();
      // The job enqueues while two sender instances (send-mail, run after run, each run as long as a scheduled
      // function may send) already send what is queued, as on Netlify, until nothing is left.
      let enqueueSeconds = 0;
      const enqueuing = sendDueAlerts(deps, { send: false }).then((run) => {
        enqueueSeconds = (performance.now() - start) / 1000;
        return run;
      });
      let done = false;
      void enqueuing.then(() => (done = true));
      let runs = 0;
      const instance = async () => {
        for (;;) {
          const left = await pendingMail(store);
          if (left.due === 0 && left.batches === 0) {
            if (done) return;
            await new Promise((r) => setTimeout(r, 1000));
            continue;
          }
          runs++;
          await runSender(engine, { budgetMs: RUN_BUDGET_MS });
        }
      };
      const [enqueued] = await Promise.all([enqueuing, instance(), instance()]);
      const totalSeconds = (performance.now() - start) / 1000;
      const sendSeconds = totalSeconds - enqueueSeconds;

      const counts = new Map<string, number>();
      for (const d of fake.delivered) counts.set(d.email.to[0]!, (counts.get(d.email.to[0]!) ?? 0) + 1);
      const duplicates = [...counts.values()].filter((c) => c > 1).length;
      const calls = fake.requests.filter((r) => r.path === '/emails/batch');
      const accepted = calls.filter((r) => r.status === 200 && !r.replay);
      const reached = counts.size;
      const rows: BenchRow[] = [
        {
          metric: 'subscribers written (setup, not timed below)',
          value: SUBSCRIBERS,
          unit: '',
          note: `${setupSeconds.toFixed(1)} s`,
        },
        {
          metric: 'alert: enqueue one email per subscriber (senders already running)',
          value: enqueueSeconds,
          unit: 's',
          note: `${enqueued.alerts[0]?.enqueued ?? 0} entries`,
        },
        budgeted(
          {
            metric: 'alert: first enqueue until every subscriber reached',
            value: totalSeconds,
            unit: 's',
            note: `${sendSeconds.toFixed(1)} s after the enqueue ended; ${runs} sender runs`,
          },
          '< 600 s',
          totalSeconds < 600 && reached === SUBSCRIBERS,
        ),
        budgeted(
          { metric: 'subscribers reached', value: reached, unit: '' },
          `= ${SUBSCRIBERS}`,
          reached === SUBSCRIBERS,
        ),
        budgeted(
          { metric: 'emails delivered', value: fake.delivered.length, unit: '' },
          `= ${SUBSCRIBERS}`,
          fake.delivered.length === SUBSCRIBERS,
        ),
        budgeted(
          { metric: 'subscribers emailed more than once', value: duplicates, unit: '' },
          '= 0',
          duplicates === 0,
        ),
        {
          metric: 'batch calls accepted',
          value: accepted.length,
          unit: '',
          note: `largest ${Math.max(...calls.map((r) => r.emails))} emails`,
        },
        {
          metric: 'calls refused 429 (account pace) / replays answered from a key',
          value: fake.rateLimited,
          unit: '',
          note: `${calls.filter((r) => r.replay).length} replays`,
        },
        {
          metric: 'sending time the account pace itself needs (batches / 2 per s)',
          value: accepted.length / 2,
          unit: 's',
          note: `on the 1-minute schedule alone (22 s per run): ${Math.ceil(accepted.length / 2 / 22) * 60} s`,
        },
      ];
      return rows;
    } finally {
      await fake.close();
      await blobs.stop();
    }
  },
};
