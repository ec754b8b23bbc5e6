/**
 * Letters, from stored to delivered, exactly once. Accept, persist, then deliver (DESIGN.md, convention 6): every
 * email carries an idempotency key derived from the letter and recipient, so a retry (after a timeout, a 429 or an
 * outage) never sends twice; what could not be sent stays queued and the scheduled job retries it with backoff, at a
 * pace each legislator's inbox can take.
 */
import { displayName, renderLetter, renderSenderCopy, type SenderCopyWords } from '../lib/letters.ts';
import { defaultLocale, localeTags, type Locale } from '../i18n/locales.ts';
import { localizedPath, serverMessages } from '../i18n/server.ts';
import {
  dueEntrySchema,
  type DeliveryState,
  type LetterRecord,
  type RecipientKey,
} from '../lib/schemas/letter-record.ts';
import { letterKeys, type DeliveryKey } from '../lib/store-keys.ts';
import type { AppConfig } from './config.ts';
import { ensureCounted, readDelivery, readLetter, type DeliveryReport, type LetterDeps } from './letter-records.ts';
import type { OutgoingEmail } from './mailer.ts';
import { readRecord } from './store.ts';

/** Retries stop inside Resend's 24-hour idempotency window, so even a late retry can never deliver twice. */
const GIVE_UP_AFTER_MS = 23 * 3600_000;
/** The scheduled job leaves a fresh letter to the request that is still sending it. */
const FRESH_GRACE_MS = 60_000;

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
  const toLegislator = (key: RecipientKey): OutgoingEmail | null => {
    const r = rendered.find((x) => x.recipient.key === key);
    if (!r) return null;
    return {
      from: `"${displayName(letter.sender.name)} via ${config.senderName}" <${from}>`,
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
    words: copyWords(locale),
  });
  return {
    house: toLegislator('house'),
    senate: toLegislator('senate'),
    copy: {
      from: `"${config.senderName}" <${from}>`,
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

/** Waiting time after the n-th failed attempt: 30 s, 1, 2, 4 ... minutes, at most an hour, with jitter; or as told. */
export function backoffMs(attempts: number, retryAfterSeconds?: number, random = Math.random): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3600_000);
  return Math.max(base * (1 + 0.2 * random()), (retryAfterSeconds ?? 0) * 1000);
}

type SendOutcome = 'sent' | 'failed' | 'queued' | 'paced';

async function paceAllows(
  deps: LetterDeps,
  legislatorId: string,
): Promise<{ ok: boolean; bucket: number; retryAt: number }> {
  const { windowMs, max } = deps.config.pace;
  const t = deps.now().getTime();
  // the bucket is the window's start time in ms, so old buckets can be recognised and deleted
  const bucket = Math.floor(t / windowMs) * windowMs;
  const sent = await deps.store.keys(letterKeys.paceWindow(legislatorId, bucket));
  return { ok: sent.length < max, bucket, retryAt: bucket + windowMs };
}

