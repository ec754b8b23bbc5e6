/**
 * Budget alert sign-ups by email, double opt-in. Accept, persist, then deliver: the sign-up is stored (keyed by a
 * salted hash of the email, so a repeat lands on the same record) before the confirmation email goes out. Nothing
 * but that email is sent until the person confirms from the page the link opens; every email carries an unsubscribe
 * link; unconfirmed sign-ups lapse after a week and the daily purge deletes them.
 */
import { site } from '../config/site.ts';
import { escapeHtml, textToHtml } from '../lib/html.ts';
import { alertSignupRecordSchema, type AlertSignup, type AlertSignupRecord } from '../lib/schemas/alert-signup.ts';
import { signupKeys } from '../lib/store-keys.ts';
import type { AppConfig } from './config.ts';
import { emailKey } from './ids.ts';
import { limitRules, purgeLimitMarkers, takeSlot } from './limiter.ts';
import { emailDocument, fromHeader, type Mailer } from './mailer.ts';
import { consumeConfirmations, findConfirmation, issueConfirmation, storeBeforeConfirming } from './confirmations.ts';
import { emailLink } from './link-pages.ts';
import { checkOldAlertLink } from './old-confirmation-links.ts';
import {
  confirmedState,
  isLapsed,
  isUnsubscribeToken,
  pendingOptIn,
  subscriberId,
  unsubscribeToken,
} from './opt-in.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { localizedPath, say, serverMessages } from '../i18n/server.ts';
import { t as siteSays } from '../i18n/site.ts';
import { readRecord, updateRecord, type JsonStore } from './store.ts';
import type { SubscriberDistricts } from './alert-districts.ts';
import { addToAudience, removeFromAudience } from './alert-audience.ts';

export type AlertSignupDeps = {
  store: JsonStore;
  /** the limiter's store ("limits", shared by every flow); the sign-ups store when not given (tests) */
  limits?: JsonStore;
  mailer: Mailer;
  config: AppConfig;
  now: () => Date;
};

export type { AlertSignupRecord } from '../lib/schemas/alert-signup.ts';

/** The opt-in scope: a subscriber id for alerts never matches one for another list. */
const SCOPE = 'alerts';
/** An unconfirmed sign-up lapses after a week (then the purge deletes it). */
export const SIGNUP_TTL_MS = 7 * 24 * 3600_000;
/** A new confirmation email at most every ten minutes per address. */
const RESEND_AFTER_MS = 10 * 60_000;

export type SignupOutcome =
  | { kind: 'check_email'; emailed: boolean }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

/**
 * The sentence a person agrees to by ticking the sign-up form's box, in the language the form was in: worded exactly
 * as src/components/AlertSignupForm.astro shows it (the same source, the same values), so what is stored is what they
 * read. English is the sentence of src/config/site.ts.
 */
export function alertConsentText(locale: Locale = defaultLocale): string {
  if (locale === defaultLocale) return site.alertConsent;
  return siteSays(locale, 'signup.consent', { lineItem: site.lineItem, site: site.name });
}

/** The unsubscribe link of one subscriber: in every alert email's text and its List-Unsubscribe header. */
export function alertUnsubscribeUrl(config: AppConfig, id: string, locale: Locale = defaultLocale): string {
  return links(config, id, locale).unsubscribe;
}

function links(config: AppConfig, id: string, locale: Locale = defaultLocale) {
  const token = unsubscribeToken(config.salt, SCOPE, id);
  return {
    unsubscribe: emailLink(config.siteUrl, '/api/alert-signups/unsubscribe', { id, token }, locale),
    confirm: (secret: string) => emailLink(config.siteUrl, '/api/alert-signups/confirm', { id, token: secret }, locale),
  };
}

