/**
 * The sender: takes due emails from the queue and sends them with Resend's batch endpoint, exactly once, however many
 * senders run at once and wherever one crashes.
 *
 * 1. A batch record is written (its candidate entries), then each candidate is claimed with a create-only
 *    `claim/<entry>`: an entry belongs to the first batch that claims it, never to two.
 * 2. The batch's members are fixed with a create-only `members/<batch>` before the first send. Every later attempt
 *    sends exactly those entries (immutable records), in that order, under the batch's idempotency key, so Resend
 *    answers a repeat with the first result and sends nothing twice.
 * 3. Each call waits for a slot in the account-wide pace (pace.ts). After the call, the batch's result is written,
 *    then its entries' due records deleted; the batch record goes last. A crash anywhere leaves the batch record: the
 *    next run sends it again with the same key (Resend's 24-hour window), finishes it if its result was written, or
 *    fixes its members from the claims if it crashed before that.
 * Retries back off (Retry-After when given) and stop 23 hours after the first attempt: the rest is marked failed
 * and kept for staff. Suppressed recipients are dropped before a batch is formed.
 */
import { randomBytes } from 'node:crypto';
import type { Mailer } from '../mailer.ts';
import { MAX_BATCH } from '../mailer.ts';
import type { JsonStore } from '../store.ts';
import { addressHash, isSuppressed, suppressedHashes } from './queue.ts';
import {
  dropOldRateSlots,
  nextPaceWindow,
  entryPacesFor,
  heldByFullWindow,
  paceMemoryFor,
  realClock,
  takePaceSlot,
  takeRateSlot,
  type Clock,
} from './pace.ts';
import { runTally } from './tally.ts';
import { fillDeferred, type DeferredAddresses } from './deferred-addresses.ts';
import {
  batchResultSchema,
  batchSchema,
  CANCELLED,
  EXPIRED,
  SUPERSEDED,
  failedMailSchema,
  mailBundleSchema,
  mailEntrySchema,
  mailKeys,
  membersSchema,
  type BatchRecord,
  type MailEntry,
  type MailState,
} from './records.ts';

export type EngineDeps = {
  store: JsonStore;
  mailer: Mailer;
  /** the time that schedules retries and give-ups (a test clock in tests) */
  now: () => Date;
  /** the salt of the suppression list's hashes (RATE_LIMIT_SALT) */
  salt: string;
  /** the account's calls per second to Resend, shared by every instance */
  perSecond: number;
  /** the wall clock and sleep the account-wide pace uses */
  clock?: Clock;
  log?: (message: string, detail?: Record<string, unknown>) => void;
  /** what stand-in addresses become (deferred-addresses.ts); unset: emails naming one wait */
  addresses?: DeferredAddresses;
  /**
   * The letters store, where a letter's email finds the letter it was made for (MailEntry.madeFor); unset: such
   * emails wait for a sender that has it, never going unchecked.
   */
  letters?: JsonStore;
};

export type SendReport = {
  batches: number;
  calls: number;
  sent: number;
  failed: number;
  suppressed: number;
  rateLimited: number;
  retriesLeft: number;
  /** with `only`: how each email of the batch ended, when it was sent or refused (absent entries stay queued) */
  states?: MailState[];
};

export type SenderOptions = {
  /** how long this run may keep sending (a scheduled function has about 30 s) */
  budgetMs?: number;
  /** batches prepared and sent at once within this run */
  workers?: number;
  batchSize?: number;
  /**
   * The request path: send exactly these queued entries now, as one batch, if the account has a call free this
   * instant and no backlog is waiting. Never waits, never lists the queue; what is not sent stays queued. The caller
   * made them from the stored record they name (`madeFor`), so that record is not read again.
   */
  only?: MailEntry[];
  /** with `only`: unfinished batches to send again now, same members and key, whatever their backoff said */
  batches?: string[];
  /**
   * With `only`: someone is waiting for this email (a staff sign-in link): it goes ahead of a backlog and waits up to
   * URGENT_WAIT_MS for a call, instead of giving up at once.
   */
  urgent?: boolean;
};

