/**
 * Paces shared by every function instance, kept in the Blobs store with create-only markers, so two instances cannot
 * both take the same slot:
 * - the account's API pace: `rate/<second>/<n>`, n < RESEND_REQUESTS_PER_SECOND. A call to Resend is made only by
 *   whoever created a marker for the current second (below 1 a second: for the current period of 1/rate seconds).
 * Resend's limit is per account, so a per-instance throttle lets
 *   several instances together exceed it.
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
 */
export async function takeRateSlot(
  store: JsonStore,
  perSecond: number,
  clock: Clock,
  deadline: number,
): Promise<string | null> {
  const slots = Math.max(1, Math.floor(perSecond));
  const periodMs = perSecond >= 1 ? 1000 : Math.ceil(1000 / perSecond);
  for (;;) {
    const t = clock.wallNow();
    if (t >= deadline) return null;
    const period = Math.floor(t / periodMs);
    const into = t - period * periodMs;
    if (into < periodMs - SECOND_TAIL_MS) {
      for (let n = 0; n < slots; n++) {
        const key = mailKeys.rate(Math.floor((period * periodMs) / 1000), n);
        if (await store.create(key, {})) return key;
      }
    }
    // every slot of this period is taken: try again at the start of the next, a little spread out
    await clock.sleep(periodMs - (clock.wallNow() % periodMs) + Math.floor(Math.random() * 30));
  }
}

/** Deletes used rate markers of past seconds, so the store does not grow with every call. */
export async function dropRateSlots(store: JsonStore, keys: string[], perSecond: number, clock: Clock): Promise<void> {
  const periodSeconds = perSecond >= 1 ? 1 : Math.ceil(1 / perSecond);
  const current = Math.floor(clock.wallNow() / 1000);
  const past = keys.filter((k) => Number(k.split('/')[1]) + periodSeconds <= current);
  await Promise.all(past.map((k) => store.delete(k)));
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
): Promise<boolean> {
  const window = Math.floor(nowMs / pace.windowMs);
  const used = (await store.keys(`pace/${paceKey}/${window}/`)).length;
  for (let n = used; n < pace.max; n++) if (await store.create(mailKeys.pace(paceKey, window, n), {})) return true;
  return false;
}

/** When the current pace window of this length ends. */
export function nextPaceWindow(nowMs: number, windowMs: number): number {
  return (Math.floor(nowMs / windowMs) + 1) * windowMs;
}
