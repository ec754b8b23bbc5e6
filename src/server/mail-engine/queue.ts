/**
 * The durable outbound queue: one record per email, keyed by its idempotency key and written only if new, so
 * enqueuing the same email twice (a retried job, two jobs at once) is harmless. The request path only enqueues; the
 * sender (sender.ts) delivers. Also the suppression list: addresses that bounced or complained, kept only as hashes.
 */
import { MAX_BATCH, type OutgoingEmail } from '../mailer.ts';
import { normalizeEmail, sha256hex } from '../ids.ts';
import type { JsonStore } from '../store.ts';
import { TAGS, entryIdFor, mailKeys, statusTag, type MailEntry, type RecipientRole } from './records.ts';

export type EnqueueOptions = {
  kind: string;
  notBefore?: Date;
  /** dropped unsent if still queued at this time (what it carries would no longer work: a sign-in link) */
  expiresAt?: Date;
  paceKey?: string;
  pace?: { max: number; windowMs: number };
  statusKey?: string;
  recipientRole?: RecipientRole;
  /** counted in this group's running tally as it is sent or given up (tally.ts) */
  tally?: string;
  /** sent only while this letter is stored with this content hash (records.ts, MailEntry.madeFor) */
  madeFor?: MailEntry['madeFor'];
};

/** Puts one email in the queue under its idempotency key. Returns whether it was new (false: already queued). */
export async function enqueueMail(
  store: JsonStore,
  email: OutgoingEmail,
  idempotencyKey: string,
  options: EnqueueOptions,
  now: Date,
): Promise<{ id: string; created: boolean; entry: MailEntry }> {
  const entry = entryFor(email, idempotencyKey, options, now);
  // One write: the due record holds the email itself (a listing of `due/` reads keys only, never the emails).
  // Once sent, its due record is gone but its claim stays: the sender drops a repeat it finds already claimed.
  const created = await store.create(mailKeys.due(entry.id), entry);
  return { id: entry.id, created, entry };
}

/** One email as the queue keeps it, under the id its idempotency key gives it. */
function entryFor(email: OutgoingEmail, idempotencyKey: string, options: EnqueueOptions, now: Date): MailEntry {
  const id = entryIdFor(idempotencyKey);
  const ours = new Set<string>(Object.values(TAGS));
  // the engine's tags tell a delivery event (bounce, complaint, delivered) what it is about, without a lookup
  const tags = [
    ...(email.tags ?? []).filter((t) => !ours.has(t.name)),
    { name: TAGS.entry, value: id },
    ...(options.statusKey ? [{ name: TAGS.status, value: statusTag.encode(options.statusKey) }] : []),
    ...(options.recipientRole ? [{ name: TAGS.role, value: options.recipientRole }] : []),
  ];
  const entry: MailEntry = {
    id,
    idempotencyKey,
    kind: options.kind,
    email: { ...email, tags },
    createdAt: now.toISOString(),
    ...(options.notBefore ? { notBefore: options.notBefore.toISOString() } : {}),
    ...(options.expiresAt ? { expiresAt: options.expiresAt.toISOString() } : {}),
    ...(options.paceKey ? { paceKey: options.paceKey, pace: options.pace } : {}),
    ...(options.statusKey ? { statusKey: options.statusKey } : {}),
    ...(options.recipientRole ? { recipientRole: options.recipientRole } : {}),
    ...(options.tally ? { tally: options.tally } : {}),
    ...(options.madeFor ? { madeFor: options.madeFor } : {}),
  };
  return entry;
}

/** Emails a bundle holds on average: a batch takes about four whole ones, and one passes 100 next to never. */
export const BUNDLE_MEAN = 25;

type QueueItem = { email: OutgoingEmail; idempotencyKey: string; options: EnqueueOptions };

/**
 * Many unpaced emails of one group (an alert's) as bundles: one queue item per bucket, written once, claimed and
 * cleared once for all its emails. Each email's bucket is a hash of its id modulo the group's bucket count, which the
 * first enqueuer fixes (create-only) from its list's length, so every enqueuer (the job, the console, a rerun) puts
 * each email in the same bundle, and create-only bundles send each once: a bundle already queued keeps its emails.
 */
export async function enqueueBundled(
  store: JsonStore,
  group: string,
  items: QueueItem[],
  now: Date,
  concurrency = 16,
): Promise<{ created: number; existing: number }> {
  const plan = { buckets: Math.max(1, Math.ceil(items.length / BUNDLE_MEAN)) };
  const planKey = mailKeys.bundlePlan(entryIdFor(`plan:${group}`));
  if (!(await store.create(planKey, plan))) {
    const fixed = await store.get<{ buckets?: unknown }>(planKey);
    if (!Number.isInteger(fixed?.buckets)) throw new Error('mail-engine: a bundle plan is unreadable');
    plan.buckets = fixed!.buckets as number;
  }
  const buckets = new Map<number, MailEntry[]>();
  for (const item of items) {
    if (item.options.paceKey) throw new Error('mail-engine: paced emails are queued one by one');
    const entry = entryFor(item.email, item.idempotencyKey, item.options, now);
    const bucket = Number.parseInt(entry.id.slice(0, 8), 16) % plan.buckets;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), entry]);
  }
  // only if the list grew fourfold since the plan: refused rather than split, which could send an email twice
  if ([...buckets.values()].some((b) => b.length > MAX_BATCH))
    throw new Error('mail-engine: a bundle would pass a batch; the list outgrew its plan');
  const bundles = [...buckets].map(([bucket, entries]) => {
    const id = entryIdFor(`bundle:${group}:${bucket}`);
    return { id, entries: entries.map((e) => ({ ...e, bundle: id })) };
  });
  let next = 0;
  let created = 0;
  const worker = async () => {
    while (next < bundles.length) {
      const { id, entries } = bundles[next++]!;
      if (await store.create(mailKeys.due(id), { bundle: entries })) created += entries.length;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, bundles.length) }, worker));
  return { created, existing: items.length - created };
}

/** Many emails at once, a few writes in flight at a time (a surge enqueues thousands). */
export async function enqueueMany(
  store: JsonStore,
  items: QueueItem[],
  now: Date,
  concurrency = 48,
): Promise<{ created: number; existing: number }> {
  let next = 0;
  let created = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      if ((await enqueueMail(store, item.email, item.idempotencyKey, item.options, now)).created) created++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return { created, existing: items.length - created };
}

/** An address as the suppression list keeps it: a salted hash of its normalized form. */
export function addressHash(salt: string, address: string): string {
  return sha256hex(`suppress\n${salt}\n${normalizeEmail(bareAddress(address))}`).slice(0, 40);
}

/** The address inside `Name <addr>`, or the string itself. */
export function bareAddress(address: string): string {
  return /<([^<>]+)>\s*$/.exec(address)?.[1] ?? address;
}

/** Adds an address to the suppression list (a bounce or a complaint); nothing is sent to it again. */
export async function suppressAddress(
  store: JsonStore,
  salt: string,
  address: string,
  reason: string,
  now: Date,
): Promise<void> {
  await store.set(mailKeys.suppressed(addressHash(salt, address)), { reason, at: now.toISOString() });
}

/** The hashes of every suppressed address: one listing, checked before each batch is formed. */
export async function suppressedHashes(store: JsonStore): Promise<Set<string>> {
  return new Set((await store.keys('suppressed/')).map((k) => k.slice('suppressed/'.length)));
}

/** Whether an address is on the suppression list. */
export async function isSuppressed(store: JsonStore, salt: string, address: string): Promise<boolean> {
  return (await store.get(mailKeys.suppressed(addressHash(salt, address)))) !== null;
}
