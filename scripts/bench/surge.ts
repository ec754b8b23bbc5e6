/**
 * A campaign surge through the one mail engine, against a fake Resend that enforces 2 calls a second for the whole
 * account (429 above it), batches of at most 100 and idempotency keys:
 * 1. 10,000 letters (30,000 emails: each sender's representative, senator and copy) posted to the warm functions
 *    host as fast as it accepts them, while two sender instances (functions/send-mail.mts, run after run, each as
 *    long as a scheduled function may send) deliver. Each legislator's pace (100 letters per 30 minutes) holds the
 *    rest of their letters for later windows: the bench waits for what the pace allows and reports what it defers.
 * 2. Then a budget alert to 20,000 confirmed subscribers, enqueued by the alert job and sent by the same senders.
 * Numbers: the letter request's p50/p99 and the rate the host accepted, the time until every email the pace allows
 * had gone, the extra time the pace itself needs, the time until every subscriber was reached, and counts showing
 * each email went exactly once. `SURGE_LETTERS` and `SURGE_SUBSCRIBERS` scale it down for a quick look.
 *
 * As on Netlify, the Blobs service, the warm letter instance and the senders each run in a process of their own
 * (blobs-process.ts, host-process.ts, senders-process.ts); this one posts the letters, plays Resend and runs the
 * alert job. `SURGE_PROFILE=<folder>` writes a CPU profile of the letter instance there (node --cpu-prof).
 *
 * On Netlify only the letter instance and the Blobs service serve a letter request: the senders (scheduled
 * functions), Resend and the people posting letters are other machines. On two shared cores they would take the CPU
 * a request needs, so the processes standing for those machines (the senders, and this one: poster, fake Resend,
 * alert job) run at a lower CPU priority (nice STAND_IN_NICENESS) than the Blobs process and the letter instances:
 * they still get every cycle those leave idle.
 */
import { getPriority, loadavg, setPriority, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeResend, type FakeResend } from '../../tests/helpers/fake-resend.ts';
import { manyLetters, seatedPoints } from '../../tests/helpers/letters.ts';
import type { AlertData } from '../../src/lib/schemas/alert.ts';
import type { Legislator } from '../../src/lib/schemas/legislator.ts';
import { storeNames } from '../../src/lib/store-keys.ts';
import { sendDueAlerts, type AlertMailDeps } from '../../src/server/alert-mail.ts';
import type { AlertSignupRecord } from '../../src/server/alert-signups.ts';
import { readConfig } from '../../src/server/config.ts';
import { loadLocationData } from '../../src/server/find-data.ts';
import { liveEngineDeps } from '../../src/server/mail-engine/index.ts';
import { subscriberId } from '../../src/server/opt-in.ts';
import { openStore, storeCallCounts, type JsonStore } from '../../src/server/store.ts';
import { countingStore } from '../../tests/helpers/counting-store.ts';
import type { HostUsage } from './host-process.ts';
import { startBenchProcess, type BenchProcess } from './processes.ts';
import { budgeted, stats, type BenchRow, type BenchSection } from './section.ts';
import type { SenderCounts } from './senders-process.ts';
import { audienceCountRows } from './surge-audience.ts';

const LETTERS = Number(process.env.SURGE_LETTERS ?? 10_000);
const SUBSCRIBERS = Number(process.env.SURGE_SUBSCRIBERS ?? 20_000);
/** visitors posting at once: enough to keep the warm host busy */
const CONNECTIONS = 16;
const SALT = 'bench-salt';
/** The default per-legislator pace (LETTER_PACE). */
const PACE = { max: 100, windowMinutes: 30 };
/** the bench stops waiting after this (`SURGE_GIVE_UP_MINUTES`), and reports what had gone by then */
const GIVE_UP_MS = Number(process.env.SURGE_GIVE_UP_MINUTES ?? 40) * 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The niceness of the processes that stand for other machines (see the header): 10 gives a process about a tenth
 * of a core's share against one at 0 when both want it.
 */
const STAND_IN_NICENESS = 10;

/**
 * Lowers this process's CPU priority (poster, fake Resend, alert job) after the Blobs process and the letter
 * instances were forked at the normal one; gives back a function that restores it where the system allows (root),
 * so sections run after this one are not slowed.
 */
function runAsStandIn(): () => void {
  const before = getPriority();
  setPriority(Math.max(before, STAND_IN_NICENESS));
  return () => {
    try {
      setPriority(before);
    } catch {
      // raising a priority back needs the right to; the surge is the bench's last section
    }
  };
}

