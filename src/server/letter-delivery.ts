/**
 * Letters, from stored to delivered, exactly once, through the one mail engine (DESIGN.md, conventions 6 and 15).
 * The request stores the letter, enqueues its emails (each under an idempotency key made from the letter and the
 * recipient, and, to a legislator, under that legislator's pace) and makes one try that never waits: if the account
 * has a call free this instant and no backlog is queued, the letter's emails go as one batch, and the person hears
 * "sent"; otherwise "queued" (on its way), and the engine's sender delivers it. The scheduled job enqueues what a
 * crashed request left, runs the sender, and records each letter's outcome where staff and the counts read it.
 */
import { renderLetter, renderSenderCopy, type SenderCopyWords } from '../lib/letters.ts';
import { defaultLocale, localeTags, type Locale } from '../i18n/locales.ts';
import { localizedPath, serverMessages } from '../i18n/server.ts';
import { dueEntrySchema, type DeliveryState, type LetterRecord } from '../lib/schemas/letter-record.ts';
import { letterKeys, type DeliveryKey } from '../lib/store-keys.ts';
import type { AppConfig } from './config.ts';
import { letterStatusPath } from './letter-status.ts';
import {
  countDistricts,
  ensureCounted,
  markCounted,
  markDue,
  readLetter,
  type DeliveryReport,
  type LetterDeps,
} from './letter-records.ts';
import {
  enqueueMail,
  entryIdFor,
  mailStateOf,
  runSender,
  type EngineDeps,
  mailKeys,
  type MailEntry,
  type MailState,
  type SendReport,
} from './mail-engine/index.ts';
import { fromHeader, type OutgoingEmail } from './mailer.ts';
import { readRecord } from './store.ts';

/** The scheduled job leaves a fresh letter to the request that is still enqueuing it. */
const FRESH_GRACE_MS = 60_000;
const KEYS: DeliveryKey[] = ['house', 'senate', 'copy'];

/** The emails of a letter, rebuilt identically on every attempt (the idempotency key requires the same payload). */
export function emailsFor(
  letter: LetterRecord,
  config: AppConfig,
  from: string,
): Record<DeliveryKey, OutgoingEmail | null> {
  const rendered = letter.recipients.map((recipient) => ({
    recipient,
    ...renderLetter({
      subject: letter.subject,
      body: letter.body,
      sender: letter.sender,
      recipient,
      stageParagraph: recipient.stageParagraph,
    }),
  }));
  const tags = [{ name: 'campaign', value: letter.campaign.replace(/[^A-Za-z0-9_-]/g, '_') }];
  const toLegislator = (key: DeliveryKey): OutgoingEmail | null => {
    const r = rendered.find((x) => x.recipient.key === key);
    if (!r) return null;
    return {
      from: fromHeader(config.senderName, from, letter.sender.name),
      to: [r.recipient.email],
      replyTo: letter.sender.email,
      subject: r.subject,
      text: r.text,
      html: r.html,
      tags,
    };
  };
  const locale = letter.lang ?? defaultLocale;
  const copy = renderSenderCopy({
    subject: letter.subject,
    letters: rendered.map((r) => ({ recipient: r.recipient, text: r.text })),
    campaignUrl: `${config.siteUrl}${localizedPath(`/campaigns/${letter.campaign}/`, locale)}`,
    statusUrl: `${config.siteUrl}${letterStatusPath(config.salt, letter.campaign, letter.id)}`,
    words: copyWords(locale),
  });
  return {
    house: toLegislator('house'),
    senate: toLegislator('senate'),
    copy: {
      from: fromHeader(config.senderName, from),
      to: [letter.sender.email],
      subject: copy.subject,
      text: copy.text,
      html: copy.html,
      tags,
    },
  };
}

/** The sender's copy's words in their language; undefined for English (the letter's own words, unchanged). */
function copyWords(locale: Locale): SenderCopyWords | undefined {
  if (locale === defaultLocale) return undefined;
  const t = serverMessages(locale);
  return { ...t.email.senderCopy, and: t.flows.letters.and, titles: t.titles, lang: localeTags[locale] };
}

/**
 * The idempotency key of one email of a letter: the same on every attempt, by whichever sender. It names the letter's
 * content hash, so two different submissions racing under one letter id queue apart (a letter stored before the
 * hash keeps its old key).
 */
