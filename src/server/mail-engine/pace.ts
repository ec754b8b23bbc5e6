/**
 * Paces shared by every function instance, kept in the Blobs store with create-only markers, so two instances cannot
 * both take the same slot:
 * - the account's API pace: `rate/<second>/<n>`, n < RESEND_REQUESTS_PER_SECOND. A call to Resend is made only by
 *   whoever created a marker for the current second (below 1 a second: for the current period of 1/rate seconds).
 *   Resend's limit is per account, so a per-instance throttle would let several instances together exceed it.
 * - a pace per recipient (one legislator's inbox): `pace/<key>/<window>/<n>`, n < max per window.
 */
import type { JsonStore } from '../store.ts';
import { mailKeys } from './records.ts';

export type Clock = { wallNow: () => number; sleep: (ms: number) => Promise<void> };

export const realClock: Clock = { wallNow: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

/** Near the end of a second, a call could reach Resend in the next one: such a slot is not used. */
const SECOND_TAIL_MS = 150;

/**
 * Waits for a slot in the account-wide pace and takes it. Returns the marker's key (to delete later), or null when
 * `deadline` (wall-clock ms) passes first. Below 1 per second, a slot is one call per 1/perSecond seconds.
 * With `wait: false` (the request path) it looks once and never sleeps: in a period's tail it takes a slot of the
 * next period instead, since its call lands there.
 */
export async function takeRateSlot(
  store: JsonStore,
  perSecond: number,
  clock: Clock,
  deadline: number,
  options: { wait?: boolean } = {},
): Promise<string | null> {
  const slots = Math.max(1, Math.floor(perSecond));
  const periodMs = perSecond >= 1 ? 1000 : Math.ceil(1000 / perSecond);
  // at a high rate, start at a random slot: a burst would otherwise make every caller try slot 0, 1, 2 ... in turn
  const tries = Math.min(slots, 8);
  const first = slots > tries ? Math.floor(Math.random() * slots) : 0;
  const takeIn = async (period: number): Promise<string | null> => {
    for (let i = 0; i < tries; i++) {
      const key = mailKeys.rate(Math.floor((period * periodMs) / 1000), (first + i) % slots);
      if (await store.create(key, {})) return key;
    }
    return null;
  };
  for (;;) {
    const t = clock.wallNow();
    if (t >= deadline && options.wait !== false) return null;
    const period = Math.floor(t / periodMs);
    const into = t - period * periodMs;
    const inTail = into >= periodMs - SECOND_TAIL_MS;
    if (options.wait === false) return takeIn(inTail ? period + 1 : period);
    if (!inTail) {
      const key = await takeIn(period);
      if (key) return key;
    }
    // every slot of this period is taken: try again at the start of the next, a little spread out
    await clock.sleep(periodMs - (clock.wallNow() % periodMs) + Math.floor(Math.random() * 30));
  }
}

/**
 * Deletes rate markers of past seconds (every caller's, the request path's too), so the store does not grow with
 * every call: one listing of a few hundred keys at most, once per sender run.
 */
export async function dropOldRateSlots(store: JsonStore, clock: Clock): Promise<void> {
  const current = Math.floor(clock.wallNow() / 1000);
  const past = (await store.keys('rate/')).filter((k) => Number(k.split('/')[1]) + 60 < current);
  await Promise.all(past.map((k) => store.delete(k)));
}

/** Pace windows remembered per store; past this many, the memory starts again (it is only a shortcut). */
const REMEMBERED_WINDOWS = 10_000;
const remembered = new Map<string, Map<string, number>>();

/**
 * How many places of each pace window this process knows are taken in a store, shared by every request and sender
 * run of a warm instance, so a legislator's window is listed once per instance rather than once per letter. It is a
 * lower bound (places are only ever taken within a window), so a stale number costs a failed create, never a second
 * email over the pace. A store without an id (a test double) gets a memory of its own.
 */
export function paceMemoryFor(store: JsonStore): Map<string, number> {
  if (!store.id) return new Map();
  let memory = remembered.get(store.id);
  if (!memory || memory.size > REMEMBERED_WINDOWS) {
    memory = new Map();
    remembered.set(store.id, memory);
  }
  return memory;
}

/**
 * Takes one place in a recipient's pace window (e.g. 100 letters per legislator per 30 minutes). False when the
 * window is full: the email waits for the next one.
 */
export async function takePaceSlot(
  store: JsonStore,
  paceKey: string,
  pace: { max: number; windowMs: number },
  nowMs: number,
  used?: Map<string, number>,
): Promise<boolean> {
  const window = Math.floor(nowMs / pace.windowMs);
  const known = `${paceKey}\n${window}`;
  // `used` (one sender run's memory) spares a listing per email: places are only ever taken, never given back
  let n = used?.get(known) ?? (await store.keys(`pace/${paceKey}/${window}/`)).length;
  for (; n < pace.max; n++) {
    // the marker says when its window ends, so the daily purge can delete it (purgeMailRecords)
    const until = new Date((window + 1) * pace.windowMs).toISOString();
    if (await store.create(mailKeys.pace(paceKey, window, n), { at: until })) {
      used?.set(known, Math.max(used.get(known) ?? 0, n + 1));
      return true;
    }
  }
  used?.set(known, pace.max);
  return false;
}

/** When the current pace window of this length ends. */
export function nextPaceWindow(nowMs: number, windowMs: number): number {
  return (Math.floor(nowMs / windowMs) + 1) * windowMs;
}

type EntryPace = { paceKey: string; max: number; windowMs: number };
const pacedEntries = new Map<string, Map<string, EntryPace>>();

/**
 * The pace of each queued email this process has read, per store: an email is never changed once queued, so a warm
 * sender knows, without reading it again, that an email is held by a window it knows is full (a senator's letters in
 * a surge: thousands, each read again on every run before). Forgotten past REMEMBERED_WINDOWS * 10 emails.
 */
export function entryPacesFor(store: JsonStore): Map<string, EntryPace> {
  if (!store.id) return new Map();
  let memory = pacedEntries.get(store.id);
  if (!memory || memory.size > REMEMBERED_WINDOWS * 10) {
    memory = new Map();
    pacedEntries.set(store.id, memory);
  }
  return memory;
}

/** Whether an email's remembered pace window is known full now (places are only ever taken within a window). */
export function heldByFullWindow(pace: EntryPace | undefined, used: Map<string, number>, nowMs: number): boolean {
  if (!pace) return false;
  return (used.get(`${pace.paceKey}\n${Math.floor(nowMs / pace.windowMs)}`) ?? 0) >= pace.max;
}