/** Sends one email of a letter unless already final; records the outcome. Never throws for provider errors. */
async function sendDelivery(
  letter: LetterRecord,
  key: DeliveryKey,
  email: OutgoingEmail,
  deps: LetterDeps,
): Promise<SendOutcome> {
  const stateKey = letterKeys.delivery(letter.id, key);
  const state = (await readDelivery(deps.store, letter.id, key)) ?? {
    status: 'queued',
    attempts: 0,
    nextAttemptAt: letter.createdAt,
  };
  if (state.status !== 'queued') return state.status;
  const now = deps.now();
  if (now.getTime() - Date.parse(letter.createdAt) > GIVE_UP_AFTER_MS) {
    await deps.store.set(stateKey, { ...state, status: 'failed', lastError: state.lastError ?? 'gave_up' });
    return 'failed';
  }
  const recipient = letter.recipients.find((r) => r.key === key);
  let pace: { bucket: number } | null = null;
  if (recipient) {
    const allowed = await paceAllows(deps, recipient.legislatorId);
    if (!allowed.ok) {
      await deps.store.set(stateKey, { ...state, nextAttemptAt: new Date(allowed.retryAt).toISOString() });
      return 'paced';
    }
    pace = allowed;
  }
  await deps.throttle();
  const result = await deps.mailer.send(email, `${letter.id}:${key}`);
  const attempts = state.attempts + 1;
  if (result.ok) {
    await deps.store.set(stateKey, {
      status: 'sent',
      attempts,
      nextAttemptAt: state.nextAttemptAt,
      sentAt: deps.now().toISOString(),
      providerId: result.id,
    });
    if (recipient && pace)
      await deps.store.set(letterKeys.pace(recipient.legislatorId, pace.bucket, `${letter.id}-${key}`), {});
    return 'sent';
  }
  const next: DeliveryState = result.retryable
    ? {
        status: 'queued',
        attempts,
        lastError: result.code,
        nextAttemptAt: new Date(deps.now().getTime() + backoffMs(attempts, result.retryAfter)).toISOString(),
      }
    : { status: 'failed', attempts, lastError: result.code, nextAttemptAt: state.nextAttemptAt };
  await deps.store.set(stateKey, next);
  return next.status;
}

/**
 * Delivers whatever of a letter is due: legislators first, then the sender's copy. On a retryable failure it stops
 * (the provider is struggling; the rest waits for the scheduled job). Removes the letter from the queue once every
 * email is final.
 */
export async function deliverLetter(
  letter: LetterRecord,
  deps: LetterDeps,
  options: { onlyDue: boolean },
): Promise<DeliveryReport> {
  const report: DeliveryReport = { house: 'none', senate: 'none', copy: 'none' };
  if (!deps.config.mailFrom) {
    for (const r of letter.recipients) report[r.key] = 'queued';
    report.copy = 'queued';
    return report; // not configured to send: everything stays queued, nothing is lost
  }
  const emails = emailsFor(letter, deps.config, deps.config.mailFrom);
  let stop = false;
  for (const key of ['house', 'senate', 'copy'] as const) {
    const email = emails[key];
    if (!email) continue;
    const state = await readDelivery(deps.store, letter.id, key);
    const due = !state || (state.status === 'queued' && Date.parse(state.nextAttemptAt) <= deps.now().getTime());
    if (stop || (options.onlyDue && !due)) {
      report[key] = state?.status ?? 'queued';
      continue;
    }
    const outcome = await sendDelivery(letter, key, email, deps);
    report[key] = outcome === 'paced' ? 'queued' : outcome;
    if (outcome === 'queued') stop = true;
  }
  const final = (Object.values(report) as string[]).every((s) => s === 'sent' || s === 'failed' || s === 'none');
  if (final) await deps.store.delete(letterKeys.due(letter.id));
  return report;
}

/**
 * The scheduled job: works through queued letters oldest first, within a time budget, leaving letters that are
 * still being sent by their own request alone for a minute.
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
  )
    .filter((x): x is { key: string; entry: { campaign: string; createdAt: string } } => x.entry !== null)
    .sort((a, b) => a.entry.createdAt.localeCompare(b.entry.createdAt));
  for (const { key, entry } of entries) {
    if (deps.now().getTime() - started > budgetMs) break;
    if (deps.now().getTime() - Date.parse(entry.createdAt) < FRESH_GRACE_MS) continue;
    const letter = await readLetter(deps.store, entry.campaign, letterKeys.idOfDue(key));
    if (!letter) {
      await deps.store.delete(key); // the request failed before storing the letter, and told the person so
      continue;
    }
    await ensureCounted(letter, deps.store); // reconciles a request that crashed between storing and counting
    const report = await deliverLetter(letter, deps, { onlyDue: true });
    totals.letters++;
    for (const s of Object.values(report)) if (s !== 'none') totals[s]++;
  }
  return totals;
}