export function letterMailKey(letter: Pick<LetterRecord, 'id' | 'contentHash'>, key: DeliveryKey): string {
  return letter.contentHash ? `${letter.id}:${letter.contentHash}:${key}` : `${letter.id}:${key}`;
}

/** The engine as the letter functions use it: the mail store, their mailer and clock. */
export function letterEngine(deps: LetterDeps): EngineDeps {
  return {
    store: deps.mail,
    letters: deps.store,
    mailer: deps.mailer,
    now: deps.now,
    salt: deps.config.salt,
    perSecond: deps.config.sendPerSecond,
  };
}

/** Puts a letter's emails in the engine's queue and marks it so. Null when sending is not set up. */
async function enqueueLetter(letter: LetterRecord, deps: LetterDeps): Promise<MailEntry[] | null> {
  const entries = await enqueueEmails(letter, deps);
  if (entries) await markDue(letter, deps.store, true);
  return entries;
}

/**
 * Puts a letter's emails in the engine's queue (harmless when already there). Null when sending is not set up. Each
 * names the letter it was made for, so a sender sends it only if that letter is the one stored: the request enqueues
 * beside storing the letter, before it knows its letter won.
 */
export async function enqueueEmails(letter: LetterRecord, deps: LetterDeps): Promise<MailEntry[] | null> {
  if (!deps.config.mailFrom) return null; // not configured to send: the letter stays queued, nothing is lost
  const emails = emailsFor(letter, deps.config, deps.config.mailFrom);
  const now = deps.now();
  const madeFor = { letter: letterKeys.letter(letter.campaign, letter.id), contentHash: letter.contentHash ?? '' };
  // the letter's emails are enqueued side by side: a request waits for one round of writes, not three
  const entries = await Promise.all(
    KEYS.filter((key) => emails[key]).map(async (key) => {
      const recipient = letter.recipients.find((r) => r.key === key);
      const options = {
        kind: 'letter',
        statusKey: `letter/${letter.id}/${key}`,
        recipientRole: recipient ? ('legislator' as const) : ('constituent' as const),
        ...(recipient ? { paceKey: `legislator/${recipient.legislatorId}`, pace: deps.config.pace } : {}),
        ...(letter.contentHash ? { madeFor } : {}),
      };
      return (await enqueueMail(deps.mail, emails[key]!, letterMailKey(letter, key), options, now)).entry;
    }),
  );
  return entries;
}

/**
 * Reads what became of each email of a letter from the engine; once all are final, records them in the letters
 * store (staff's export, the "already sent" answer) and takes the letter off the queue.
 */
export async function settleLetter(
  letter: LetterRecord,
  deps: LetterDeps,
  known: MailState[] = [],
): Promise<DeliveryReport> {
  const report: DeliveryReport = { house: 'none', senate: 'none', copy: 'none' };
  const keys = KEYS.filter((k) => k === 'copy' || letter.recipients.some((r) => r.key === k));
  const states = await Promise.all(
    keys.map((k) => {
      const id = entryIdFor(letterMailKey(letter, k));
      return known.find((s) => s.entryId === id) ?? mailStateOf(deps.mail, id);
    }),
  );
  for (const [i, k] of keys.entries()) report[k] = states[i]?.status ?? 'queued';
  if (!deps.config.mailFrom || states.some((s) => s === null)) return report;
  const at = deps.now().toISOString();
  await Promise.all(
    keys.map((k, i) => {
      const s = states[i]!;
      const record: DeliveryState = {
        status: s.status,
        attempts: 1,
        nextAttemptAt: at,
        ...(s.status === 'sent' ? { sentAt: at } : { lastError: s.error ?? 'failed' }),
        ...(s.providerId ? { providerId: s.providerId } : {}),
      };
      return deps.store.set(letterKeys.delivery(letter.id, k), record);
    }),
  );
  await deps.store.delete(letterKeys.due(letter.id));
  return report;
}

/**
 * Whether the engine's senders have a backlog queued, in which case a request's one try would send nothing: the
 * sender's own first read (mail-engine/sender.ts), made by the request beside its other first reads instead of in a
 * round of its own. A failed read says "no backlog": the try then reads it again.
 */
export async function backlogQueued(deps: LetterDeps): Promise<boolean> {
  const backlog = await deps.mail.get<{ until?: unknown }>(mailKeys.backlog).catch(() => null);
  return typeof backlog?.until === 'string' && Date.parse(backlog.until) > deps.now().getTime();
}

