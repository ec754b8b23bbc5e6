/**
 * Email confirmation links, the one mechanism for every flow that emails one (a letter's sender, a pledge, a budget
 * alert sign-up): a link is issued for a subject (the letter, the pledge, the subscriber), its secret emailed and only
 * the secret's hash stored, with an expiry, in the flow's own store under one key layout (`confirmationKeys`); a
 * look-up checks the hash in constant time and the expiry; consuming deletes a subject's links; the daily purge
 * deletes expired ones. The pages the links open are src/server/link-pages.ts (GET shows a button, POST confirms).
 */
import { type Confirmation, confirmationSchema } from '../lib/schemas/confirmation.ts';
import { type ConfirmationFlow, confirmationKeys } from '../lib/store-keys.ts';
import { randomToken, safeEqual, sha256hex } from './ids.ts';
import type { LimitResult } from './limiter.ts';
import { readRecord, type JsonStore } from './store.ts';

export type { ConfirmationFlow } from '../lib/store-keys.ts';

/** How a link's secret is kept at rest: only its hash, so a copy of the store confirms nothing. */
export function secretHash(secret: string): string {
  return sha256hex(secret);
}

/** Whether an expiry has passed (null: it never expires). */
export function hasExpired(expiresAt: string | null, now: Date): boolean {
  return expiresAt !== null && Date.parse(expiresAt) < now.getTime();
}

/**
 * Issues a link for a subject: stores the hash of a fresh secret, and returns the secret to email (and its hash, for
 * an idempotency key). `ttlMs` null: the link lasts as long as its subject. Earlier links stay valid until they expire.
 */
export async function issueConfirmation(
  store: JsonStore,
  flow: ConfirmationFlow,
  subject: string,
  options: { now: Date; ttlMs: number | null; campaign?: string },
): Promise<{ secret: string; hash: string }> {
  const secret = randomToken();
  const hash = secretHash(secret);
  const { now, ttlMs, campaign } = options;
  const entry: Confirmation = {
    hash,
    createdAt: now.toISOString(),
    expiresAt: ttlMs === null ? null : new Date(now.getTime() + ttlMs).toISOString(),
    ...(campaign === undefined ? {} : { campaign }),
  };
  await store.set(confirmationKeys.link(flow, subject, hash), entry);
  return { secret, hash };
}

export type FoundConfirmation =
  | { kind: 'valid'; confirmation: Confirmation }
  | { kind: 'expired' }
  | { kind: 'invalid' };

/** What a link's secret confirms now: its stored entry while it is live, or why it is not. */
export async function findConfirmation(
  store: JsonStore,
  flow: ConfirmationFlow,
  subject: string,
  secret: string,
  now: Date,
): Promise<FoundConfirmation> {
  const hash = secretHash(secret);
  const entry = await readRecord(store, confirmationKeys.link(flow, subject, hash), confirmationSchema);
  // The key already names the hash; comparing the stored one too, in constant time, means a store that matched keys
  // loosely (case, prefixes) could never let a near-miss secret confirm anything.
  if (!entry || !safeEqual(entry.hash, hash)) return { kind: 'invalid' };
  if (hasExpired(entry.expiresAt, now)) return { kind: 'expired' };
  return { kind: 'valid', confirmation: entry };
}

/** Deletes every link of a subject: once it is confirmed for good, or erased. */
export async function consumeConfirmations(store: JsonStore, flow: ConfirmationFlow, subject: string): Promise<void> {
  for (const key of await store.keys(confirmationKeys.ofSubject(flow, subject))) await store.delete(key);
}

/** The daily purge: deletes links past their expiry (and unreadable ones). Returns how many went. */
export async function purgeExpiredConfirmations(store: JsonStore, now: Date): Promise<number> {
  let purged = 0;
  for (const key of await store.keys(confirmationKeys.all)) {
    const entry = await readRecord(store, key, confirmationSchema);
    if (entry && !hasExpired(entry.expiresAt, now)) continue;
    await store.delete(key);
    purged++;
  }
  return purged;
}

export type PendingWrite = { kind: 'stored' } | { kind: 'capped'; retryAfterSeconds: number } | { kind: 'lost_race' };

/**
 * Stores a record that a confirmation email will follow, within the address's daily cap on confirmation emails
 * (`takeCap`). A first record is created only if new, and only the request that created it takes from the cap, so
 * concurrent duplicates collapse onto one record and one email (`lost_race`: another request created it). A capped
 * first record is deleted again: nothing was sent, so nothing is kept. A refreshed record takes from the cap first.
 */
export async function storeBeforeConfirming(
  store: JsonStore,
  key: string,
  record: unknown,
  refresh: boolean,
  takeCap: () => Promise<LimitResult>,
): Promise<PendingWrite> {
  if (refresh) {
    const capped = await takeCap();
    if (!capped.ok) return { kind: 'capped', retryAfterSeconds: capped.retryAfterSeconds };
    await store.set(key, record);
    return { kind: 'stored' };
  }
  if (!(await store.create(key, record))) return { kind: 'lost_race' };
  const capped = await takeCap();
  if (capped.ok) return { kind: 'stored' };
  await store.delete(key);
  return { kind: 'capped', retryAfterSeconds: capped.retryAfterSeconds };
}

/**
 * The one `token` parameter of a letter's or a pledge's link: the subject's id and the secret (budget alerts' links
 * carry the two as `id` and `token`).
 */
export function linkToken(subject: string, secret: string): string {
  return `${subject}.${secret}`;
}

/** The subject and secret of a link's `token`; null for a token without a subject (a letter's link of old). */
export function splitLinkToken(token: string): { subject: string; secret: string } | null {
  const dot = token.indexOf('.');
  if (dot <= 0 || dot === token.length - 1) return null;
  return { subject: token.slice(0, dot), secret: token.slice(dot + 1) };
}
