/**
 * The staff store's short-lived records, and their clean-up: sign-in links (only the token's hash is a key, so
 * the store never holds a working link), the markers that make each link single-use, and sessions signed out
 * before their 12 hours were up. The audit log lives in the same store (audit.ts).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { storeNames } from '../../lib/store-keys.ts';
import { openStore, readRecord, type JsonStore } from '../store.ts';
import { purgeOldAuditEntries } from './audit.ts';
import { SESSION_SECONDS } from './session.ts';

/** The staff store: links, used-link markers, signed-out sessions and the audit log. */
export function openStaffStore(): JsonStore {
  return openStore(storeNames.staff);
}

export const staffKeys = {
  link: (hash: string) => `link/${hash}`,
  used: (hash: string) => `used/${hash}`,
  revoked: (sessionId: string) => `revoked/${sessionId}`,
};

/** A sign-in link's token as it is stored: a SHA-256 hash (the token is 256 random bits, so no salt is needed). */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export const linkRecordSchema = z.object({
  email: z.string(),
  next: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type LinkRecord = z.infer<typeof linkRecordSchema>;

const revokedSchema = z.object({ until: z.iso.datetime() });

/** Marks a session as signed out until it would have expired anyway. */
export async function revokeSession(store: JsonStore, sessionId: string, expiresAt: number): Promise<void> {
  await store.set(staffKeys.revoked(sessionId), { until: new Date(expiresAt).toISOString() });
}

/** Whether a session was signed out (its cookie may still be in someone's browser, or copied). */
export async function isRevoked(store: JsonStore, sessionId: string): Promise<boolean> {
  return (await readRecord(store, staffKeys.revoked(sessionId), revokedSchema)) !== null;
}

const DAY_MS = 86_400_000;

/**
 * The daily clean-up of the staff store: links and their used markers a day after they were made (they work 15
 * minutes), signed-out markers once the session would have expired, audit entries after a year.
 */
export async function purgeStaffRecords(store: JsonStore, now: Date): Promise<number> {
  let purged = 0;
  const before = (iso: string | undefined, ms: number) => !iso || Date.parse(iso) + ms < now.getTime();
  for (const key of await store.keys('link/')) {
    const link = await readRecord(store, key, linkRecordSchema);
    if (link && !before(link.createdAt, DAY_MS)) continue;
    await store.delete(key);
    purged++;
  }
  for (const key of await store.keys('used/')) {
    const marker = await store.get<{ at?: string }>(key).catch(() => null);
    if (marker && !before(marker.at, DAY_MS)) continue;
    await store.delete(key);
    purged++;
  }
  for (const key of await store.keys('revoked/')) {
    const marker = await readRecord(store, key, revokedSchema);
    if (marker && !before(marker.until, SESSION_SECONDS * 1000)) continue;
    await store.delete(key);
    purged++;
  }
  return purged + (await purgeOldAuditEntries(store, now));
}
