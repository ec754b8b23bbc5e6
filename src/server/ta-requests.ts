/**
 * Technical-assistance requests: stored first, then staff are emailed. A request the store accepted is never lost:
 * if the email fails, the record says so and a marker key (unnotified/<id>) lists it for the hourly retry and for
 * staff. Keys are derived from the request's content, so a double-submitted form is one request and one email.
 */
import { createHash } from 'node:crypto';
import type { AppConfig } from './config.ts';
import type { Mailer } from './mailer.ts';
import type { JsonStore } from './store.ts';
import { renderStaffEmail } from '../lib/ta-request-email.ts';
import type { StoredTaRequest, TaRequest } from '../lib/schemas/ta-request.ts';

/** Where staff notifications go (STAFF_EMAIL) and come from (MAIL_FROM as set). Unset locally: the outbox. */
export type StaffMailSettings = Pick<AppConfig, 'staffEmail' | 'mailFromHeader'>;

/** Addresses used when the outbox stands in for email (local runs): reserved .invalid names, never deliverable. */
const OUTBOX_STAFF = 'staff@outbox.invalid';
const OUTBOX_FROM = 'Take Action for Mentoring <no-reply@outbox.invalid>';

export const requestKey = (id: string) => `request/${id}`;
export const unnotifiedKey = (id: string) => `unnotified/${id}`;
const limitKey = (who: string, hour: number, slot: number) => `limit/ip/${who}/${hour}/${slot}`;

/** Slot-taking in this instance, one at a time per connection and hour (see takeTaRequestSlot). */
const taking = new Map<string, Promise<unknown>>();

/**
 * The per-connection limit of requests per hour (each one emails staff). Each request takes one of `limit` numbered
 * slots with create-if-absent, so parallel requests to different instances get at most `limit` through where the
 * store's create is atomic (Netlify Blobs); within one instance they take turns, since the local emulation's is not.
 * Returns the seconds to wait when every slot is taken, else null.
 * Lead: when the shared limiter (issue 13, h13-core) lands, this is the one call to switch over.
 */
export async function takeTaRequestSlot(
  store: JsonStore,
  clientKey: string,
  now: Date,
  limit: number,
): Promise<number | null> {
  const hour = Math.floor(now.getTime() / 3_600_000);
  const turn = `${clientKey}/${hour}`;
  const take = async () => {
    for (let slot = 0; slot < limit; slot++) {
      if (await store.create(limitKey(clientKey, hour, slot), { at: now.toISOString() })) return true;
    }
    return false;
  };
  const result = (taking.get(turn) ?? Promise.resolve()).then(take, take);
  const settled = result.catch(() => {});
  taking.set(turn, settled);
  void settled.then(() => taking.get(turn) === settled && taking.delete(turn));
  return (await result) ? null : (hour + 1) * 3600 - Math.floor(now.getTime() / 1000);
}

/** The id of a request: a hash of who asked and what, so the same request sent twice is stored once. */
export function taRequestId(r: TaRequest): string {
  const basis = [r.email.toLowerCase(), r.organization.toLowerCase(), [...r.help].sort().join(','), r.message].join('\n');
  return createHash('sha256').update(basis).digest('hex').slice(0, 24);
}

/**
 * Stores a request (with its "not yet notified" marker written first, so a crash between the two writes leaves a
 * marker the retry can clean up, never a request nobody will look at). Returns the stored record; for a repeat,
 * the first one.
 */
export async function saveTaRequest(store: JsonStore, request: TaRequest, now: Date): Promise<{ record: StoredTaRequest; created: boolean }> {
  const id = taRequestId(request);
  const record: StoredTaRequest = { ...request, id, receivedAt: now.toISOString(), notification: { status: 'pending', attempts: 0 } };
  const existing = await store.get<StoredTaRequest>(requestKey(id));
  if (existing) return { record: existing, created: false };
  await store.set(unnotifiedKey(id), { id, since: record.receivedAt });
  const created = await store.create(requestKey(id), record);
  if (!created) return { record: (await store.get<StoredTaRequest>(requestKey(id))) ?? record, created: false };
  return { record, created: true };
}