/** Retries stop inside Resend's 24-hour idempotency window, so even a late retry never sends twice. */
export const GIVE_UP_AFTER_MS = 23 * 3600_000;
/** A batch being sent is left alone by other senders this long. */
const LEASE_MS = 2 * 60_000;
/** A batch whose members were never fixed this long after it began is taken to be orphaned by a crash. */
const ORPHAN_AFTER_MS = 2 * 60_000;
/**
 * A sender that finds more than a batch due marks a backlog this long: meanwhile the request path leaves its emails
 * to the senders, since a call spent on one letter's 3 emails is a call not spent on a batch of 100.
 */
const BACKLOG_MS = 2 * 60_000;
/** How long an urgent email (see SenderOptions.urgent) may wait for a call at request time. */
const URGENT_WAIT_MS = 2_000;
/**
 * A letter's email whose letter is not stored yet waits this long before it is dropped: the request writes the two
 * side by side, so a sender may read the email first; a letter still missing after this was never stored (its
 * request failed, and the person was told so).
 */
export const MADE_FOR_GRACE_MS = 10 * 60_000;
/** Letters a sender reads at once to check its emails against them (see letterReads in runSender). */
const LETTER_READS_AT_ONCE = 6;

/** Runs the tasks given to it at most `limit` at a time, in the order given. */
function fewAtATime(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      // a finished task hands its place straight to the next waiting one, so never more than `limit` run
      if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      else running++;
      try {
        return await task();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else running--;
      }
    },
  };
}

/** Waiting time after the n-th failed call: 15 s, 30 s, 1, 2, 4 ... minutes, at most 30; or longer if Resend asks. */
function backoffMs(attempts: number, retryAfterSeconds?: number): number {
  const base = Math.min(15_000 * 2 ** Math.max(0, attempts - 1), 30 * 60_000);
  return Math.max(base, (retryAfterSeconds ?? 0) * 1000);
}

async function readParsed<T>(
  store: JsonStore,
  key: string,
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
  log: EngineDeps['log'],
): Promise<T | null> {
  const raw = await store.get<unknown>(key).catch(() => null);
  if (raw === null) return null;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    log?.('mail-engine: skipped a corrupt record', { key });
    return null;
  }
  return parsed.data as T;
}

type Job = { batch: BatchRecord; entries: MailEntry[]; readyAt: number };

/** A queue item: one email, or a bundle of an alert's emails (queue.ts, enqueueBundled), claimed and sent as one. */
type Item = { id: string; entries: MailEntry[] };

/** The queue item an email came in: its bundle's, or its own. */
const itemOf = (entry: MailEntry) => entry.bundle ?? entry.id;

