// Load and faults: 500 letters at once to the warm functions host (the real default handlers, the real resend SDK,
// a local Blobs server) while the fake Resend rate-limits a share of calls, then fails outright (5xx, then refused
// connections) and recovers. The scheduled retry then runs, with its clock moved forward, until nothing is queued.
// What must hold: every accepted letter is stored once, and every email (each legislator, the sender's copy) is
// delivered exactly once, only to the legislators' own addresses and to the sender.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { handle as deliverLetters } from '../../functions/deliver-letters.mts';
import type { FunctionsHost } from '../../scripts/functions-host.ts';
import { readConfig } from '../../src/server/config.ts';
import { letterMailKey } from '../../src/server/letter-delivery.ts';
import { liveLetterDeps } from '../../src/server/letter-wiring.ts';
import { letterSummary, type DeliveryState, type LetterRecord } from '../../src/server/letter-records.ts';
import { entryIdFor } from '../../src/server/mail-engine/index.ts';
import { openStore } from '../../src/server/store.ts';
import type { Legislator } from '../../src/lib/schemas/legislator.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { manyLetters, seatedPoints } from '../helpers/letters.ts';
import { loadStackForFile } from './load-stack.ts';

const LETTERS = 500;
const CAMPAIGN = 'mentoring-matching-grants';
const legislators = JSON.parse(readFileSync('content/legislators.json', 'utf8')) as Legislator[];

const points = seatedPoints();

let fake: FakeResend;
let host: FunctionsHost;
loadStackForFile(['letters'], (stack) => ({ fake, host } = stack));

async function submit(
  i: number,
): Promise<{ status: number; body: { data?: { status: string; letterId: string }; error?: { message: string } } }> {
  const res = await fetch(`${host.url}/api/letters`, {
    method: 'POST',
    // 25 letters from each of 20 client addresses: under the per-address limit (30 an hour), which still counts them
    headers: { 'content-type': 'application/json', 'x-nf-client-connection-ip': `198.51.100.${i % 20}` },
    body: JSON.stringify(manyLetters(points, i)),
  });
  return { status: res.status, body: await res.json() };
}

/** Faults while the letters arrive: 429s for a share of calls, then 503 for everything, then refused connections. */
function injectFaults(): Promise<void> {
  fake.failRandomly(0.2, 429);
  return new Promise((done) => {
    const watch = setInterval(async () => {
      const seen = fake.requests.length;
      if (seen >= 150 && seen < 300) await fake.goDown(503);
      if (seen >= 300) {
        clearInterval(watch);
        await fake.goDown('refuse');
        await new Promise((r) => setTimeout(r, 1500));
        await fake.recover();
        fake.failRandomly(0.2, 429); // still rate-limited now and then while the queue drains
        done();
      }
    }, 20);
  });
}

it('accepts 500 letters at once through faults, then delivers every email exactly once', async () => {
  expect(points.length).toBeGreaterThan(100);
  const faults = injectFaults();
  const replies = await Promise.all(Array.from({ length: LETTERS }, (_, i) => submit(i)));
  await faults;

  // every letter is accepted: sent at once, or queued for the retry (never lost, never a server error)
  const statuses = replies.map((r) => `${r.status} ${r.body.data?.status ?? r.body.error?.message}`);
  expect(statuses.filter((s) => s !== '201 sent' && s !== '201 queued')).toEqual([]);
  const queuedAtFirst = statuses.filter((s) => s === '201 queued').length;
  expect(queuedAtFirst).toBeGreaterThan(0); // the faults really bit
  expect(fake.requests.some((r) => r.status === 429)).toBe(true);
  expect(fake.requests.some((r) => r.status === 503)).toBe(true);

  // the scheduled retry, its clock moved ten minutes per run (past every backoff), until the queue is empty
  const store = openStore('letters');
  let offset = 0;
  for (let run = 0; run < 30 && (await store.keys('due/')).length > 0; run++) {
    if (run === 1) await fake.recover(); // the rate limiting ends too
    offset += 10 * 60_000;
    const at = offset;
    await deliverLetters({ ...liveLetterDeps(readConfig(process.env)), now: () => new Date(Date.now() + at) }, 60_000);
  }
  expect(await store.keys('due/')).toEqual([]);

  // stored once each: one record per accepted letter, and the campaign counts 500
  const letterIds = replies.map((r) => r.body.data!.letterId);
  expect(new Set(letterIds).size).toBe(LETTERS);
  const stored = await store.keys(`letter/${CAMPAIGN}/`);
  expect(stored.sort()).toEqual(letterIds.map((id) => `letter/${CAMPAIGN}/${id}`).sort());
  expect((await letterSummary(store, CAMPAIGN)).total).toBe(LETTERS);

  // delivered once each: per letter, the House member, the senator and the sender, each exactly one email
  expect(fake.rejected).toEqual([]);
  // each email is known by its idempotency key: the engine tags it with the key's entry id (a batch shares one key)
  const entryOf = (d: (typeof fake.delivered)[number]) => d.email.tags?.find((t) => t.name === 'mail_entry')?.value;
  const byKey = new Map(fake.delivered.map((d) => [entryOf(d), d.email]));
  expect(byKey.size).toBe(fake.delivered.length);
  const perAddressee = new Map<string, number>();
  for (const { email } of fake.delivered) {
    const who = `${email.from} -> ${email.to.join(',')}`;
    perAddressee.set(who, (perAddressee.get(who) ?? 0) + 1);
  }
  expect([...perAddressee.values()].filter((n) => n !== 1)).toEqual([]);

  const legislatorEmails = new Set(legislators.map((l) => l.email));
  const letters = await Promise.all(stored.map((key) => store.get<LetterRecord>(key)));
  const expected: string[] = [];
  const deliveries: string[] = [];
  for (const letter of letters.map((l) => l!)) {
    expect(letter.recipients.map((r) => r.key)).toEqual(['house', 'senate']);
    for (const r of letter.recipients) {
      expect(byKey.get(entryIdFor(letterMailKey(letter, r.key)))?.to).toEqual([r.email]);
      expect(legislatorEmails.has(r.email)).toBe(true);
    }
    expect(byKey.get(entryIdFor(letterMailKey(letter, 'copy')))?.to).toEqual([letter.sender.email]);
    expected.push(...(['house', 'senate', 'copy'] as const).map((k) => letterMailKey(letter, k)));
    deliveries.push(`${letter.id}/house`, `${letter.id}/senate`, `${letter.id}/copy`);
  }
  const states = await Promise.all(deliveries.map((k) => store.get<DeliveryState>(`delivery/${k}`)));
  expect(states.filter((s) => s?.status !== 'sent')).toEqual([]);
  expect([...byKey.keys()].sort()).toEqual(expected.map(entryIdFor).sort());
  const senders = new Set(Array.from({ length: LETTERS }, (_, i) => `load-${i}@example.com`));
  expect(
    fake.delivered.flatMap((d) => d.email.to).filter((to) => !legislatorEmails.has(to) && !senders.has(to)),
  ).toEqual([]);
});