/**
 * The request path after a new letter, its queue record and its emails (`entries`, null when sending is not set up)
 * are stored: its districts' counts, then its total count and its queue record's "enqueued", beside the one try. The
 * total marker still comes last, so a letter that has it is counted and queued (ensureCounted mends one that has
 * not). Behind a backlog there is no try, and the counts go after the reply: the queue job mends them if they are
 * lost (the letter and its emails are stored before), so the person waits for two rounds of Blobs calls, not five.
 */
export async function deliverNewLetter(
  letter: LetterRecord,
  deps: LetterDeps,
  entries: MailEntry[] | null,
  { backlogged = false }: { backlogged?: boolean } = {},
): Promise<DeliveryReport> {
  const bookkeeping = async () => {
    await countDistricts(letter, deps.store);
    await Promise.all([markCounted(letter, deps.store), entries ? markDue(letter, deps.store, true) : null]);
  };
  if (!entries || backlogged) {
    if (!deps.defer) await bookkeeping();
    else deps.defer(bookkeeping().catch((error) => console.error('letters: bookkeeping after the reply', error)));
    return reportAfterTry(letter, deps, null, true);
  }
  const [tried] = await Promise.all([runSender(letterEngine(deps), { only: entries }), bookkeeping()]);
  return reportAfterTry(letter, deps, tried, true);
}

/**
 * The request path after a letter is stored and counted: enqueue its emails, one try that never waits, then what
 * the person can be told. Also what a confirmed sender's link calls. `fresh`: the letter was stored by this request,
 * so emails this try did not touch are still queued (no need to read each one back, as for a link clicked twice).
 */
export async function deliverLetter(
  letter: LetterRecord,
  deps: LetterDeps,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<DeliveryReport> {
  const entries = await enqueueLetter(letter, deps);
  const tried = entries ? await runSender(letterEngine(deps), { only: entries }) : null;
  return reportAfterTry(letter, deps, tried, fresh);
}

/** What the person is told after the one try: queued when it sent nothing, else what became of each email. */
async function reportAfterTry(
  letter: LetterRecord,
  deps: LetterDeps,
  tried: SendReport | null,
  fresh: boolean,
): Promise<DeliveryReport> {
  if (!tried || (fresh && tried.calls === 0 && tried.suppressed === 0)) {
    const report: DeliveryReport = { house: 'none', senate: 'none', copy: 'queued' };
    for (const r of letter.recipients) report[r.key] = 'queued';
    return report;
  }
  return settleLetter(letter, deps, tried.states);
}

/**
 * The scheduled job: enqueues the letters a crashed request left (and counts them), runs the engine's sender within
 * the time budget, then records the outcome of every letter whose emails are all final.
 */
export async function drainLetterQueue(
  deps: LetterDeps,
  budgetMs: number,
): Promise<{ letters: number; sent: number; queued: number; failed: number }> {
  const started = deps.now().getTime();
  const totals = { letters: 0, sent: 0, queued: 0, failed: 0 };
  const dueKeys = await deps.store.keys(letterKeys.dues);
  const entries = (
    await Promise.all(dueKeys.map(async (k) => ({ key: k, entry: await readRecord(deps.store, k, dueEntrySchema) })))
  ).filter((x) => x.entry !== null);
  const letters: LetterRecord[] = [];
  for (const { key, entry } of entries) {
    const letter = await readLetter(deps.store, entry!.campaign, letterKeys.idOfDue(key));
    if (!letter) {
      if (started - Date.parse(entry!.createdAt) > FRESH_GRACE_MS) await deps.store.delete(key); // never stored
      continue;
    }
    if (!entry!.enqueued && started - Date.parse(entry!.createdAt) >= FRESH_GRACE_MS) {
      await ensureCounted(letter, deps.store); // reconciles a request that crashed between storing and counting
      await enqueueLetter(letter, deps);
    }
    letters.push(letter);
  }
  if (deps.config.mailFrom) {
    await runSender(letterEngine(deps), { budgetMs: Math.max(1_000, budgetMs - (deps.now().getTime() - started)) });
  }
  for (const letter of letters) {
    const report = await settleLetter(letter, deps);
    totals.letters++;
    for (const s of Object.values(report)) if (s !== 'none') totals[s]++;
  }
  return totals;
}