/** One email to a subscriber, with the unsubscribe link in the text and in the List-Unsubscribe headers (one click). */
async function sendToSubscriber(
  record: AlertSignupRecord,
  deps: AlertSignupDeps,
  message: { subject: string; paragraphs: string[]; link?: { href: string; label: string } },
  key: string,
): Promise<boolean> {
  if (!deps.config.mailFrom) return false;
  const locale = record.lang ?? defaultLocale;
  const t = serverMessages(locale).email;
  const { unsubscribe } = links(deps.config, record.id, locale);
  const greeting = record.name ? say(t.hello, { name: record.name }) : t.helloNoName;
  const alertsPage = `${deps.config.siteUrl}${localizedPath('/alerts/', locale)}`;
  const footer = say(t.alertFooter, { page: alertsPage, link: unsubscribe });
  const unsubscribeLink = `<a href="${escapeHtml(unsubscribe)}">${escapeHtml(t.unsubscribe)}</a>`;
  const footerHtml = escapeHtml(t.alertFooterHtml).replace('{unsubscribe}', () => unsubscribeLink);
  const text = `${[
    greeting,
    '',
    ...message.paragraphs.flatMap((p) => [p, '']),
    ...(message.link ? [message.link.href, ''] : []),
    '--',
    footer,
  ].join('\n')}\n`;
  const html = emailDocument(
    locale,
    `<p>${escapeHtml(greeting)}</p>
${textToHtml(message.paragraphs.join('\n\n'))}
${message.link ? `<p><a href="${escapeHtml(message.link.href)}">${escapeHtml(message.link.label)}</a></p>` : ''}
<hr>
<p>${footerHtml}</p>`,
  );
  const result = await deps.mailer.send(
    {
      from: fromHeader(deps.config.senderName, deps.config.mailFrom),
      to: [record.email],
      subject: message.subject,
      text,
      html,
      headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      tags: [{ name: 'list', value: 'budget_alerts' }],
    },
    `alert-signup:${record.id}:${key}`,
  );
  return result.ok;
}

function sendConfirmation(
  record: AlertSignupRecord,
  link: { secret: string; hash: string },
  deps: AlertSignupDeps,
): Promise<boolean> {
  const locale = record.lang ?? defaultLocale;
  const words = serverMessages(locale).email.alertConfirm;
  return sendToSubscriber(
    record,
    deps,
    {
      subject: words.subject,
      paragraphs: [words.ask, words.notYou],
      link: { href: links(deps.config, record.id, locale).confirm(link.secret), label: words.button },
    },
    `confirm:${link.hash.slice(0, 16)}`,
  );
}

/**
 * Takes a validated sign-up: stores it (or finds the person's existing one), then emails a confirmation link. The
 * reply is the same whether or not the address was already signed up, so the form reveals nobody's subscriptions.
 */
export async function signUpForAlerts(
  input: AlertSignup & { locale?: Locale },
  clientKey: string,
  deps: AlertSignupDeps,
  districts: SubscriberDistricts | null = null,
  retried = false,
): Promise<SignupOutcome> {
  const now = deps.now();
  const id = subscriberId(deps.config.salt, SCOPE, input.email);
  const key = signupKeys.signup(id);
  const existing = await readRecord(deps.store, key, alertSignupRecordSchema);
  const linkStillFresh =
    existing?.status === 'pending' &&
    existing.lastEmailedAt !== null &&
    now.getTime() - Date.parse(existing.lastEmailedAt) < RESEND_AFTER_MS &&
    !isLapsed(existing, now);
  // Anything else may email the address typed in the form: the connection's limit first, and before each email the
  // address's daily cap on confirmation emails (across every flow).
  const rules = limitRules(deps.config.limits);
  const limits = deps.limits ?? deps.store;
  if (!linkStillFresh && !retried) {
    const allowed = await takeSlot(limits, rules.alertSignupsPerIp, clientKey, now);
    if (!allowed.ok) return { kind: 'rate_limited', retryAfterSeconds: allowed.retryAfterSeconds };
  }
  const byEmail = emailKey(deps.config.salt, input.email);
  const capConfirmations = () => takeSlot(limits, rules.confirmationsPerAddress, byEmail, now);

  if (existing?.status === 'confirmed') {
    // Already on the list: tell them so by email (at most once a day), with the way off it.
    const capped = await capConfirmations();
    if (!capped.ok) return { kind: 'rate_limited', retryAfterSeconds: capped.retryAfterSeconds };
    const day = Math.floor(now.getTime() / 86_400_000);
    // said in the language they signed up in: this request's may be anyone's
    const words = serverMessages(existing.lang ?? defaultLocale).email.alertAlready;
    const emailed = await sendToSubscriber(
      existing,
      deps,
      { subject: words.subject, paragraphs: [words.text] },
      `already:${day}`,
    );
    return { kind: 'check_email', emailed };
  }
  if (linkStillFresh) return { kind: 'check_email', emailed: true }; // the link we sent minutes ago still works

  const record: AlertSignupRecord = {
    ...pendingOptIn(now, SIGNUP_TTL_MS),
    id,
    email: input.email,
    name: input.name ?? existing?.name ?? null,
    // what they agreed to, in the words they read; `lang` below says which language those are
    consent: alertConsentText(input.locale),
    lastEmailedAt: null,
    districts: districts ?? existing?.districts ?? null,
    ...(input.locale && input.locale !== defaultLocale ? { lang: input.locale } : {}),
  };
  // Persist first: if the email fails, the sign-up is kept and a resubmit sends a new link.
  const written = await storeBeforeConfirming(deps.store, key, record, existing !== null, capConfirmations);
  if (written.kind === 'capped') return { kind: 'rate_limited', retryAfterSeconds: written.retryAfterSeconds };
  if (written.kind === 'lost_race') {
    // a concurrent duplicate won: again, on its record; after two, the link is on its way
    if (!retried) return signUpForAlerts(input, clientKey, deps, districts, true);
    return { kind: 'check_email', emailed: true };
  }
  const link = await issueConfirmation(deps.store, 'alerts', id, { now, ttlMs: SIGNUP_TTL_MS });
  const emailed = await sendConfirmation(record, link, deps);
  if (emailed) await deps.store.set(key, { ...record, lastEmailedAt: now.toISOString() });
  return { kind: 'check_email', emailed };
}