/**
 * Emails staff about a stored request and records the outcome. Never throws: the visitor's request is already safe,
 * and a failure only leaves the marker for the retry. Sending again is harmless: the idempotency key is the id.
 */
export async function notifyStaff(
  store: JsonStore,
  mailer: Mailer,
  settings: StaffMailSettings,
  record: StoredTaRequest,
  now: Date,
): Promise<StoredTaRequest['notification']> {
  if (record.notification.status === 'sent') return record.notification;
  const outbox = mailer.kind === 'outbox';
  const to = settings.staffEmail ?? (outbox ? OUTBOX_STAFF : undefined);
  const from = settings.mailFromHeader ?? (outbox ? OUTBOX_FROM : undefined);
  const attempts = record.notification.attempts + 1;
  let notification: StoredTaRequest['notification'];
  if (!to || !from) {
    notification = { status: 'not_configured', attempts, lastAttemptAt: now.toISOString(), code: 'staff_email_or_mail_from_unset' };
  } else {
    try {
      const email = renderStaffEmail(record);
      const result = await mailer.send({ from, to: [to], replyTo: record.email, ...email, tags: [{ name: 'kind', value: 'ta-request' }] }, `ta-request/${record.id}`);
      notification = result.ok
        ? { status: 'sent', attempts, lastAttemptAt: now.toISOString(), messageId: result.id }
        : { status: 'failed', attempts, lastAttemptAt: now.toISOString(), code: result.code };
    } catch {
      notification = { status: 'failed', attempts, lastAttemptAt: now.toISOString(), code: 'send_threw' };
    }
  }
  try {
    await store.set(requestKey(record.id), { ...record, notification });
    if (notification.status === 'sent') await store.delete(unnotifiedKey(record.id));
  } catch {
    // The email went (or not) but the record could not be updated: the marker stays, so the retry tries again and
    // the idempotency key stops a second email.
  }
  return notification;
}

/** Tries again for every request whose staff email has not gone out yet (the scheduled retry); returns how many went. */
export async function retryUnnotified(
  store: JsonStore,
  mailer: Mailer,
  settings: StaffMailSettings,
  now: Date,
  limit = 50,
): Promise<{ sent: number; pending: number }> {
  const keys = (await store.keys('unnotified/')).slice(0, limit);
  let sent = 0;
  for (const key of keys) {
    const id = key.slice('unnotified/'.length);
    const record = await store.get<StoredTaRequest>(requestKey(id));
    if (!record) {
      await store.delete(key); // a marker whose request was never written
      continue;
    }
    const result = await notifyStaff(store, mailer, settings, record, now);
    if (result.status === 'sent') sent++;
  }
  return { sent, pending: keys.length - sent };
}

/**
 * Deletes requests received more than `retentionDays` ago whose staff email went out: by then staff have the request
 * in their own mailbox, and this site need not hold the requester's details. Returns how many were deleted.
 * Also deletes the limit's slots of past hours.
 */
export async function purgeOldTaRequests(store: JsonStore, now: Date, retentionDays: number): Promise<number> {
  const cutoff = now.getTime() - retentionDays * 86_400_000;
  let purged = 0;
  for (const key of await store.keys('request/')) {
    const record = await store.get<StoredTaRequest>(key);
    if (!record || Date.parse(record.receivedAt) > cutoff || record.notification.status !== 'sent') continue;
    await store.delete(key);
    purged++;
  }
  // and the limit's slots, once their hour is over: they hold only a salted hash of an address
  const hour = Math.floor(now.getTime() / 3_600_000);
  for (const key of await store.keys('limit/')) if (Number(key.split('/')[3]) < hour) await store.delete(key);
  return purged;
}
