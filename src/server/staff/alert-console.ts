/**
 * Sending a budget alert from the staff console: preview the exact email the engine sends a subscriber in chosen
 * districts (alert-mail.ts builds it, so the preview cannot drift from what goes out), send a test to the signed-in
 * staff address, then send to every subscriber in its audience and watch the engine's progress. Sending uses the
 * scheduled job's keys and marker, so an alert goes to each subscriber once whether the job or staff (or both, or a
 * second press) send it.
 */
import { z } from 'zod';
import { districtIdSchema } from '../../lib/schemas/common.ts';
import { defaultLocale, locales, type Locale } from '../../i18n/locales.ts';
import type { AlertData } from '../../lib/schemas/alert.ts';
import {
  alertEmailFor,
  alertMailKey,
  alertMarker,
  alertTally,
  enqueueAlert,
  type AlertMailDeps,
} from '../alert-mail.ts';
import {
  type AudienceIndexState,
  inAudience,
  indexedSubscribers,
  reachableAudience,
  reachableSubscribers,
  rebuildAudienceIndex,
  type Subscriber,
} from '../alert-audience.ts';
import type { AlertSignupRecord } from '../alert-signups.ts';
import { enqueueMail, entryIdFor, mailKeys, readTally, runSender } from '../mail-engine/index.ts';
import type { OutgoingEmail } from '../mailer.ts';

/** How long a console press may spend sending the first emails itself; the scheduled sender does the rest. */
const SEND_NOW_BUDGET_MS = 5_000;

const optionalDistrict = z
  .union([districtIdSchema, z.literal('')])
  .optional()
  .transform((v) => v || null);

/**
 * Whom a preview or a test is written for: the districts (either may be left empty: a subscriber who gave no place)
 * and the language the subscriber signed up in (English when not given). Not `lang`: that field would put the staff
 * console's own replies in the language.
 */
const optionalLanguage = z.enum(locales).optional();
export const previewQuerySchema = z.object({
  house: optionalDistrict.catch(null),
  senate: optionalDistrict.catch(null),
  language: optionalLanguage.catch(undefined),
});
export type PreviewDistricts = z.infer<typeof previewQuerySchema>;

/**
 * The alerts page's forms: a test to oneself (for chosen districts), the real send, or rebuilding the audience index
 * from every sign-up (when its count looks wrong, or sign-ups were stored by other means).
 */
export const alertActionSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('test'),
    house: optionalDistrict,
    senate: optionalDistrict,
    language: optionalLanguage,
  }),
  z.object({ action: z.literal('send') }),
  z.object({ action: z.literal('rebuild-audience') }),
]);
export type AlertAction = z.infer<typeof alertActionSchema>;

/** A stand-in subscriber for a preview or a test: the staff address, in the chosen districts and language. */
function sampleSubscriber(email: string, chosen: PreviewDistricts): AlertSignupRecord {
  const { language, ...districts } = chosen;
  return {
    status: 'confirmed',
    createdAt: new Date(0).toISOString(),
    expiresAt: null,
    confirmTokenHash: null,
    id: 'preview',
    email,
    name: null,
    consent: '',
    lastEmailedAt: null,
    districts,
    ...(language && language !== defaultLocale ? { lang: language } : {}),
  };
}

/** The email a subscriber in these districts gets, as the engine would send it. */
export function previewAlert(
  alert: AlertData,
  districts: PreviewDistricts,
  email: string,
  deps: AlertMailDeps,
): OutgoingEmail {
  return alertEmailFor(alert, sampleSubscriber(email, districts), deps);
}

export type SendOutcome =
  | { kind: 'test_sent' | 'test_queued' }
  | { kind: 'enqueued'; recipients: number; enqueued: number }
  | { kind: 'already_sent' }
  | { kind: 'not_configured' };

/**
 * Sends the preview to the signed-in staff address only (the address comes from the session, never the form), marked
 * as a test in its subject. Each press is its own test email.
 */
export async function sendTestAlert(
  alert: AlertData,
  districts: PreviewDistricts,
  staffEmail: string,
  deps: AlertMailDeps,
): Promise<SendOutcome> {
  if (!deps.config.mailFrom) return { kind: 'not_configured' };
  const now = deps.engine.now();
  const email = previewAlert(alert, districts, staffEmail, deps);
  const key = `staff-test:${alert.slug}:${now.getTime()}:${entryIdFor(staffEmail)}`;
  const { id } = await enqueueMail(
    deps.engine.store,
    { ...email, subject: `[Test] ${email.subject}` },
    key,
    { kind: 'staff', recipientRole: 'staff' },
    now,
  );
  await runSender(deps.engine, { budgetMs: SEND_NOW_BUDGET_MS });
  const stillDue = await deps.engine.store.get(mailKeys.due(id));
  return { kind: stillDue ? 'test_queued' : 'test_sent' };
}

/**
 * Sends the alert to every confirmed subscriber in its audience, once: an alert already enqueued (by the job or an
 * earlier press) is not enqueued again, and every email has the job's own key besides.
 */
