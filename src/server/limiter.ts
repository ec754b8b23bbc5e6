/**
 * The one rate limiter, for every flow: at most `limit` actions per key (a keyed hash of an IP or an email address)
 * per fixed window. It holds under concurrency: an action takes one of `limit` numbered slot markers with the store's
 * create-if-absent (Netlify Blobs `onlyIfNew`), so however many requests arrive at once, at most `limit` get a slot.
 * Counting first and writing after (what each flow did before) let a burst through whole.
 *
 * Netlify's own `rateLimit` in each public function's config limits connections at the edge; this is the layer that
 * can key on an email address, and the one tested locally.
 */
import { limitKeys } from '../lib/store-keys.ts';
import type { AppConfig } from './config.ts';
import type { JsonStore } from './store.ts';

export type LimitRule = {
  /** which limit: its markers never mix with another's ("letters-ip", "confirmations") */
  scope: string;
  limit: number;
  windowMs: number;
};

/** `slots`: the markers this call took, so a request that turns out to need none (a resubmission) can give them back */
export type LimitResult = { ok: true; slots?: string[] } | { ok: false; retryAfterSeconds: number };

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** Markers outlive the longest window (a day) by a day, then the daily purge deletes them. */
const KEEP_MARKERS_MS = 2 * DAY_MS;

/** Seconds from now to the end of the window: what a 429 says in Retry-After. */
function retryAfter(windowStart: number, windowMs: number, now: number): number {
  return Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
}

/**
 * Takes one slot of `who`'s current window, or says how long until the next window. One random slot is tried first;
 * then slots are tried from a random place after those already taken (so a burst does not queue on slot 0), wrapping
 * round, so a free slot is never missed; refused only when every slot exists.
 */
export async function takeSlot(
  store: JsonStore,
  rule: LimitRule,
  who: string,
  now: Date,
  random = Math.random,
): Promise<LimitResult> {
  const t = now.getTime();
  const windowStart = Math.floor(t / rule.windowMs) * rule.windowMs;
  // Most people are far below their limit: one create at a random slot settles it without listing the window (a
  // listing is the costliest call a request makes, and a surge makes thousands). Taken: count, then look further.
  const guess = Math.floor(random() * rule.limit);
  const first = limitKeys.slot(rule.scope, who, windowStart, guess);
  if (await store.create(first, { at: now.toISOString() })) return { ok: true, slots: [first] };
  const taken = (await store.keys(limitKeys.window(rule.scope, who, windowStart))).length;
  if (taken >= rule.limit) return { ok: false, retryAfterSeconds: retryAfter(windowStart, rule.windowMs, t) };
  const free = rule.limit - taken;
  const start = taken + Math.floor(random() * free);
  for (let n = 0; n < rule.limit; n++) {
    const slot = limitKeys.slot(rule.scope, who, windowStart, (start + n) % rule.limit);
    if (await store.create(slot, { at: now.toISOString() })) return { ok: true, slots: [slot] };
  }
  return { ok: false, retryAfterSeconds: retryAfter(windowStart, rule.windowMs, t) };
}

/**
 * Takes a slot under every rule in turn; the first refusal wins (slots taken stay taken: a refused burst still costs).
 */
export async function takeSlots(
  store: JsonStore,
  checks: { rule: LimitRule; who: string }[],
  now: Date,
): Promise<LimitResult> {
  for (const { rule, who } of checks) {
    const result = await takeSlot(store, rule, who, now);
    if (!result.ok) return result;
  }
  return { ok: true };
}

/**
 * Takes a slot under every rule at once: one round trip instead of one per rule, for the request path. A refusal
 * under one rule still leaves the others' slots taken (as a refused burst costs anyway); the longest wait is said.
 */
export async function takeSlotsAtOnce(
  store: JsonStore,
  checks: { rule: LimitRule; who: string }[],
  now: Date,
): Promise<LimitResult> {
  const results = await Promise.all(checks.map(({ rule, who }) => takeSlot(store, rule, who, now)));
  const refused = results.filter((r) => !r.ok);
  if (refused.length === 0) return { ok: true, slots: results.flatMap((r) => (r.ok ? (r.slots ?? []) : [])) };
  return { ok: false, retryAfterSeconds: Math.max(...refused.map((r) => r.retryAfterSeconds)) };
}

/**
 * Gives back slots a request took but did not use (a letter resubmitted: it was already counted once), so the
 * limiter's checks can go in the same round trip as the read that tells a resubmission apart.
 */
export async function giveBackSlots(store: JsonStore, result: LimitResult): Promise<void> {
  if (result.ok) await Promise.all((result.slots ?? []).map((slot) => store.delete(slot)));
}

/**
 * The one clean-up of limit markers (the daily purge runs it on every store): markers of windows that ended more than
 * a day ago, and any marker in an older layout.
 */
export async function purgeLimitMarkers(store: JsonStore, now: Date): Promise<number> {
  let purged = 0;
  for (const key of await store.keys(limitKeys.all)) {
    const start = limitKeys.windowStartOf(key);
    if (Number.isFinite(start) && start > 1e12 && start + KEEP_MARKERS_MS > now.getTime()) continue;
    await store.delete(key);
    purged++;
  }
  return purged;
}

/** Every limit a flow applies, with its window, from the configuration (README: Configuration). */
export function limitRules(limits: AppConfig['limits']) {
  return {
    lettersPerIp: { scope: 'letters-ip', limit: limits.lettersPerIpPerHour, windowMs: HOUR_MS },
    lettersPerEmail: { scope: 'letters-email', limit: limits.lettersPerEmailPerDay, windowMs: DAY_MS },
    pledgesPerIp: { scope: 'pledges-ip', limit: limits.pledgesPerIpPerHour, windowMs: HOUR_MS },
    alertSignupsPerIp: { scope: 'alert-signups-ip', limit: limits.alertSignupsPerIpPerHour, windowMs: HOUR_MS },
    championThanksPerIp: { scope: 'champion-thanks-ip', limit: limits.championThanksPerIpPerHour, windowMs: HOUR_MS },
    /** emails the forms make us send to the address typed in them (confirmation links), in any flow */
    confirmationsPerAddress: { scope: 'confirmations', limit: limits.confirmationsPerAddressPerDay, windowMs: DAY_MS },
  } satisfies Record<string, LimitRule>;
}
