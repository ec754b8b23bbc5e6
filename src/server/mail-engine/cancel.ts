/**
 * Cancelling a queued email, and reading where one stands. A withdrawn pledge must never get its confirmation, even
 * when a sender is forming a batch at that very moment, so cancelling uses the same lock the sender claims with: the
 * create-only `claim/<entry>`. Whoever creates it first owns the email.
 * - Cancel first: the claim says `cancelled`; a sender's create then fails and it drops the email unsent.
 * - Sender first: the email belongs to a batch and is on its way (or sent); cancelling says so and changes nothing,
 *   except that the queued copy is deleted, so a claim the sender gives back (its legislator's window was full) or a
 *   crashed batch rebuilt from its claims finds nothing left to send, and cancelling tries the claim once more.
 */
import type { JsonStore } from '../store.ts';
import { mailStateOf } from './sender.ts';
import { entryIdFor, mailKeys } from './records.ts';

/** What a cancel found: stopped for good, or already in a batch (on its way, or sent). */
export type CancelOutcome = 'cancelled' | 'too_late';

/** Where one email stands, as a flow shows it: waiting, sent, given up, or cancelled. */
export type MailStatus = 'queued' | 'sent' | 'failed' | 'cancelled' | 'unknown';

/** A claim record: a batch's, or a cancel's. */
type Claim = { batchId?: string; cancelled?: boolean; at?: string };

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
  if (held?.cancelled) return 'cancelled';
  // a batch holds it: its copy in the queue goes, so nothing can send it again should that batch let it go
  await dropQueued(store, id);
  // the batch let it go meanwhile (a full legislator window): the claim is free, and now ours
  if (await store.create(mailKeys.claim(id), mark)) return 'cancelled';
  return 'too_late';
}

/** Where the email queued under this idempotency key stands, from the engine's own records. */
export async function mailStatus(store: JsonStore, idempotencyKey: string): Promise<MailStatus> {
  const id = entryIdFor(idempotencyKey);
  const claim = await store.get<Claim>(mailKeys.claim(id));
  if (claim?.cancelled) return 'cancelled';
  const state = await mailStateOf(store, id);
  if (state) return state.status;
  if (claim || (await store.get(mailKeys.due(id)))) return 'queued';
  return 'unknown';
}

/** The email off the queue: its marker, then the email itself (with every address in it). */
async function dropQueued(store: JsonStore, id: string): Promise<void> {
  await store.delete(mailKeys.due(id));
  await store.delete(mailKeys.entry(id));
}
