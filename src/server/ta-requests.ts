/**
 * Technical-assistance requests: stored first, then staff are emailed through the mail engine. A request the store
 * accepted is never lost: the email is queued even when the provider fails or STAFF_EMAIL / MAIL_FROM are not set yet
 * (the engine sends it once they are), and where it stands is the engine's own record. Keys are derived from the
 * request's content, so a double-submitted form is one request and one email.
 */
import { createHash } from 'node:crypto';
import type { AppConfig } from './config.ts';
import type { Mailer } from './mailer.ts';
import { HOUR_MS, purgeLimitMarkers, takeSlot } from './limiter.ts';
import { readRecord, type JsonStore } from './store.ts';
import { renderStaffEmail } from '../lib/ta-request-email.ts';
import { taRequestKeys } from '../lib/store-keys.ts';
import { DEFERRED, mailStatus } from './mail-engine/index.ts';
import { storedTaRequestSchema, type StoredTaRequest, type TaRequest } from '../lib/schemas/ta-request.ts';

/** Where staff notifications go (STAFF_EMAIL) and come from (MAIL_FROM as set). Unset locally: the outbox. */
export type StaffMailSettings = Pick<AppConfig, 'staffEmail' | 'mailFromHeader'>;

/** Addresses used when the outbox stands in for email (local runs): reserved .invalid names, never deliverable. */
const OUTBOX_STAFF = 'staff@outbox.invalid';
const OUTBOX_FROM = 'Take Action for Mentoring <no-reply@outbox.invalid>';

export const requestKey = taRequestKeys.request;

/** The idempotency key of a request's email to staff: one email per request, however often it is sent. */
export const staffMailKey = (id: string) => `ta-request/${id}`;

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

/** Stores a request. Returns the stored record; for a repeat, the first one. */
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
  const created = await store.create(requestKey(id), record);
  if (!created) {
    return { record: (await readRecord(store, requestKey(id), storedTaRequestSchema)) ?? record, created: false };
  }
  return { record, created: true };
}

/**
 * Emails staff about a stored request (the mail engine queues it, tries it once and retries it) and records the first
 * outcome. Never throws: the visitor's request is already safe. Sending again is harmless: the idempotency key is the
 * id. Without STAFF_EMAIL or MAIL_FROM the email names stand-ins the engine fills in once they are set.
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
  const to = settings.staffEmail ?? (outbox ? OUTBOX_STAFF : DEFERRED.staff);
  const from = settings.mailFromHeader ?? (outbox ? OUTBOX_FROM : DEFERRED.staffFrom);
  const attempts = record.notification.attempts + 1;
  const at = now.toISOString();
  let notification: StoredTaRequest['notification'];
  try {
    const email = renderStaffEmail(record);
    const result = await mailer.send(
      { from, to: [to], replyTo: record.email, ...email, tags: [{ name: 'kind', value: 'ta-request' }] },
      staffMailKey(record.id),
    );
    if (to === DEFERRED.staff || from === DEFERRED.staffFrom) {
      notification = { status: 'not_configured', attempts, lastAttemptAt: at, code: 'staff_email_or_mail_from_unset' };
    } else if (result.ok) {
      // "queued-": the engine took it and its sender delivers it (the engine's record says when)
      const queued = result.id.startsWith('queued-');
      notification = { status: queued ? 'pending' : 'sent', attempts, lastAttemptAt: at, messageId: result.id };
    } else {
      // retryable: queued in the engine, which tries again; otherwise refused or given up
      notification = {
        status: result.retryable ? 'pending' : 'failed',
        attempts,
        lastAttemptAt: at,
        code: result.code,
      };
    }
  } catch {
    notification = { status: 'failed', attempts, lastAttemptAt: at, code: 'send_threw' };
  }
  try {
    await store.set(requestKey(record.id), { ...record, notification });
  } catch {
    // the email is queued (or went) but the record could not be updated: the engine's record still says where it is
  }
  return notification;
}

/**
 * Whether staff were emailed about a request: its own record when the first try sent it, else the mail engine's
 * record of the queued email (`mail`, the engine's store).
 */
export async function staffWereEmailed(record: StoredTaRequest, mail?: JsonStore): Promise<boolean> {
  if (record.notification.status === 'sent') return true;
  return mail ? (await mailStatus(mail, staffMailKey(record.id))) === 'sent' : false;
}

/**
 * Deletes requests received more than `retentionDays` ago whose staff email went out (`mail`: the engine's store):
 * by then staff have the request in their own mailbox, and this site need not hold the requester's details. Returns
 * how many were deleted.
 * Also deletes the limit's slots of past hours.
 */
export async function purgeOldTaRequests(
  store: JsonStore,
  now: Date,
  retentionDays: number,
  mail?: JsonStore,
): Promise<number> {
  const cutoff = now.getTime() - retentionDays * 86_400_000;
  let purged = 0;
  for (const key of await store.keys(taRequestKeys.requests)) {
    const record = await readRecord(store, key, storedTaRequestSchema);
    if (!record || Date.parse(record.receivedAt) > cutoff || !(await staffWereEmailed(record, mail))) continue;
    await store.delete(key);
    purged++;
  }
  await purgeLimitMarkers(store, now); // and the limit's slots, once their window is over
  return purged;
}