/** Every Blobs call this process has made so far (the setup and the alert job; not the host's or the senders'). */
const allCalls = () => Object.values(storeCallCounts()).reduce((s, n) => s + n, 0);

async function writeSubscribers(store: JsonStore, districts: string[][]): Promise<void> {
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

/**
 * Posts every letter, CONNECTIONS at a time to the shared instance, and one at a time to a lone instance (as Netlify
 * gives each request in flight an instance of its own: its latency is the request's, not a queue's); each sender
 * from its own client address (no limit refuses it).
 */
async function postLetters(url: string, loneUrl: string) {
  const points = seatedPoints();
  const latencies: number[] = [];
  const lone: number[] = [];
  const statuses = new Map<string, number>();
  let next = 0;
  let firstAcceptedAt = 0;
  let resets = 0;
  const worker = async (url: string, times: number[]) => {
    while (next < LETTERS) {
      const i = next++;
      const started = performance.now();
      const post = () =>
        fetch(`${url}/api/letters`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-nf-client-connection-ip': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          },
          body: JSON.stringify({ ...manyLetters(points, i), email: `letter-${i}@example.com` }),
        });
      // a connection reset on a loaded machine is tried again, as a browser would: a letter is safe to repeat
      const res = await post().catch(() => {
        resets++;
        return post();
      });
      const body = (await res.json()) as { data?: { status: string } };
      times.push(performance.now() - started);
      if (res.status === 201 && !firstAcceptedAt) firstAcceptedAt = performance.now();
      const status = `${res.status} ${body.data?.status ?? 'error'}`;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  const start = performance.now();
  await Promise.all([...Array.from({ length: CONNECTIONS }, () => worker(url, latencies)), worker(loneUrl, lone)]);
  return { latencies, lone, statuses, firstAcceptedAt, resets, seconds: (performance.now() - start) / 1000 };
}

/** What the fake received, by kind of recipient; each email known by its engine entry (its idempotency key). */
function tally(fake: FakeResend, legislatorEmails: Set<string>) {
  const perLegislator = new Map<string, number>();
  let copies = 0;
  let alerts = 0;
  const entries = new Set<string>();
  for (const d of fake.delivered) {
    const to = d.email.to[0]!;
    entries.add(d.email.tags?.find((t) => t.name === 'mail_entry')?.value ?? `untagged ${d.id}`);
    if (to.startsWith('surge-')) alerts++;
    else if (to.startsWith('letter-')) copies++;
    else if (legislatorEmails.has(to)) perLegislator.set(to, (perLegislator.get(to) ?? 0) + 1);
  }
  return { perLegislator, copies, alerts, unique: entries.size };
}

export const surgeSection: BenchSection = {
  name: 'surge',
  description:
    `${LETTERS.toLocaleString('en-US')} letters, then an alert to ${SUBSCRIBERS.toLocaleString('en-US')} ` +
    'subscribers: one mail engine, 2 calls/s account-wide',
  async run() {
    const benchStart = performance.now();
    const callsAtStart = allCalls();
    const fake = await startFakeResend('re_bench', { requestsPerSecond: 2 });
    const savedEnv = { ...process.env };
    Object.assign(process.env, {
      CONTEXT: 'dev',
      URL: 'https://act.example.org',
      MAIL_FROM: 'letters@example.org',
      RESEND_API_KEY: fake.apiKey,
      RESEND_BASE_URL: fake.url,
      RESEND_REQUESTS_PER_SECOND: '2',
      RATE_LIMIT_SALT: SALT,
      CENSUS_GEOCODER_URL: 'http://127.0.0.1:9', // letters come with a point: no geocoder is asked
    });
    const blobsDir = mkdtempSync(join(tmpdir(), 'surge-blobs-'));
    const blobs = await startBenchProcess<number>('./blobs-process.ts', { args: [blobsDir], readyField: 'port' });
    const edgeURL = `http://localhost:${blobs.ready}`;
    const context = { deployID: '0', edgeURL, uncachedEdgeURL: edgeURL, siteID: 'local-stack', token: 'local-stack' };
    process.env.NETLIFY_BLOBS_CONTEXT = Buffer.from(
      JSON.stringify({ ...context, primaryRegion: 'us-east-2' }),
    ).toString('base64');
    const profile = process.env.SURGE_PROFILE;
    const host = await startBenchProcess<string>('./host-process.ts', {
      readyField: 'url',
      nodeFlags: profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [],
    });
    const loneHost = await startBenchProcess<string>('./host-process.ts', { readyField: 'url' });
    // both instances serve only letters: their calls and CPU are the request path's
    const hostUsage = async (): Promise<HostUsage> => {
      const [a, b] = await Promise.all([host, loneHost].map((h) => h.process.reply<HostUsage>('counts', 'counts')));
      return { blobsCalls: a!.blobsCalls + b!.blobsCalls, cpuMicros: a!.cpuMicros + b!.cpuMicros };
    };
    const load = loadavg().map((n) => n.toFixed(1));
    let senders: BenchProcess | null = null;
    // from here on this process and what it forks (the senders) stand for other machines
    const restorePriority = runAsStandIn();
    try {
      const config = readConfig(process.env);
      const data = loadLocationData();
      const legislators = JSON.parse(readFileSync('content/legislators.json', 'utf8')) as Legislator[];
      const legislatorEmails = new Set(legislators.map((l) => l.email));
      const signups = openStore(storeNames.alertSignups);
      const pairs = [...data.districts.values()]
        .filter((d) => d.chamber === 'house')
        .map((d) => [d.id, `ma-senate-${String((Number(d.id.slice(-3)) % 40) + 1).padStart(2, '0')}`]);
      const setupStart = performance.now();
      await writeSubscribers(signups, pairs);
      const setupSeconds = (performance.now() - setupStart) / 1000;
      // the unsent alert's audience count, before and with the index (which it builds here), while nothing else runs
      const audienceRows = await audienceCountRows(signups, liveEngineDeps(config).store, config.salt);

      // Two sender instances, run after run, as the every-minute schedule (and send-alerts) would keep them going,
      // in their own process; they count their Blobs calls, and the letter instance its own.
      senders = (await startBenchProcess<boolean>('./senders-process.ts', { readyField: 'ready' })).process;
      const senderCounts = () => senders!.reply<SenderCounts>('counts', 'counts');

      const start = performance.now();
      const startedAtWall = Date.now();
      const before = await hostUsage();
      const letters = await postLetters(host.ready, loneHost.ready);
      const after = await hostUsage();
      const cpuPerLetterMs = (after.cpuMicros - before.cpuMicros) / 1000 / LETTERS;
      console.error(`  surge: ${LETTERS} letters posted in ${letters.seconds.toFixed(1)} s`);
      const acceptedAt = letters.firstAcceptedAt || start;
      // what the pace allows: per legislator, at most PACE.max in this window
      const expected = new Map<string, number>();
      // the letters went to each point's legislators in turn: count them from the replies' rule, by the data
      const points = seatedPoints();
      for (let i = 0; i < LETTERS; i++) {
        const at = points[i % points.length]!;
        const found = data.locator.locate(at.lon, at.lat);
        for (const id of [found.house, found.senate]) {
          const email = data.legislators.get(id ?? '')?.email;
          if (email) expected.set(email, (expected.get(email) ?? 0) + 1);
        }
      }
      const allowed = [...expected.values()].reduce((s, n) => s + Math.min(n, PACE.max), 0);
      const deferred = [...expected.values()].reduce((s, n) => s + Math.max(0, n - PACE.max), 0);
      const paceWindowsNeeded = Math.max(...[...expected.values()].map((n) => Math.ceil(n / PACE.max))) - 1;

      const alertStart = performance.now();
      const alert: AlertData = {
        slug: 'surge',
        title: 'The House votes on the budget tomorrow',
        date: new Date().toISOString().slice(0, 10),
        summary: 'Ask your representative to fund line item 7061-9634, Mentoring Matching Grants.',
        campaign: 'mentoring-matching-grants',
        email: true,
        audience: 'everyone',
      };
      // the alert job's own calls (reading subscribers, enqueuing), apart from the senders'
      const alertStore = countingStore(liveEngineDeps(config).store);
      const alertSignups = countingStore(signups);
      const alertDeps: AlertMailDeps = {
        signups: alertSignups.store,
        engine: { ...liveEngineDeps(config), store: alertStore.store },
        config,
        alerts: [alert],
        legislators: data.legislators,
        districtNames: new Map([...data.districts].map(([id, d]) => [id, d.name])),
      };
      const enqueued = await sendDueAlerts(alertDeps, { send: false });
      const enqueueSeconds = (performance.now() - alertStart) / 1000;
      const alertJobCalls = alertStore.count.calls + alertSignups.count.calls;
      const senderCallsAtAlert = (await senderCounts()).calls;
      const deliveredAtAlert = fake.delivered.length;

      let lettersDoneAt = 0;
      let alertDoneAt = 0;
      let lastReport = 0;
      for (;;) {
        const t = tally(fake, legislatorEmails);
        const legislatorsSent = [...expected].every(
          ([email, n]) => (t.perLegislator.get(email) ?? 0) >= Math.min(n, PACE.max),
        );
        if (!lettersDoneAt && t.copies >= LETTERS && legislatorsSent) lettersDoneAt = performance.now();
        if (!alertDoneAt && t.alerts >= SUBSCRIBERS) alertDoneAt = performance.now();
        if ((lettersDoneAt && alertDoneAt) || performance.now() - start > GIVE_UP_MS) break;
        if (Math.floor(performance.now() / 10_000) !== lastReport) {
          lastReport = Math.floor(performance.now() / 10_000);
          const seconds = ((performance.now() - start) / 1000).toFixed(0);
          const toLegislators = [...t.perLegislator.values()].reduce((s, n) => s + n, 0);
          console.error(
            `  surge ${seconds} s: ${toLegislators} to legislators, ${t.copies} copies, ${t.alerts} alerts`,
          );
        }
        await sleep(500);
      }
      const sent = await senders.reply<SenderCounts>('stopped', 'stop');
      const senderCalls = () => sent.calls;

      const t = tally(fake, legislatorEmails);
      const legislatorEmailsSent = [...t.perLegislator.values()].reduce((s, n) => s + n, 0);
      // a run that crosses the turn of a pace window may send a second window's letters too
      const windowMs = PACE.windowMinutes * 60_000;
      const windows = Math.floor(Date.now() / windowMs) - Math.floor(startedAtWall / windowMs) + 1;
      const overPace = [...t.perLegislator].filter(
        ([email, n]) => n > Math.min(expected.get(email) ?? 0, PACE.max * windows),
      );
      const latency = stats(letters.latencies);
      const lone = stats(letters.lone);
      const lettersSeconds = lettersDoneAt ? (lettersDoneAt - acceptedAt) / 1000 : Number.NaN;
      const alertSeconds = alertDoneAt ? (alertDoneAt - alertStart) / 1000 : Number.NaN;
      const calls = fake.requests.filter((r) => r.path === '/emails/batch');
      const accepted = calls.filter((r) => r.status === 200 && !r.replay);
      const replies = [...letters.statuses].map(([s, n]) => `${n} ${s}`).join(', ');
      const perCall = (fake.delivered.length / Math.max(1, accepted.length)).toFixed(1);
      const totalSeconds = (performance.now() - benchStart) / 1000;
      const hostAtEnd = await hostUsage();
      // the instance serves only letters: all its calls are the request path's, those after a reply included
      const requestCalls = hostAtEnd.blobsCalls - before.blobsCalls;
      const totalCalls = allCalls() - callsAtStart + hostAtEnd.blobsCalls + sent.calls;
      const perEmail = (calls: number, emails: number) => (emails > 0 ? calls / emails : Number.NaN);
      console.error(
        `  surge: ${totalSeconds.toFixed(0)} s in all, ${totalCalls} Blobs calls ` +
          `(${(requestCalls / LETTERS).toFixed(1)} per letter request, ` +
          `${perEmail(senderCalls(), fake.delivered.length).toFixed(2)} per email sent by the senders)`,
      );
      const rows: BenchRow[] = [
        {
          metric: 'machine load (1, 5, 15 min) at the start',
          value: Number(load[0]),
          unit: '',
          note: load.join(' / '),
        },
        {
          metric: 'subscribers written (setup, not timed)',
          value: SUBSCRIBERS,
          unit: '',
          note: `${setupSeconds.toFixed(1)} s`,
        },
        ...audienceRows,
        {
          metric: 'letters accepted by the warm host',
          value: LETTERS / letters.seconds,
          unit: 'letters/s',
          note:
            `${LETTERS} in ${letters.seconds.toFixed(1)} s, ${CONNECTIONS} at once ` +
            `+ 1 on a lone instance: ${replies}`,
        },
        { metric: 'letter request p50', value: latency.p50, unit: 'ms' },
        {
          // CPU, not the clock: what the instance itself spends, little moved by other work on a shared machine
          metric: 'letter request CPU time, warm instance (user + system)',
          value: cpuPerLetterMs,
          unit: 'ms',
          note: `the two letter instances, per letter; senders ${(sent.cpuMicros / 1e6).toFixed(1)} s in all`,
        },
        budgeted(
          { metric: 'letter request p99', value: latency.p99, unit: 'ms', note: `max ${latency.max.toFixed(0)} ms` },
          '< 100 ms',
          latency.p99 < 100,
        ),
        {
          // Netlify runs one request at a time per instance: this is a request's own time, with the surge around it
          metric: 'letter request p99, alone on its instance',
          value: lone.p99,
          unit: 'ms',
          note: `p50 ${lone.p50.toFixed(0)} ms, max ${lone.max.toFixed(0)} ms, ${letters.lone.length} letters`,
        },
        budgeted(
          {
            metric: 'letters: first acceptance until every email the pace allows had gone',
            value: lettersSeconds,
            unit: 's',
            note: `${allowed} to legislators + ${LETTERS} copies; ${deferred} held by the pace`,
          },
          '< 600 s',
          lettersSeconds < 600,
        ),
        {
          metric: 'letters: extra time the per-legislator pace needs',
          value: paceWindowsNeeded * PACE.windowMinutes * 60,
          unit: 's',
          note:
            `${paceWindowsNeeded} more ${PACE.windowMinutes}-minute windows for the busiest inbox ` +
            `(${Math.max(...expected.values())} letters; ${PACE.max} per window)`,
        },
        {
          metric: 'alert: enqueue one email per subscriber',
          value: enqueueSeconds,
          unit: 's',
          note: `${enqueued.alerts[0]?.enqueued ?? 0} entries`,
        },
        budgeted(
          {
            metric: 'alert: enqueue until every subscriber reached',
            value: alertSeconds,
            unit: 's',
            note:
              `${sent.runs} sender runs in all, ${sent.failedRuns} failed; ` +
              `${letters.resets} letter posts tried again`,
          },
          '< 600 s',
          alertSeconds < 600,
        ),
        budgeted(
          { metric: 'letter copies delivered', value: t.copies, unit: '' },
          `= ${LETTERS}`,
          t.copies === LETTERS,
        ),
        budgeted(
          {
            metric: 'letters delivered to legislators',
            value: legislatorEmailsSent,
            unit: '',
            note: `${overPace.length} inboxes over the pace`,
          },
          windows > 1 ? `>= ${allowed}` : `= ${allowed}`,
          (windows > 1 ? legislatorEmailsSent >= allowed : legislatorEmailsSent === allowed) && overPace.length === 0,
        ),
        budgeted(
          { metric: 'subscribers reached', value: t.alerts, unit: '' },
          `= ${SUBSCRIBERS}`,
          t.alerts === SUBSCRIBERS,
        ),
        budgeted(
          {
            metric: 'emails delivered / distinct (each once)',
            value: fake.delivered.length,
            unit: '',
            note: `${t.unique} distinct`,
          },
          `= ${t.unique}`,
          fake.delivered.length === t.unique,
        ),
        {
          metric: 'batch calls accepted',
          value: accepted.length,
          unit: '',
          note: `${perCall} emails per call; largest ${Math.max(0, ...calls.map((r) => r.emails))}`,
        },
        {
          metric: 'Blobs calls per letter request',
          value: requestCalls / LETTERS,
          unit: '',
          note: `${requestCalls} for ${LETTERS} letters (the request path alone, the senders' apart)`,
        },
        {
          metric: 'Blobs calls per email, senders (letters phase / alert phase)',
          value: perEmail(senderCalls(), fake.delivered.length),
          unit: '',
          note:
            `${perEmail(senderCallsAtAlert, deliveredAtAlert).toFixed(2)} / ` +
            `${perEmail(senderCalls() - senderCallsAtAlert, fake.delivered.length - deliveredAtAlert).toFixed(2)}; ` +
            `${senderCalls()} calls in all`,
        },
        {
          metric: 'Blobs calls per subscriber, alert job (read the audience, enqueue)',
          value: alertJobCalls / Math.max(1, SUBSCRIBERS),
          unit: '',
          note: `${alertJobCalls} calls`,
        },
        {
          metric: 'bench in all (setup included)',
          value: totalSeconds,
          unit: 's',
          note: `${totalCalls} Blobs calls in all, every process`,
        },
        {
          metric: 'calls refused 429 (account pace) / replays',
          value: fake.rateLimited,
          unit: '',
          note: `${calls.filter((r) => r.replay).length} replays`,
        },
      ];
      return rows;
    } finally {
      await host.process.close();
      await loneHost.process.close();
      await senders?.close();
      await blobs.process.close();
      rmSync(blobsDir, { recursive: true, force: true });
      await fake.close();
      process.env = savedEnv;
      restorePriority();
    }
  },
};