/** Sends what is due, for up to `budgetMs`. Safe to run in several instances at once. */
export async function runSender(deps: EngineDeps, options: SenderOptions = {}): Promise<SendReport> {
  const { store, mailer, log } = deps;
  const clock = deps.clock ?? realClock;
  const batchSize = Math.min(options.batchSize ?? MAX_BATCH, MAX_BATCH);
  const deadline = clock.wallNow() + (options.only ? 0 : (options.budgetMs ?? 25_000));
  const report: SendReport = {
    batches: 0,
    calls: 0,
    sent: 0,
    failed: 0,
    suppressed: 0,
    rateLimited: 0,
    retriesLeft: 0,
  };
  if (mailer.kind === 'unconfigured') return report; // queued until a key is set; no idempotency window starts
  const retries: Job[] = [];
  /** emails read from the layout before (`entry/` beside an empty `due/`): their entry record goes too */
  const oldLayout = new Set<string>();
  /** running counts of grouped emails (an alert's), for staff watching its progress */
  const tally = runTally(store, deps.now, log);
  const given = new Map((options.only ?? []).map((e) => [e.id, e]));
  // The request path reads the backlog marker alone (in a surge that is all it reads), then its recipients'
  // suppressions beside taking the call's slot: two round trips, and no read wasted behind a backlog.
  if (options.only && !options.urgent) {
    const backlog = await store.get<{ until: string }>(mailKeys.backlog).catch(() => null);
    if (backlog && Date.parse(backlog.until) > deps.now().getTime()) return report;
  }
  // the slot first: without one nothing is claimed, and the emails wait for a sender's full batch
  const slotForGiven = !options.only
    ? null
    : options.urgent
      ? takeRateSlot(store, deps.perSecond, clock, clock.wallNow() + URGENT_WAIT_MS)
      : takeRateSlot(store, deps.perSecond, clock, deadline, { wait: false });
  void slotForGiven?.catch(() => undefined); // awaited below; a failure there is not also an unhandled rejection
  const suppressedGiven = options.only ? suppressedAmong(options.only) : null;

  // Batches a crashed or failed run left: send them again, same members, same key.
  const unfinished = options.only ? (options.batches ?? []).map(mailKeys.batch) : await store.keys('batch/');
  for (const key of unfinished) {
    const batch = await readParsed(store, key, batchSchema, log);
    if (!batch || (!options.only && Date.parse(batch.nextAttemptAt) > deps.now().getTime())) continue;
    const result = await readParsed(store, mailKeys.result(batch.id), batchResultSchema, log);
    if (result) {
      // sent and recorded; only the tidying was cut short (the members name each email's item while they last)
      const fixed = await readParsed(store, mailKeys.members(batch.id), membersSchema, log);
      const items = fixed ? fixed.entries.map(itemOf) : result.results.map((r) => r.entryId);
      await Promise.all([...new Set(items)].map((id) => dropQueued(id, true)));
      await store.delete(mailKeys.members(batch.id));
      await dropResendTurns(batch);
      await store.delete(key);
      continue;
    }
    const members = await membersOf(batch);
    if (!members) continue;
    if (members.length === 0) {
      await store.delete(mailKeys.members(batch.id));
      await store.delete(key);
      continue;
    }
    batch.nextAttemptAt = new Date(deps.now().getTime() + LEASE_MS).toISOString();
    await store.set(key, batch);
    for (const entry of members) oldLayout.add(itemOf(entry)); // queued by another run: its layout is not known here
    retries.push({ batch, entries: members, readyAt: 0 });
  }

  // Start each run at a random place in the due list, so two senders rarely race for the same entries.
  const due = options.only ? [...given.keys()] : (await store.keys('due/')).map((k) => k.slice('due/'.length));
  if (!options.only && due.length > batchSize) {
    await store.set(mailKeys.backlog, { until: new Date(deps.now().getTime() + BACKLOG_MS).toISOString() });
  }
  const start = options.only ? 0 : Math.floor(Math.random() * due.length);
  const order = [...due.slice(start), ...due.slice(0, start)];
  let cursor = 0;
  let suppressed = suppressedGiven ? await suppressedGiven : await suppressedHashes(store);
  let suppressedAt = clock.wallNow();
  /** pace keys found full in this run, until their window ends: not asked again */
  const fullPaces = new Map<string, number>();
  /** how many places of each pace window are known taken: one listing per legislator per warm instance */
  const paceUsed = paceMemoryFor(store);
  /** the pace of each email this instance has read: one held by a window known full is not read again */
  const entryPaces = entryPacesFor(store);

  /**
   * A batch's letters are read a few at a time, not all at once: a sender's burst of a hundred reads is a queue at
   * the Blobs service that the letter requests arriving meanwhile wait in (the surge's p99 showed it).
   */
  const letterReads = fewAtATime(LETTER_READS_AT_ONCE);
  /** the content hash of each letter read in this run (a letter's three emails read it once), null when absent */
  const lettersRead = new Map<string, Promise<string | null | undefined>>();
  /**
   * The content hash of the letter stored under this key: null when none is (or it has none), undefined when the read
   * failed (not remembered: the next email of that letter reads it again).
   */
  function storedHashOf(letterKey: string, letters: JsonStore): Promise<string | null | undefined> {
    let read = lettersRead.get(letterKey);
    if (!read) {
      read = letterReads
        .run(() => letters.get<{ contentHash?: unknown }>(letterKey))
        .then(
          (letter) => (typeof letter?.contentHash === 'string' ? letter.contentHash : null),
          () => {
            lettersRead.delete(letterKey);
            return undefined;
          },
        );
      lettersRead.set(letterKey, read);
    }
    return read;
  }

  let saidNoLetters = false;
  /**
   * Whether a letter's email may go: the letter it was made for is the one stored. Another one stored under its key
   * (a different submission won the race to store it) drops it unsent, for good; none stored yet, it waits.
   */
  async function madeForStored(entry: MailEntry, now: Date): Promise<boolean> {
    if (!entry.madeFor || options.only) return true;
    if (!deps.letters) {
      if (!saidNoLetters) log?.('mail-engine: letters’ emails wait for a sender that can read letters', {});
      saidNoLetters = true;
      return false;
    }
    const stored = await storedHashOf(entry.madeFor.letter, deps.letters);
    if (stored === undefined) return false; // unread: it waits for the next run
    if (stored === entry.madeFor.contentHash) return true;
    if (stored === null && now.getTime() - Date.parse(entry.createdAt) < MADE_FOR_GRACE_MS) return false;
    await dropUnsent(entry, SUPERSEDED, now);
    return false;
  }

  /** The suppressed hashes among a few entries' recipients: one read per address instead of a listing. */
  async function suppressedAmong(entries: MailEntry[]): Promise<Set<string>> {
    const addresses = entries.flatMap((e) => [...e.email.to, ...(e.email.cc ?? [])]);
    const found = await Promise.all(addresses.map((a) => isSuppressed(store, deps.salt, a)));
    return new Set(addresses.filter((_, i) => found[i]).map((a) => addressHash(deps.salt, a)));
  }

  /** The members of a batch: fixed already, or (a crashed run's) fixed now from the claims that name it. */
  async function membersOf(batch: BatchRecord): Promise<MailEntry[] | null> {
    let fixed = await readParsed(store, mailKeys.members(batch.id), membersSchema, log);
    if (!fixed) {
      if (deps.now().getTime() - Date.parse(batch.createdAt) < ORPHAN_AFTER_MS) return null; // still being formed
      const claims = await Promise.all(
        batch.candidates.map((id) => store.get<{ batchId: string }>(mailKeys.claim(id))),
      );
      const won = batch.candidates.filter((_, i) => claims[i]?.batchId === batch.id);
      const items = await Promise.all(won.map(readItem));
      await store.create(mailKeys.members(batch.id), { entries: items.flatMap((i) => i?.entries ?? []) });
      fixed = await readParsed(store, mailKeys.members(batch.id), membersSchema, log);
      if (!fixed) return null;
    }
    return fixed.entries;
  }

  /**
   * A queue item, from its due record: one email, or a bundle of them. One queued in the layout before (an empty
   * `due/` marker beside `entry/`) is read from its entry record, remembered so that record is deleted with it.
   */
  async function readItem(id: string): Promise<Item | null> {
    const raw = await store.get<unknown>(mailKeys.due(id)).catch(() => null);
    if (raw === null) return null;
    const single = mailEntrySchema.safeParse(raw);
    if (single.success) {
      const { paceKey, pace } = single.data;
      if (paceKey && pace) entryPaces.set(id, { paceKey, ...pace });
      return { id, entries: [single.data] };
    }
    const bundle = mailBundleSchema.safeParse(raw);
    if (bundle.success) return { id, entries: bundle.data.bundle };
    if (typeof raw === 'object' && Object.keys(raw).length === 0) {
      oldLayout.add(id);
      const entry = await readParsed(store, mailKeys.entry(id), mailEntrySchema, log);
      return entry ? { id, entries: [entry] } : null;
    }
    log?.('mail-engine: skipped a corrupt record', { key: mailKeys.due(id) });
    return null;
  }

  /** An email off the queue: one delete (two for an email queued in the layout before, or when that is not known). */
  async function dropQueued(id: string, unsure = false): Promise<void> {
    await store.delete(mailKeys.due(id));
    if (unsure || oldLayout.has(id)) await store.delete(mailKeys.entry(id));
  }

  /** A finished batch's resend turns: none to list unless it was tried more than once (or a cancel took one). */
  async function dropResendTurns(batch: BatchRecord): Promise<void> {
    if (batch.attempts === 0 && !batch.resends) return;
    await Promise.all((await store.keys(`resend/${batch.id}/`)).map((k) => store.delete(k)));
  }

  /** Tidying after a batch's result is recorded: off the sending path, awaited before the run ends. */
  const tidying: Promise<unknown>[] = [];

  /**
   * Records how a batch's emails ended (failed ones kept whole for staff), then clears them from the queue. Once the
   * result is written the batch is done; clearing it can finish in the background (a crash: the next run tidies).
   */
  async function finish(batch: BatchRecord, entries: MailEntry[], states: MailState[]): Promise<void> {
    const at = deps.now().toISOString();
    await Promise.all(
      entries.map((entry, i) =>
        states[i]!.status === 'failed'
          ? store.set(mailKeys.failed(entry.id), { entry, at, error: states[i]!.error ?? 'failed' })
          : null,
      ),
    );
    // create-only: two senders that both retried a crashed batch record (and count) it once; Resend sent it once
    if (await store.create(mailKeys.result(batch.id), { batchId: batch.id, at, results: states }))
      tally.add(entries.map((entry, i) => ({ group: entry.tally, outcome: states[i]!.status })));
    if (options.only) report.states = states;
    // the members record holds whole emails (addresses, text): not kept once the batch is done
    const tidy = Promise.all([...new Set(entries.map(itemOf))].map((id) => dropQueued(id)))
      .then(() => store.delete(mailKeys.members(batch.id)))
      .then(() => dropResendTurns(batch))
      .then(() => store.delete(mailKeys.batch(batch.id)));
    tidying.push(
      tidy.catch((error) =>
        log?.('mail-engine: tidying failed; the next run finishes it', { batch: batch.id, error: String(error) }),
      ),
    );
  }

  /** Queue items read but left out of the last batch for room: the next batch starts with them. */
  const carried: Item[] = [];

  /**
   * One queue item as a batch may take it: its emails not yet due, held by a full pace window or all suppressed are
   * left out (a suppressed email is recorded failed, and counted, once); null when nothing of it can go now.
   */
  async function eligibleOf(item: Item, now: Date): Promise<Item | null> {
    const single = item.entries.length === 1 ? item.entries[0]! : null;
    if (single?.expiresAt && Date.parse(single.expiresAt) <= now.getTime()) return dropExpired(single, now);
    if (single?.notBefore && Date.parse(single.notBefore) > now.getTime()) return null;
    if (single?.paceKey && (fullPaces.get(single.paceKey) ?? 0) > now.getTime()) return null; // its window is full
    if (single && !(await madeForStored(single, now))) return null;
    // an email naming a setting not yet made (MAIL_FROM, STAFF_EMAIL) waits for it
    const ready = item.entries.map((e) => fillDeferred(e, deps.addresses));
    if (ready.some((e) => e === null)) return null;
    const entries: MailEntry[] = [];
    for (const entry of ready as MailEntry[]) {
      const recipients = [...entry.email.to, ...(entry.email.cc ?? [])];
      if (!recipients.some((a) => suppressed.has(addressHash(deps.salt, a)))) {
        entries.push(entry);
        continue;
      }
      // create-only: two senders that both found it suppressed count it once
      const first = await store.create(mailKeys.failed(entry.id), {
        entry,
        at: now.toISOString(),
        error: 'suppressed',
      });
      if (first) tally.add([{ group: entry.tally, outcome: 'failed' }]);
      report.suppressed++;
    }
    if (entries.length === 0) await dropQueued(item.id);
    return entries.length > 0 ? { id: item.id, entries } : null;
  }

  /**
   * An email past its expiry, never sent: its claim says so (create-only, the lock a batch or a cancel takes, so it
   * is dropped only if no batch has it), and it leaves the queue. Counted once, as failed.
   */
  async function dropExpired(entry: MailEntry, now: Date): Promise<null> {
    await dropUnsent(entry, EXPIRED, now);
    return null;
  }

  /** An email dropped unsent for good (expired, or superseded): its claim says why, as dropExpired describes. */
  async function dropUnsent(entry: MailEntry, why: typeof EXPIRED | typeof SUPERSEDED, now: Date): Promise<void> {
    if (await store.create(mailKeys.claim(entry.id), { [why]: true, at: now.toISOString() })) {
      tally.add([{ group: entry.tally, outcome: 'failed' }]);
      log?.(`mail-engine: an email was dropped unsent (${why})`, { entry: entry.id, kind: entry.kind });
      await dropQueued(entry.id);
    } else await mendStaleDue(entry.id); // claimed already: a live batch has it, or a crash left its queued copy
  }

  /** The next items in the run's order, as many as there is room for emails, read side by side. */
  async function nextItems(room: number): Promise<Item[]> {
    if (carried.length > 0) return carried.splice(0, carried.length);
    const ids: string[] = [];
    const nowMs = deps.now().getTime();
    while (ids.length < room && cursor < order.length) {
      const id = order[cursor++]!;
      if (options.only || !heldByFullWindow(entryPaces.get(id), paceUsed, nowMs)) ids.push(id);
    }
    if (options.only) return ids.flatMap((id) => (given.has(id) ? [{ id, entries: [given.get(id)!] }] : []));
    return (await Promise.all(ids.map(readItem))).filter((i): i is Item => i !== null);
  }

  /** Claims the next due items into a new batch of at most batchSize emails; null when nothing more is due. */
  async function formBatch(): Promise<Job | null> {
    while ((carried.length > 0 || cursor < order.length) && (options.only || clock.wallNow() < deadline)) {
      if (!options.only && clock.wallNow() - suppressedAt > 10_000) {
        suppressed = await suppressedHashes(store);
        suppressedAt = clock.wallNow();
      }
      const now = deps.now();
      const eligible: Item[] = [];
      let room = batchSize;
      // fill the batch: items another sender took, or whose legislator's window is full, make room for the next;
      // a bundle that does not fit waits for the next batch
      while (room > 0 && (carried.length > 0 || cursor < order.length)) {
        const read = await Promise.all((await nextItems(room)).map((item) => eligibleOf(item, now)));
        for (const item of read) {
          if (!item) continue;
          // (a bundle larger than a smaller batchSize goes alone: enqueueBundled keeps every bundle within MAX_BATCH)
          const fits = item.entries.length <= room || room === batchSize;
          if (fits && carried.length === 0) {
            eligible.push(item);
            room = Math.max(0, room - item.entries.length);
          } else carried.push(item);
        }
        if (carried.length > 0) break;
      }
      if (eligible.length === 0) continue;
      const batch: BatchRecord = {
        id: randomBytes(12).toString('hex'),
        createdAt: now.toISOString(),
        // the request path holds its call's slot already: the batch is sent now, so it is written once, not twice
        firstAttemptAt: options.only ? now.toISOString() : null,
        candidates: eligible.map((i) => i.id),
        attempts: 0,
        nextAttemptAt: new Date(now.getTime() + LEASE_MS).toISOString(),
      };
      await store.create(mailKeys.batch(batch.id), batch);
      const won = await Promise.all(
        eligible.map(async (item) => {
          if (!(await store.create(mailKeys.claim(item.id), { batchId: batch.id, at: now.toISOString() }))) {
            await mendStaleDue(item.id);
            return null;
          }
          const paced = item.entries.length === 1 ? item.entries[0]! : null; // a bundle is never paced (queue.ts)
          if (
            paced?.paceKey &&
            paced.pace &&
            !(await takePaceSlot(store, paced.paceKey, paced.pace, now.getTime(), paceUsed))
          ) {
            await store.delete(mailKeys.claim(item.id)); // its legislator's window is full: it waits for the next
            fullPaces.set(paced.paceKey, nextPaceWindow(now.getTime(), paced.pace.windowMs));
            return null;
          }
          return item;
        }),
      );
      const claimed = won.filter((i): i is Item => i !== null);
      if (claimed.length === 0) {
        await store.delete(mailKeys.batch(batch.id)); // another sender holds them all
        continue;
      }
      // Fix the members before any send; if a recovering sender fixed them first, theirs hold.
      let entries = claimed.flatMap((i) => i.entries);
      if (!(await store.create(mailKeys.members(batch.id), { entries }))) {
        entries = (await readParsed(store, mailKeys.members(batch.id), membersSchema, log))?.entries ?? [];
        const members = new Set(entries.map(itemOf));
        for (const item of claimed) if (!members.has(item.id)) await store.delete(mailKeys.claim(item.id));
      }
      if (entries.length === 0) {
        await store.delete(mailKeys.members(batch.id));
        await store.delete(mailKeys.batch(batch.id));
        continue;
      }
      report.batches++;
      return { batch, entries, readyAt: 0 };
    }
    return null;
  }

  /** A due marker left by a crash after the email's state was written: deleted. */
  async function mendStaleDue(id: string): Promise<void> {
    const claim = await store.get<{ batchId: string }>(mailKeys.claim(id));
    if (!claim || (await store.get(mailKeys.batch(claim.batchId)))) return; // a live batch holds it
    await dropQueued(id, true); // its batch is finished: this is a repeat, or a crash's leftover
  }

  /**
   * A resend (the batch was tried before) first takes its turn, create-only: a cancel (cancel.ts) that took it first
   * stops the batch for good. The counter is written before the turn is taken, so a crash only skips a number.
   */
  async function takeResendTurn(batch: BatchRecord, entries: MailEntry[]): Promise<boolean> {
    const turn = batch.resends ?? 0;
    batch.resends = turn + 1;
    await store.set(mailKeys.batch(batch.id), batch);
    if (await store.create(mailKeys.resend(batch.id, turn), { at: deps.now().toISOString() })) return true;
    const holder = await store.get<{ cancelled?: boolean }>(mailKeys.resend(batch.id, turn));
    if (holder?.cancelled) {
      const results = entries.map((e): MailState => ({ entryId: e.id, status: 'failed', error: CANCELLED }));
      await store.create(mailKeys.result(batch.id), { batchId: batch.id, at: deps.now().toISOString(), results });
    } else report.retriesLeft++; // another sender is resending it now
    return false;
  }

  async function send(job: Job, taken?: string): Promise<void> {
    const { batch, entries } = job;
    if (batch.firstAttemptAt && deps.now().getTime() - Date.parse(batch.firstAttemptAt) >= GIVE_UP_AFTER_MS) {
      // a batch left past the window (a long outage, a job that did not run): a repeat could send twice now
      log?.('mail-engine: batch given up', { batch: batch.id, attempts: batch.attempts });
      const error = batch.lastError ?? 'gave_up';
      await finish(
        batch,
        entries,
        entries.map((e) => ({ entryId: e.id, status: 'failed', error })),
      );
      report.failed += entries.length;
      return;
    }
    if (batch.attempts > 0 && entries.every((e) => e.expiresAt && Date.parse(e.expiresAt) <= deps.now().getTime())) {
      // tried before, and now too late for all it holds (a sign-in link after an outage): not sent again
      await finish(
        batch,
        entries,
        entries.map((e): MailState => ({ entryId: e.id, status: 'failed', error: EXPIRED })),
      );
      report.failed += entries.length;
      return;
    }
    const slot = taken ?? (await takeRateSlot(store, deps.perSecond, clock, deadline));
    if (!slot) {
      // out of time: the batch stays, members fixed; the next run sends it
      batch.nextAttemptAt = deps.now().toISOString();
      await store.set(mailKeys.batch(batch.id), batch);
      report.retriesLeft++;
      return;
    }
    // a resend after a recorded failure takes its turn only once it holds a call: a run out of time takes none
    if (batch.attempts > 0 && !(await takeResendTurn(batch, entries))) return;
    const now = deps.now();
    if (!batch.firstAttemptAt) {
      batch.firstAttemptAt = now.toISOString();
      await store.set(mailKeys.batch(batch.id), batch);
    }
    report.calls++;
    const result = await mailer.sendBatch(
      entries.map((e) => e.email),
      `mail-batch:${batch.id}`,
    );
    if (result.ok) {
      const states = entries.map((entry, i): MailState => {
        const item = result.results[i] ?? { ok: false as const, message: 'no result' };
        if (item.ok) report.sent++;
        else report.failed++;
        return item.ok
          ? { entryId: entry.id, status: 'sent', providerId: item.id }
          : { entryId: entry.id, status: 'failed', error: item.message };
      });
      await finish(batch, entries, states);
      return;
    }
    if (result.status === 429) report.rateLimited++;
    batch.attempts++;
    batch.lastError = result.code;
    const giveUp = Date.parse(batch.firstAttemptAt!) + GIVE_UP_AFTER_MS;
    const wait =
      result.status === 429
        ? Math.max(1000, (result.retryAfter ?? 1) * 1000)
        : backoffMs(batch.attempts, result.retryAfter);
    if (!result.retryable || now.getTime() + wait >= giveUp) {
      log?.('mail-engine: batch failed', { batch: batch.id, code: result.code, attempts: batch.attempts });
      await finish(
        batch,
        entries,
        entries.map((e) => ({ entryId: e.id, status: 'failed', error: result.code })),
      );
      report.failed += entries.length;
      return;
    }
    batch.nextAttemptAt = new Date(now.getTime() + wait).toISOString();
    await store.set(mailKeys.batch(batch.id), batch);
    // a short wait (a 429) is taken within this run; a longer one is left to the next run
    if (wait <= 5_000 && clock.wallNow() + wait < deadline)
      retries.push({ batch, entries, readyAt: clock.wallNow() + wait });
    else report.retriesLeft++;
  }

  async function worker(): Promise<void> {
    while (clock.wallNow() < deadline) {
      const readyIndex = retries.findIndex((j) => j.readyAt <= clock.wallNow());
      const job = readyIndex >= 0 ? retries.splice(readyIndex, 1)[0]! : await formBatch();
      if (job) {
        await send(job);
        continue;
      }
      if (retries.length === 0) return;
      const soonest = Math.min(...retries.map((j) => j.readyAt));
      await clock.sleep(Math.max(10, Math.min(soonest, deadline) - clock.wallNow()));
    }
  }

  if (options.only) {
    const slot = await slotForGiven;
    const job = slot ? (retries.shift() ?? (await formBatch())) : null;
    if (job) await send(job, slot!);
    await tally.flush();
    // the reply need not wait for the tidying: if it is cut short, the next sender run finishes it
    return report;
  }
  await Promise.all(Array.from({ length: Math.max(1, options.workers ?? 4) }, worker));
  await Promise.all(tidying);
  await tally.flush();
  report.retriesLeft += retries.length; // still recorded, with their next attempt time
  await dropOldRateSlots(store, clock);
  return report;
}

