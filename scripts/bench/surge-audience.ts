/**
 * The surge bench's measure of an unsent alert's audience count (the staff page's number, and the alert job's read
 * before it enqueues): every sign-up read, as before the audience index, against the index (alert-audience.ts).
 * Blobs calls are counted; seconds are taken too, though on a shared machine they say less than the calls.
 */
import { rebuildAudienceIndex, reachableAudience } from '../../src/server/alert-audience.ts';
import { confirmedSubscribers } from '../../src/server/alert-audience.ts';
import type { JsonStore } from '../../src/server/store.ts';
import { countingStore } from '../../tests/helpers/counting-store.ts';
import type { BenchRow } from './section.ts';

/** Times one run and counts its Blobs calls on both stores. */
async function measured<T>(signups: JsonStore, mail: JsonStore, run: (s: JsonStore, m: JsonStore) => Promise<T>) {
  const [s, m] = [countingStore(signups), countingStore(mail)];
  const start = performance.now();
  const result = await run(s.store, m.store);
  return { result, seconds: (performance.now() - start) / 1000, calls: s.count.calls + m.count.calls };
}

/** The three rows: the count by every sign-up, the index's one-time build from them, the count from the index. */
export async function audienceCountRows(signups: JsonStore, mail: JsonStore, salt: string): Promise<BenchRow[]> {
  const before = await measured(signups, mail, (s) => confirmedSubscribers(s));
  const build = await measured(signups, mail, (s) => rebuildAudienceIndex(s));
  const after = await measured(signups, mail, (s, m) => reachableAudience('everyone', { signups: s, mail: m, salt }));
  const row = (metric: string, m: { seconds: number; calls: number }, counted: number): BenchRow => ({
    metric,
    value: m.calls,
    unit: '',
    note: `${counted} subscribers, ${m.seconds.toFixed(2)} s`,
  });
  return [
    row('alert audience count, every sign-up read (before the index): Blobs calls', before, before.result.length),
    row('alert audience index built once from stored sign-ups: Blobs calls', build, build.result),
    row('alert audience count from the index: Blobs calls', after, after.result.length),
  ];
}
