/**
 * What the mail engine keeps in its Blobs store ("mail"), each record with its schema (DESIGN.md, convention 14), and
 * where each lives. Keys are designed for the reads the engine needs, and kept few per email (a surge is tens of
 * thousands): `due/<entry>` holds an email waiting (one write to enqueue, one delete once sent; `entry/<entry>` held it
 * beside an empty `due/` marker before, and is still read for emails queued then), `claim/<entry>` names the one batch
 * that sends it,
 * `batch/` lists the batches not yet finished, `result/<batch>` what Resend answered for each of its emails,
 * `failed/<entry>` what was given up (kept for staff), `status/<statusKey>` delivery events staff read per letter,
 * `resend/<batch>/<n>` whose turn each resend of a tried batch was (a sender's, or a cancel's).
 */
import { z } from 'zod';
import { sha256hex } from '../ids.ts';

const outgoingEmailSchema = z.object({
  from: z.string(),
  to: z.array(z.string()).min(1),
  cc: z.array(z.string()).optional(),
  replyTo: z.string().optional(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  headers: z.record(z.string(), z.string()).optional(),
  tags: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
});

export const recipientRoleSchema = z.enum(['legislator', 'constituent', 'subscriber', 'staff']);
export type RecipientRole = z.infer<typeof recipientRoleSchema>;

/** One email in the queue. Written once (create-only) and never changed, so a retried batch is the same payload. */
export const mailEntrySchema = z.object({
  id: z.string(),
  idempotencyKey: z.string(),
  /** what it is, for logs and staff: alert, letter, confirmation, staff */
  kind: z.string(),
  email: outgoingEmailSchema,
  createdAt: z.string(),
  /** not sent before this time */
  notBefore: z.string().optional(),
  /** not sent after this time: dropped unsent (a sign-in link that no longer works would only confuse) */
  expiresAt: z.string().optional(),
  /** emails sharing a pace key are paced together (one legislator's inbox): at most `pace.max` per window */
  paceKey: z.string().optional(),
  pace: z.object({ max: z.number().int().positive(), windowMs: z.number().int().positive() }).optional(),
  /** where delivery events are kept for staff, e.g. letter/<letter id>/<legislator id> */
  statusKey: z.string().optional(),
  /** who receives it: a bounce from a legislator's address raises a staff notice */
  recipientRole: recipientRoleSchema.optional(),
  /** the group whose running count it adds to as it ends (tally.ts): `alert/<slug>` for an alert's progress */
  tally: z.string().optional(),
  /** the queue item it was enqueued in, when a bundle of many (an alert's): claimed, sent and cleared with them */
  bundle: z.string().optional(),
  /**
   * The letter it is one email of (its key in the letters store) and that letter's content hash: sent only while
   * the stored letter carries that hash, so of two submissions racing under one letter id only the stored one's go.
   */
  madeFor: z.object({ letter: z.string(), contentHash: z.string() }).optional(),
});
export type MailEntry = z.infer<typeof mailEntrySchema>;

/**
 * Many emails as one queue item (`due/<bundle>`): an alert's, whose emails share no pace. One write to enqueue, one
 * claim and one delete for them all, where one each per email made an alert of 20,000 five calls an email.
 */
export const mailBundleSchema = z.object({ bundle: z.array(mailEntrySchema).min(1) });

/** How one email of a batch ended. */
export const mailStateSchema = z.object({
  entryId: z.string(),
  status: z.enum(['sent', 'failed']),
  providerId: z.string().optional(),
  /** why it failed: CANCELLED when it was stopped before it went (cancel.ts), never sent */
  error: z.string().optional(),
});

/** The error of an email cancelled before it went: failed, as far as a flow is concerned, and never sent. */
export const CANCELLED = 'cancelled';
/** The error of an email dropped unsent because its `expiresAt` passed while it waited. */
export const EXPIRED = 'expired';
/** The error of an email dropped unsent because the record it was made for is not the one stored (`madeFor`). */
export const SUPERSEDED = 'superseded';
export type MailState = z.infer<typeof mailStateSchema>;

/** A finished batch: when, and each email's outcome. */
export const batchResultSchema = z.object({ batchId: z.string(), at: z.string(), results: z.array(mailStateSchema) });
export type BatchResultRecord = z.infer<typeof batchResultSchema>;

/** An email given up on (or refused by Resend), kept whole for staff. */
export const failedMailSchema = z.object({ entry: mailEntrySchema, at: z.string(), error: z.string() });

/** A batch not yet finished: the entries it tried to claim, and when to try sending it again. */
export const batchSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  /** when the first send was tried: the 24-hour idempotency window runs from here */
  firstAttemptAt: z.string().nullable(),
  candidates: z.array(z.string()),
  attempts: z.number().int(),
  /** how many resends have taken their turn (`resend/<batch>/<n>`), so a cancel can take the next turn first */
  resends: z.number().int().optional(),
  nextAttemptAt: z.string(),
  lastError: z.string().optional(),
});
export type BatchRecord = z.infer<typeof batchSchema>;