/** Failed emails (kept whole for staff) older than this are deleted by the daily privacy purge. */
export const FAILED_RETENTION_DAYS = 30;

/**
 * The daily privacy purge: deletes failed emails kept for staff after FAILED_RETENTION_DAYS, replay markers of
 * webhook events after a week, and pace markers once their window is over. What stays holds no address: claims,
 * results (provider ids), statuses, suppressions (salted hashes). Returns how many records went.
 */
export async function purgeMailRecords(store: JsonStore, now: Date): Promise<number> {
  let purged = 0;
  const older = (at: unknown, days: number) =>
    typeof at === 'string' && Date.parse(at) < now.getTime() - days * 86_400_000;
  for (const [prefix, days] of [
    ['failed/', FAILED_RETENTION_DAYS],
    ['webhook/', 7],
    // the turns of resends a crash left behind, once their batch is long over
    ['resend/', 2],
    // a recipient's pace markers, once their window has ended (each holds its window's end)
    ['pace/', 0],
  ] as const) {
    for (const key of await store.keys(prefix)) {
      const record = await store.get<{ at?: unknown }>(key).catch(() => null);
      if (record === null || older(record.at, days)) {
        await store.delete(key);
        purged++;
      }
    }
  }
  return purged;
}

/** How one email ended, from its claim and its batch's result: sent, failed, or null while queued. */
export async function mailStateOf(store: JsonStore, entryId: string): Promise<MailState | null> {
  type Claim = { batchId?: string; cancelled?: boolean; expired?: boolean; superseded?: boolean };
  const claim = await store.get<Claim>(mailKeys.claim(entryId));
  if (claim?.cancelled) return { entryId, status: 'failed', error: CANCELLED }; // stopped before a batch took it
  if (claim?.expired) return { entryId, status: 'failed', error: EXPIRED }; // dropped unsent, too late
  if (claim?.superseded) return { entryId, status: 'failed', error: SUPERSEDED }; // another letter was stored
  if (!claim?.batchId) {
    // never claimed: dropped before a batch (a suppressed address), or still waiting
    const failed = failedMailSchema.safeParse(await store.get(mailKeys.failed(entryId)));
    return failed.success ? { entryId, status: 'failed', error: failed.data.error } : null;
  }
  const result = batchResultSchema.safeParse(await store.get(mailKeys.result(claim.batchId)));
  return result.success ? (result.data.results.find((r) => r.entryId === entryId) ?? null) : null;
}

/** Whether anything is still waiting to go: due emails or unfinished batches. */
export async function pendingMail(store: JsonStore): Promise<{ due: number; batches: number }> {
  return { due: (await store.keys('due/')).length, batches: (await store.keys('batch/')).length };
}
