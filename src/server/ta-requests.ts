/**
 * Technical-assistance requests: stored first, then staff are emailed. A request the store accepted is never lost:
 * if the email fails, the record says so and a marker key (unnotified/<id>) lists it for the hourly retry and for
 * staff. Keys are derived from the request's content, so a double-submitted form is one request and one email.
 */
import { createHash } from 'node:crypto';
import type { AppConfig } from './config.ts';
import type { Mailer } from './mailer.ts';
import { HOUR_MS, purgeLimitMarkers, takeSlot } from './limiter.ts';
import { readRecord, type JsonStore } from './store.ts';
import { renderStaffEmail } from '../lib/ta-request-email.ts';
import { taRequestKeys } from '../lib/store-keys.ts';
import { storedTaRequestSchema, type StoredTaRequest, type TaRequest } from '../lib/schemas/ta-request.ts';

/** Where staff notifications go (STAFF_EMAIL) and come from (MAIL_FROM as set). Unset locally: the outbox. */
export type StaffMailSettings = Pick<AppConfig, 'staffEmail' | 'mailFromHeader'>;

/** Addresses used when the outbox stands in for email (local runs): reserved .invalid names, never deliverable. */
const OUTBOX_STAFF = 'staff@outbox.invalid';
const OUTBOX_FROM = 'Take Action for Mentoring <no-reply@outbox.invalid>';

export const requestKey = taRequestKeys.request;
export const unnotifiedKey = taRequestKeys.unnotified;

/**
 * The per-connection limit of requests per hour (each one emails staff), through the one limiter: at most `limit`
 * slots per connection and hour, created only-if-new, so a burst never gets more through. Returns the seconds to wait
 * when every slot is taken, else null.
 */
export async function takeTaRequestSlot(
  store: JsonStore,
  clientKey: string,
  now: Date,
  limit: number,
): Promise<number | null> {
  const result = await takeSlot(store, { scope: 'ta-requests-ip', limit, windowMs: HOUR_MS }, clientKey, now);
  return result.ok ? null : result.retryAfterSeconds;
}

/** The id of a request: a hash of who asked and what, so the same request sent twice is stored once. */
export function taRequestId(r: TaRequest): string {
  const basis = [r.email.toLowerCase(), r.organization.toLowerCase(), [...r.help].sort().join(','), r.message].join(
    '\n',
  );
  return createHash('sha256').update(basis).digest('hex').slice(0, 24);
}

/**
 * Stores a request (with its "not yet notified" marker written first, so a crash between the two writes leaves a
 * marker the retry can clean up, never a request nobody will look at). Returns the stored record; for a repeat,
 * the first one.
 */
export async function saveTaRequest(
  store: JsonStore,
  request: TaRequest,
  now: Date,
): Promise<{ record: StoredTaRequest; created: boolean }> {
  const id = taRequestId(request);
  const record: StoredTaRequest = {
    ...request,
    id,
    receivedAt: now.toISOString(),
    notification: { status: 'pending', attempts: 0 },
  };
  const existing = await readRecord(store, requestKey(id), storedTaRequestSchema);
  if (existing) return { record: existing, created: false };
  await store.set(unnotifiedKey(id), { id, since: record.receivedAt });
  const created = await store.create(requestKey(id), record);
  if (!created) {
    return { record: (await readRecord(store, requestKey(id), storedTaRequestSchema)) ?? record, created: false };
  }
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
    notification = {
      status: 'not_configured',
      attempts,
      lastAttemptAt: now.toISOString(),
      code: 'staff_email_or_mail_from_unset',
    };
  } else {
    try {
      const email = renderStaffEmail(record);
      const result = await mailer.send(
        { from, to: [to], replyTo: record.email, ...email, tags: [{ name: 'kind', value: 'ta-request' }] },
        `ta-request/${record.id}`,
      );
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

/**
 * Tries again for every request whose staff email has not gone out yet (the scheduled retry); returns how many went.
 */
export async function retryUnnotified(
  store: JsonStore,
  mailer: Mailer,
  settings: StaffMailSettings,
  now: Date,
  limit = 50,
): Promise<{ sent: number; pending: number }> {
  const keys = (await store.keys(taRequestKeys.unnotifieds)).slice(0, limit);
  let sent = 0;
  for (const key of keys) {
    const id = taRequestKeys.idOfUnnotified(key);
    const record = await readRecord(store, requestKey(id), storedTaRequestSchema);
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
  for (const key of await store.keys(taRequestKeys.requests)) {
    const record = await readRecord(store, key, storedTaRequestSchema);
    if (!record || Date.parse(record.receivedAt) > cutoff || record.notification.status !== 'sent') continue;
    await store.delete(key);
    purged++;
  }
  await purgeLimitMarkers(store, now); // and the limit's slots, once their window is over
  return purged;
}