export async function sendAlertToSubscribers(alert: AlertData, deps: AlertMailDeps): Promise<SendOutcome> {
  if (await deps.engine.store.get(alertMarker(alert.slug))) return { kind: 'already_sent' };
  if (!deps.config.mailFrom) return { kind: 'not_configured' };
  const subscribers = await indexedSubscribers(deps.signups);
  const { recipients, enqueued } = await enqueueAlert(alert, subscribers, deps, deps.engine.now());
  await runSender(deps.engine, { budgetMs: SEND_NOW_BUDGET_MS });
  return { kind: 'enqueued', recipients, enqueued };
}

/** Where the audience is read from: the sign-ups' index, and the mail engine's suppression list. */
const audienceStores = (deps: AlertMailDeps) => ({
  signups: deps.signups,
  mail: deps.engine.store,
  salt: deps.engine.salt,
});

export type AlertProgress =
  | { sent: false; audience: number | null }
  | { sent: true; enqueuedAt: string | null; recipients: number; queued: number; delivered: number; failed: number };

const markerSchema = z.object({ enqueuedAt: z.string(), recipients: z.number(), counted: z.boolean() }).partial();

/**
 * How many of an audience signed up in each language: each gets the alert in theirs when an editor translated it, so
 * staff can see whom a missing translation leaves with the English.
 */
function countByLanguage(audience: readonly Subscriber[]): Record<Locale, number> {
  const counts = Object.fromEntries(locales.map((l) => [l, 0])) as Record<Locale, number>;
  for (const s of audience) counts[s.lang ?? defaultLocale]++;
  return counts;
}

export type AlertOverview = {
  progress: AlertProgress;
  /** its audience (reachable now) by the language they signed up in */
  languages: Record<Locale, number>;
  /** the audience index's last rebuild, or null if its marker is unreadable */
  index: AudienceIndexState | null;
};

/**
 * Everything an alert's staff page shows about its audience and sending, from one read of the audience index (and
 * the alert's marker beside it, in the same round): the page counted the audience twice before, 67 calls each.
 */
export async function alertOverview(alert: AlertData, deps: AlertMailDeps): Promise<AlertOverview> {
  const [reachable, sending] = await Promise.all([
    reachableSubscribers(audienceStores(deps)),
    alertProgress(alert, deps, { audience: false }),
  ]);
  const audience = reachable.subscribers.filter((s) => inAudience(alert.audience, s.districts));
  const progress: AlertProgress = sending.sent ? sending : { sent: false, audience: audience.length };
  return { progress, languages: countByLanguage(audience), index: reachable.index };
}

export type RebuildOutcome = { kind: 'audience_rebuilt'; members: number };

/**
 * Rebuilds the audience index from every sign-up, for staff (rebuildAudienceIndex: re-runnable, and safe beside
 * confirms and unsubscribes). Reads every sign-up, so it takes a while with tens of thousands.
 */
export async function rebuildAudience(deps: AlertMailDeps): Promise<RebuildOutcome> {
  return { kind: 'audience_rebuilt', members: await rebuildAudienceIndex(deps.signups) };
}

/**
 * Where an alert's emails stand in the engine: still queued, handed to Resend, or given up (a bounce-suppressed
 * address, or failures past the retry window). Once sent, it reads the alert's marker and its running tally, a few
 * records however long the list. Before, the audience is counted only when asked (`audience`): from the audience
 * index (a read per shard, alert-audience.ts), without the addresses a bounce or complaint suppressed.
 */
export async function alertProgress(
  alert: AlertData,
  deps: AlertMailDeps,
  options: { audience?: boolean } = {},
): Promise<AlertProgress> {
  const store = deps.engine.store;
  const raw = await store.get(alertMarker(alert.slug));
  if (raw === null) {
    if (options.audience === false) return { sent: false, audience: null };
    return { sent: false, audience: (await reachableAudience(alert.audience, audienceStores(deps))).length };
  }
  const marker = markerSchema.safeParse(raw);
  const { enqueuedAt, recipients, counted } = marker.success ? marker.data : {};
  if (counted && recipients !== undefined) {
    const { sent, failed } = await readTally(store, alertTally(alert.slug));
    const queued = Math.max(0, recipients - sent - failed);
    return { sent: true, enqueuedAt: enqueuedAt ?? null, recipients, queued, delivered: sent, failed };
  }
  return uncountedProgress(alert, deps, enqueuedAt ?? null, recipients);
}

/**
 * An alert enqueued before its emails were counted as they went: every subscriber's email looked up in the queue's
 * listings (three listings and every subscriber read).
 */
async function uncountedProgress(
  alert: AlertData,
  deps: AlertMailDeps,
  enqueuedAt: string | null,
  recipients: number | undefined,
): Promise<AlertProgress> {
  const store = deps.engine.store;
  const subscribers = (await indexedSubscribers(deps.signups)).filter((s) => inAudience(alert.audience, s.districts));
  const idsOf = async (prefix: string) => new Set((await store.keys(prefix)).map((k) => k.slice(prefix.length)));
  const [due, claimed, failed] = await Promise.all([idsOf('due/'), idsOf('claim/'), idsOf('failed/')]);
  const progress = { queued: 0, delivered: 0, failed: 0 };
  for (const s of subscribers) {
    const id = entryIdFor(alertMailKey(alert.slug, s.id));
    if (failed.has(id)) progress.failed++;
    else if (due.has(id)) progress.queued++;
    else if (claimed.has(id)) progress.delivered++;
  }
  return { sent: true, enqueuedAt, recipients: recipients ?? subscribers.length, ...progress };
}