/**
 * The entries a batch holds, fixed once (create-only) before its first send, with the entries themselves: every
 * retry sends exactly these, in this order, even after some due records are gone.
 */
export const membersSchema = z.object({ entries: z.array(mailEntrySchema) });

/** What Resend told us about one email, kept where staff look for it. */
export const deliveryStatusSchema = z.object({
  event: z.string(),
  at: z.string(),
  providerId: z.string(),
  entryId: z.string().nullable(),
  detail: z.string().optional(),
});
export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;

/** An entry's id: its idempotency key hashed, so keys never hold an address and are safe as Blobs keys. */
export function entryIdFor(idempotencyKey: string): string {
  return sha256hex(`mail\n${idempotencyKey}`).slice(0, 32);
}

export const mailKeys = {
  /** an email waiting, whole: the sender lists the keys (a listing never reads the emails) and reads each it forms */
  due: (id: string) => `due/${id}`,
  /** the email itself, in the layout before `due/` held it (an empty `due/` marker beside it): read, then deleted */
  entry: (id: string) => `entry/${id}`,
  claim: (id: string) => `claim/${id}`,
  result: (batchId: string) => `result/${batchId}`,
  failed: (id: string) => `failed/${id}`,
  batch: (id: string) => `batch/${id}`,
  members: (id: string) => `members/${id}`,
  /** the n-th resend's turn: taken create-only by the sender resending the batch, or by a cancel to stop it */
  resend: (id: string, n: number) => `resend/${id}/${n}`,
  rate: (second: number, slot: number) => `rate/${second}/${slot}`,
  pace: (paceKey: string, window: number, slot: number) => `pace/${paceKey}/${window}/${slot}`,
  suppressed: (hash: string) => `suppressed/${hash}`,
  status: (statusKey: string) => `status/${statusKey}`,
  webhookEvent: (id: string) => `webhook/${id}`,
  /** how many bundles a group's emails (an alert's) are split into, fixed by its first enqueuer (queue.ts) */
  bundlePlan: (id: string) => `bundles/${id}`,
  /** set by a sender that found more than a batch due: until when the request path should leave mail to it */
  backlog: 'backlog',
};

/**
 * Tags every engine email carries, so a delivery event (which echoes tags) needs no lookup: its entry, its status key
 * (hex: Resend tags take only letters, digits, _ and -) and who received it.
 */
export const TAGS = { entry: 'mail_entry', status: 'mail_status', role: 'mail_role' } as const;

/** A status key as a tag value, and back. */
export const statusTag = {
  encode: (statusKey: string) => Buffer.from(statusKey, 'utf8').toString('hex'),
  decode: (value: string) => (/^[0-9a-f]*$/.test(value) ? Buffer.from(value, 'hex').toString('utf8') : null),
};