export type ConfirmSignupOutcome = 'confirmed' | 'already_confirmed' | 'expired' | 'invalid';

/** Confirms a sign-up from its emailed link (the POST from the page the link opens), then welcomes the person. */
export async function confirmAlertSignup(
  id: string,
  token: string,
  deps: AlertSignupDeps,
): Promise<ConfirmSignupOutcome> {
  const key = signupKeys.signup(id);
  const record = await readRecord(deps.store, key, alertSignupRecordSchema);
  if (!record) return 'invalid';
  if (record.status === 'confirmed') return 'already_confirmed';
  const now = deps.now();
  let link = await findConfirmation(deps.store, 'alerts', id, token, now);
  if (link.kind === 'invalid') link = checkOldAlertLink(record, token, now);
  if (link.kind !== 'valid') return link.kind;
  const confirmed: AlertSignupRecord = { ...record, ...confirmedState(record, now) };
  // written only over a record still there: an unsubscribe that deleted it since the read above is not undone
  let stillThere = false;
  await updateRecord<unknown>(deps.store, key, (current) => {
    stillThere = current !== null;
    return stillThere ? confirmed : undefined;
  });
  if (!stillThere) return 'invalid';
  // in the alerts' audience index from now on (with the districts the sign-up found): what alerts count and send to
  await Promise.all([consumeConfirmations(deps.store, 'alerts', id), addToAudience(deps.store, confirmed)]);
  // The welcome is a courtesy: if it fails, the person is still signed up (and the page told them so).
  const words = serverMessages(confirmed.lang ?? defaultLocale).email.alertWelcome;
  await sendToSubscriber(confirmed, deps, { subject: words.subject, paragraphs: [words.text] }, 'welcome');
  return 'confirmed';
}

/** Deletes a sign-up when the unsubscribe token is its own; true also when it was already gone. */
export async function unsubscribeFromAlerts(
  id: string,
  token: string,
  deps: Pick<AlertSignupDeps, 'store' | 'config'>,
): Promise<boolean> {
  if (!isUnsubscribeToken(deps.config.salt, SCOPE, id, token)) return false;
  await deps.store.delete(signupKeys.signup(id));
  // the record first, then the index: an add racing this one reads the record again after adding (alert-audience.ts)
  await Promise.all([consumeConfirmations(deps.store, 'alerts', id), removeFromAudience(deps.store, id)]);
  return true;
}

/** The daily purge: deletes lapsed unconfirmed sign-ups and old rate-limit marks. Returns how many sign-ups went. */
export async function purgeLapsedSignups(store: JsonStore, now: Date): Promise<number> {
  let purged = 0;
  for (const key of await store.keys(signupKeys.signups)) {
    const record = await readRecord(store, key, alertSignupRecordSchema);
    if (record && isLapsed(record, now)) {
      await store.delete(key);
      purged++;
    }
  }
  await purgeLimitMarkers(store, now);
  return purged;
}

/** Confirmed subscribers, oldest first: the list staff may email. */
export async function confirmedSignups(store: JsonStore): Promise<AlertSignupRecord[]> {
  const keys = await store.keys(signupKeys.signups);
  const records = await Promise.all(keys.map((k) => readRecord(store, k, alertSignupRecordSchema)));
  return records
    .filter((r): r is AlertSignupRecord => r?.status === 'confirmed')
    .sort((a, b) => (a.confirmedAt ?? '').localeCompare(b.confirmedAt ?? ''));
}
