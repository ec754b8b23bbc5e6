/**
 * Confirmation links emailed before the one layout (src/server/confirmations.ts) was deployed, read where they were
 * stored then, only when the one layout has no such link: a person who got the email the day before still confirms.
 *
 * When to delete: once that deploy is 8 days old. Letter links and alert sign-ups lasted 7 days; a pledge's link has
 * no expiry (it also withdraws the pledge), so the hourly pledge purge moves old pledge links into the one layout, on
 * its first run. Then delete this file and its test, `oldConfirmationKeys`, `letterConfirmEntrySchema`,
 * `pledgeTokenEntrySchema`, and every line that imports from here; alert sign-ups' `confirmTokenHash` stays null.
 */
import { letterConfirmEntrySchema } from '../lib/schemas/letter-record.ts';
import { pledgeTokenEntrySchema } from '../lib/schemas/pledge-record.ts';
import type { Confirmation } from '../lib/schemas/confirmation.ts';
import { confirmationKeys, oldConfirmationKeys } from '../lib/store-keys.ts';
import { type FoundConfirmation, hasExpired, secretHash } from './confirmations.ts';
import { safeEqual } from './ids.ts';
import { readRecord, type JsonStore } from './store.ts';

/** A letter's old link: its token alone (no letter id in it), stored under the token's hash in the letters store. */
export async function findOldLetterLink(
  store: JsonStore,
  token: string,
  now: Date,
): Promise<{ kind: 'valid'; campaign: string; letterId: string } | { kind: 'expired' } | { kind: 'invalid' }> {
  const entry = await readRecord(store, oldConfirmationKeys.letter(secretHash(token)), letterConfirmEntrySchema);
  if (!entry) return { kind: 'invalid' };
  if (hasExpired(entry.expiresAt, now)) return { kind: 'expired' };
  return { kind: 'valid', campaign: entry.campaign, letterId: entry.letterId };
}

/** Deletes old letter links past their expiry (and unreadable ones): the daily purge. */
export async function purgeOldLetterLinks(store: JsonStore, now: Date): Promise<void> {
  for (const key of await store.keys(oldConfirmationKeys.letters)) {
    const entry = await readRecord(store, key, letterConfirmEntrySchema);
    if (!entry || hasExpired(entry.expiresAt, now)) await store.delete(key);
  }
}

/** A pledge's old link (the same `<id>.<secret>` token): the campaign it is for, or null. */
export async function findOldPledgeLink(
  store: JsonStore,
  id: string,
  secret: string,
): Promise<{ campaign: string } | null> {
  return readRecord(store, oldConfirmationKeys.pledge(id, secretHash(secret)), pledgeTokenEntrySchema);
}

/** Deletes a pledge's old links (with the pledge, when it is withdrawn or purged). */
export async function dropOldPledgeLinks(store: JsonStore, id: string): Promise<void> {
  for (const key of await store.keys(oldConfirmationKeys.pledgesOf(id))) await store.delete(key);
}

/**
 * Moves every old pledge link into the one layout. The old key already held the secret's hash, so the same emailed
 * link keeps working. Returns how many moved.
 */
export async function moveOldPledgeLinks(store: JsonStore, now: Date): Promise<number> {
  let moved = 0;
  for (const key of await store.keys(oldConfirmationKeys.pledges)) {
    const [, id, hash] = key.split('/') as [string, string, string];
    const entry = await readRecord(store, key, pledgeTokenEntrySchema);
    if (entry && id && hash) {
      const link: Confirmation = {
        hash,
        createdAt: entry.createdAt ?? now.toISOString(),
        expiresAt: null,
        campaign: entry.campaign,
      };
      await store.set(confirmationKeys.link('pledge', id, hash), link);
      moved++;
    }
    await store.delete(key);
  }
  return moved;
}

/** An alert sign-up's old link: the hash of its token was kept on the sign-up itself, which also held the expiry. */
export function checkOldAlertLink(
  record: { confirmTokenHash: string | null; expiresAt: string | null; createdAt: string },
  secret: string,
  now: Date,
): FoundConfirmation {
  if (!record.confirmTokenHash || !safeEqual(secretHash(secret), record.confirmTokenHash)) return { kind: 'invalid' };
  if (hasExpired(record.expiresAt, now)) return { kind: 'expired' };
  const { confirmTokenHash: hash, createdAt, expiresAt } = record;
  return { kind: 'valid', confirmation: { hash, createdAt, expiresAt } };
}
