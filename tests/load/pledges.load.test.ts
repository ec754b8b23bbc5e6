// Load and faults for pledges: 500 volunteers pledge at once to the warm functions host while the fake Resend
// rate-limits a share of calls, then fails outright and recovers. Every pledge must be stored once (pending, counted
// apart), and every volunteer must get exactly one confirmation email: at once, or from the mail engine's sender.
import { expect, it } from 'vitest';
import { handle as sendMail } from '../../functions/send-mail.mts';
import type { FunctionsHost } from '../../scripts/functions-host.ts';
import { readConfig } from '../../src/server/config.ts';
import { liveEngineDeps, pendingMail } from '../../src/server/mail-engine/index.ts';
import { districtNames } from '../../src/server/pledge-wiring.ts';
import { pledgeSummary } from '../../src/server/pledges.ts';
import { openStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { seatedPoints } from '../helpers/letters.ts';
import { loadStackForFile } from './load-stack.ts';

const PLEDGES = 500;
const CAMPAIGN = 'mentors-of-color';
const points = seatedPoints();

let fake: FakeResend;
let host: FunctionsHost;
loadStackForFile(['pledges'], (stack) => ({ fake, host } = stack));

const emailOf = (i: number) => `pledge-load-${i}@example.com`;

async function submit(
  i: number,
): Promise<{ status: number; body: { data?: { status: string }; error?: { message: string } } }> {
  const at = points[i % points.length]!;
  const res = await fetch(`${host.url}/api/pledges`, {
    method: 'POST',
    // 10 pledges from each of 50 client addresses: under the per-address limit (20 an hour)
    headers: { 'content-type': 'application/json', 'x-nf-client-connection-ip': `198.51.100.${i % 50}` },
    body: JSON.stringify({
      campaign: CAMPAIGN,
      name: `Volunteer ${i}`,
      email: emailOf(i),
      lat: at.lat,
      lon: at.lon,
      types: ['school-based'],
      ages: ['teens'],
      consent: true,
    }),
  });
  return { status: res.status, body: await res.json() };
}

/** 429s for a share of calls, then an outage (503, then refused connections), then recovery. */
function injectFaults(): Promise<void> {
  fake.failRandomly(0.2, 429);
  return new Promise((done) => {
    const watch = setInterval(async () => {
      const seen = fake.requests.length;
      if (seen >= 100 && seen < 200) await fake.goDown(503);
      if (seen >= 200) {
        clearInterval(watch);
        await fake.goDown('refuse');
        await new Promise((r) => setTimeout(r, 1500));
        await fake.recover();
        done();
      }
    }, 20);
  });
}

it('stores 500 pledges made at once through faults, and sends each volunteer exactly one confirmation', async () => {
  const faults = injectFaults();
  const replies = await Promise.all(Array.from({ length: PLEDGES }, (_, i) => submit(i)));
  await faults;

  const statuses = replies.map((r) => `${r.status} ${r.body.data?.status ?? r.body.error?.message}`);
  expect(statuses.filter((s) => s !== '201 check-email' && s !== '201 email-delayed')).toEqual([]);
  expect(statuses.filter((s) => s === '201 email-delayed').length).toBeGreaterThan(0); // the faults really bit

  // the mail engine's scheduled sender, its clock moved ten minutes per run (past every backoff), until every link
  // has gone out
  const engine = liveEngineDeps(readConfig(process.env));
  const left = () => pendingMail(engine.store);
  let offset = 0;
  for (let run = 0; run < 10 && Object.values(await left()).some((n) => n > 0); run++) {
    offset += 10 * 60_000;
    const at = offset;
    await sendMail({ ...engine, now: () => new Date(Date.now() + at) });
  }
  expect(await left()).toEqual({ due: 0, batches: 0 });

  // stored once each, pending until confirmed (counted apart from confirmed ones)
  const store = openStore('pledges');
  expect(await store.keys(`pledge/${CAMPAIGN}/`)).toHaveLength(PLEDGES);
  const summary = await pledgeSummary(store, CAMPAIGN, new Date(), districtNames());
  expect({ confirmed: summary.confirmed, pending: summary.pending }).toEqual({ confirmed: 0, pending: PLEDGES });

  // one confirmation email per volunteer, to that volunteer only, never twice
  expect(fake.rejected).toEqual([]);
  const keys = fake.delivered.map((d) => d.idempotencyKey);
  expect(new Set(keys).size).toBe(keys.length);
  const recipients = fake.delivered.flatMap((d) => d.email.to).sort();
  expect(recipients).toEqual(Array.from({ length: PLEDGES }, (_, i) => emailOf(i)).sort());
});
