/**
 * What a letter's reply waits for, apart from any queue: N letters (`N`, 300 by default) posted one after another
 * behind a senders' backlog, to the letter function over a local Blobs server that nothing else uses, the work after
 * each reply (Netlify's waitUntil) awaited before the next and not timed. Its time is the request's rounds of Blobs
 * calls and its own CPU; the surge (surge.ts) adds the queueing of a shared machine on top.
 *   npm exec -- tsx scripts/bench/letter-reply-wait.ts
 */
import { handle } from '../../functions/letters.mts';
import { startLocalBlobs } from '../../tests/helpers/blobs.ts';
import { startFakeResend } from '../../tests/helpers/fake-resend.ts';
import { jsonPost, letterDeps, manyLetters, seatedPoints, testClock } from '../../tests/helpers/letters.ts';

const N = Number(process.env.N ?? 300);
/** requests first made to warm the instance (the finder's data, the settings), not timed */
const WARM_UP = 20;

const blobs = await startLocalBlobs();
const fake = await startFakeResend();
const store = blobs.store('reply-wait');
const clock = testClock();
// a backlog queued: each request stores and enqueues, and leaves its emails to the senders, as in a surge
await store.set('mail/backlog', { until: new Date(clock.now().getTime() + 3600_000).toISOString() });
const afterReply: Promise<unknown>[] = [];
const deps = { ...letterDeps(store, fake, clock), defer: (work: Promise<unknown>) => void afterReply.push(work) };
const points = seatedPoints();
const times: number[] = [];
const cpuAtStart = process.cpuUsage();
for (let i = 0; i < N + WARM_UP; i++) {
  const body = { ...manyLetters(points, i), email: `reply-wait-${i}@example.com` };
  const started = performance.now();
  // each from its own address, so no limit refuses it
  const res = await handle(jsonPost(body), { ...deps, clientIp: `10.0.${i >> 8}.${i & 255}` });
  const took = performance.now() - started;
  if (res.status !== 201) throw new Error(`letter ${i}: ${res.status} ${await res.text()}`);
  await Promise.all(afterReply.splice(0));
  if (i >= WARM_UP) times.push(took);
}
const cpu = process.cpuUsage(cpuAtStart);
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
console.log(
  `${N} letters one at a time behind a backlog: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms; ` +
    `CPU ${((cpu.user + cpu.system) / 1000 / (N + WARM_UP)).toFixed(1)} ms a letter (function and Blobs server)`,
);
await fake.close();
await blobs.stop();
