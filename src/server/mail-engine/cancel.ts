/**
 * Cancelling a queued email, and reading where one stands. A withdrawn pledge must never get its confirmation, even
 * when a sender is forming a batch at that very moment, so cancelling uses the locks the sender takes, all
 * create-only writes: whoever writes one first wins it.
 * - The claim, `claim/<entry>`. Cancel first: the claim says `cancelled`; a sender's claim then fails and it drops the
 *   email unsent. Sender first: the email is in a batch, and what follows decides.
 * - A batch's first send is never stopped: once its members are fixed it may be with Resend at any moment.
 * - A batch tried before and waiting to be sent again (an outage, a 429) takes a turn before each resend,
 *   `resend/<batch>/<n>`. A cancel takes the turn a sender would take now (and the one before, which a sender may be
 *   taking this instant); winning both, no resend can happen, and it records the batch as cancelled. Only a batch of
 *   this one email: a shared batch must go whole, under its idempotency key.
 * Whatever happens, the queued copy is deleted, so a claim the sender gives back (its legislator's window was full)
 * or a crashed batch rebuilt from its claims finds nothing left to send.
 */
import type { JsonStore } from '../store.ts';
import { mailStateOf } from './sender.ts';
import { batchSchema, CANCELLED, EXPIRED, entryIdFor, mailKeys, membersSchema, type MailState } from './records.ts';

/** What a cancel found: stopped for good, or already in a batch (on its way, or sent). */
export type CancelOutcome = 'cancelled' | 'too_late';

/** Where one email stands, as a flow shows it: waiting, sent, given up, cancelled, or dropped past its expiry. */
export type MailStatus = 'queued' | 'sent' | 'failed' | 'cancelled' | 'expired' | 'unknown';

/** A claim record: a batch's, or a cancel's. */
type Claim = { batchId?: string; cancelled?: boolean; expired?: boolean; superseded?: boolean; at?: string };

/** Stops a batch of this one email that was tried and waits to be sent again; false when that cannot be sure. */
async function stopResends(store: JsonStore, batchId: string, entryId: string, now: Date): Promise<boolean> {
  if (await store.get(mailKeys.result(batchId))) return false; // sent, or failed for good
  const batch = batchSchema.safeParse(await store.get(mailKeys.batch(batchId)));
  const members = membersSchema.safeParse(await store.get(mailKeys.members(batchId)));
  if (!batch.success || !members.success || !batch.data.firstAttemptAt) return false;
  if (members.data.entries.some((e) => e.id !== entryId)) return false;
  const next = batch.data.resends ?? 0;
  const turns = next > 0 ? [next - 1, next] : [next];
  const mark = { cancelled: true, at: now.toISOString() };
  const won = await Promise.all(turns.map((n) => store.create(mailKeys.resend(batchId, n), mark)));
  // no failed try recorded yet: the first send may be with Resend now. Its resends are stopped, but it may have gone.
  if (!won.every(Boolean) || batch.data.attempts < 1) return false;
  const results: MailState[] = [{ entryId, status: 'failed', error: CANCELLED }];
  await store.create(mailKeys.result(batchId), { batchId, at: now.toISOString(), results });
  return true;
}

/**
 * Makes sure an email never goes, if it has not been claimed by a batch yet. Safe against a sender claiming it at
 * the same moment, and harmless when nothing was ever queued under the key (a later enqueue then never sends).
 */
export async function cancelMail(store: JsonStore, idempotencyKey: string, now: Date): Promise<CancelOutcome> {
  const id = entryIdFor(idempotencyKey);
  const mark = { cancelled: true, at: now.toISOString() };
  if (await store.create(mailKeys.claim(id), mark)) {
    await dropQueued(store, id);
    return 'cancelled';
  }
  const held = await store.get<Claim>(mailKeys.claim(id));
  if (held?.cancelled || held?.expired || held?.superseded) return 'cancelled'; // it will never go either way
  // a batch holds it: its copy in the queue goes, so nothing can send it again should that batch let it go
  await dropQueued(store, id);
  // the batch let it go meanwhile (a full legislator window): the claim is free, and now ours
  if (await store.create(mailKeys.claim(id), mark)) return 'cancelled';
  const claim = await store.get<Claim>(mailKeys.claim(id));
  if (claim?.batchId && (await stopResends(store, claim.batchId, id, now))) return 'cancelled';
  return 'too_late';
}

/** Where the email queued under this idempotency key stands, from the engine's own records. */
export async function mailStatus(store: JsonStore, idempotencyKey: string): Promise<MailStatus> {
  const id = entryIdFor(idempotencyKey);
  const state = await mailStateOf(store, id);
  if (state) return state.error === CANCELLED ? 'cancelled' : state.error === EXPIRED ? 'expired' : state.status;
  if ((await store.get(mailKeys.claim(id))) || (await store.get(mailKeys.due(id)))) return 'queued';
  return 'unknown';
}

/** The email off the queue: its marker, then the email itself (with every address in it). */
async function dropQueued(store: JsonStore, id: string): Promise<void> {
  await store.delete(mailKeys.due(id));
  await store.delete(mailKeys.entry(id));
}
