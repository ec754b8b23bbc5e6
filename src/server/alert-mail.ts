/**
 * Budget alerts, emailed: an alert in content with `email: true` goes to each confirmed subscriber in its audience
 * exactly once. The job enqueues one email per subscriber under the key alert:<slug>:<subscriber>, in bundles by a
 * hash of it (create-only, so a rerun or a second job at once adds nothing), marks the alert enqueued, and lets the
 * mail engine send. Each email is personal: it names the subscriber's own legislators and links to the campaign's
 * letter already located.
 */
import { escapeHtml } from '../lib/html.ts';
import type { AlertAudience, AlertData } from '../lib/schemas/alert.ts';
import type { Legislator } from '../lib/schemas/legislator.ts';
import { alertUnsubscribeUrl } from './alert-signups.ts';
import type { SubscriberDistricts } from './alert-districts.ts';
import { inAudience, indexedSubscribers, type Subscriber } from './alert-audience.ts';
import type { AppConfig } from './config.ts';
import { enqueueBundled, runSender, type EngineDeps, type SendReport } from './mail-engine/index.ts';
import type { OutgoingEmail } from './mailer.ts';
import type { JsonStore } from './store.ts';
import { defaultLocale, htmlLang, type Locale } from '../i18n/locales.ts';
import { localizedPath, say, serverMessages, type ServerMessages } from '../i18n/server.ts';

export type AlertMailDeps = {
  /** the alert sign-ups store */
  signups: JsonStore;
  engine: EngineDeps;
  config: AppConfig;
  alerts: AlertData[];
  /** the sitting member by district id (find-data's index) */
  legislators: Map<string, Legislator>;
  /** district names by id, for a vacant seat */
  districtNames: Map<string, string>;
};

/** An alert is emailed from its date for this long; an older one is never sent late to a surprised list. */
export const SEND_WINDOW_DAYS = 14;

/** Marks an alert as enqueued, in the mail store: the job and the staff console both skip an alert marked. */
export const alertMarker = (slug: string) => `alert/${slug}`;

/** The group an alert's emails are counted in as the engine sends them (its progress for staff). */
export const alertTally = (slug: string) => `alert/${slug}`;

/** The one key of one subscriber's email about one alert: whoever enqueues it (the job, the console), it goes once. */
export const alertMailKey = (slug: string, subscriberId: string) => `alert:${slug}:${subscriberId}`;

type Named = { chamber: 'house' | 'senate'; line: string };

/** The subscriber's own legislators as sentences ("Your representative is ..."), in the alert's chambers. */
function ownLegislators(
  districts: SubscriberDistricts | null | undefined,
  audience: AlertAudience,
  deps: AlertMailDeps,
  t: ServerMessages,
): Named[] {
  const chambers =
    typeof audience === 'object' && 'chamber' in audience ? [audience.chamber] : (['house', 'senate'] as const);
  const named: Named[] = [];
  for (const chamber of chambers) {
    const id = districts?.[chamber];
    if (!id) continue;
    const member = deps.legislators.get(id);
    const words = t.email.alert;
    named.push({
      chamber,
      line: member
        ? say(chamber === 'house' ? words.yourRepresentative : words.yourSenator, {
            name: member.name,
            district: member.district,
          })
        : say(words.vacantSeat, { district: deps.districtNames.get(id) ?? id, chamber: t.chambers[chamber] }),
    });
  }
  return named;
}

/** Where the email's button goes: the campaign's letter with the subscriber's districts already filled in. */
export function actionUrl(
  alert: AlertData,
  districts: SubscriberDistricts | null | undefined,
  siteUrl: string,
  locale: Locale = defaultLocale,
): string {
  if (!alert.campaign) return `${siteUrl}${localizedPath(`/alerts/${alert.slug}/`, locale)}`;
  const query = new URLSearchParams();
  if (districts?.house) query.set('house', districts.house);
  if (districts?.senate) query.set('senate', districts.senate);
  const q = query.toString();
  return `${siteUrl}${localizedPath(`/campaigns/${alert.campaign}/`, locale)}${q ? `?${q}` : ''}#act`;
}

/** One subscriber's email about one alert: plain text and HTML, the unsubscribe link and one-click headers. */
export function alertEmailFor(alert: AlertData, subscriber: Subscriber, deps: AlertMailDeps): OutgoingEmail {
  const { config } = deps;
  const from = `"${config.senderName}" <${config.mailFrom}>`;
  // The words around the alert are always the subscriber's; the alert itself (title, summary, deadline) is theirs when
  // an editor translated it (content/alerts/<locale>/), else the English content with a note saying so.
  const locale = subscriber.lang ?? defaultLocale;
  const t = serverMessages(locale);
  const words = t.email.alert;
  const own = alertInLanguage(alert, locale);
  const unsubscribe = alertUnsubscribeUrl(config, subscriber.id, locale);
  const greeting = subscriber.name ? say(t.email.hello, { name: subscriber.name }) : t.email.helloNoName;
  const named = ownLegislators(subscriber.districts, alert.audience, deps, t);
  const action = actionUrl(alert, subscriber.districts, config.siteUrl, locale);
  const actionLabel = !alert.campaign ? words.readAlert : named.length > 0 ? words.writeNow : words.findAndWrite;
  const readMore = `${config.siteUrl}${localizedPath(`/alerts/${alert.slug}/`, locale)}`;
  const deadline = alert.deadline ? `${own.deadlineLabel ?? alert.deadline.label}: ${alert.deadline.date}.` : null;
  const footer = say(words.footer, { page: `${config.siteUrl}${localizedPath('/alerts/', locale)}` });
  const englishOnly = own.lang === locale ? [] : [words.englishOnly];
  const text = `${[
    greeting,
    '',
    ...englishOnly.flatMap((line) => [line, '']),
    own.summary,
    '',
    ...(deadline ? [deadline, ''] : []),
    ...named.map((n) => n.line),
    ...(named.length ? [''] : []),
    `${actionLabel}: ${action}`,
    '',
    `${words.readWhole}: ${readMore}`,
    '',
    '--',
    footer,
    `${t.email.unsubscribe}: ${unsubscribe}`,
  ].join('\n')}\n`;
  const middle = [
    ...(deadline ? [`<p><strong>${escapeHtml(deadline)}</strong></p>`] : []),
    ...named.map((n) => `<p>${escapeHtml(n.line)}</p>`),
  ].join('\n');
  const head = `<head><meta charset="utf-8"><title>${escapeHtml(own.title)}</title></head>`;
  const lang = htmlLang(locale);
  // English content says so (inside another language's email, for screen readers), as it always has
  const summaryLang = own.lang === defaultLocale ? ' lang="en"' : '';
  const summaryHtml = `<p${summaryLang}>${escapeHtml(own.summary)}</p>`;
  const html = `<!doctype html><html lang="${lang}">${head}<body>
<p>${escapeHtml(greeting)}</p>
${englishOnly.map((line) => `<p>${escapeHtml(line)}</p>\n`).join('')}${summaryHtml}
${middle}
<p><a href="${escapeHtml(action)}">${escapeHtml(actionLabel)}</a></p>
<p><a href="${escapeHtml(readMore)}">${escapeHtml(words.readWhole)}</a></p>
<hr>
<p>${escapeHtml(footer)} <a href="${escapeHtml(unsubscribe)}">${escapeHtml(t.email.unsubscribe)}</a>.</p>
</body></html>
`;
  return {
    from,
    to: [subscriber.email],
    subject: own.title,
    text,
    html,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    tags: [
      { name: 'list', value: 'budget_alerts' },
      { name: 'alert', value: alert.slug.replace(/[^A-Za-z0-9_-]/g, '_') },
    ],
  };
}

/**
 * An alert's words in a language: the editors' translation when there is one, else the English. `lang` says which it
 * is, so the email can note English content.
 */
export function alertInLanguage(
  alert: AlertData,
  locale: Locale,
): { lang: Locale; title: string; summary: string; deadlineLabel?: string } {
  // translations exist for the prefixed languages only (es, pt)
  const translated = locale === defaultLocale ? undefined : alert.translations?.[locale as Exclude<Locale, 'en'>];
  if (translated) return { lang: locale, ...translated };
  return { lang: defaultLocale, title: alert.title, summary: alert.summary, deadlineLabel: alert.deadline?.label };
}

/** Alerts due to be emailed now: `email: true`, dated today or in the last SEND_WINDOW_DAYS days. */
export function alertsDue(alerts: AlertData[], now: Date): AlertData[] {
  const today = now.toISOString().slice(0, 10);
  const earliest = new Date(now.getTime() - SEND_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
  return alerts.filter((a) => a.email && a.date <= today && a.date >= earliest);
}

/**
 * Enqueues one alert for every subscriber in its audience, then marks it enqueued. Safe to repeat and to race: each
 * email has one key, created only if new.
 */
export async function enqueueAlert(
  alert: AlertData,
  subscribers: Subscriber[],
  deps: AlertMailDeps,
  now: Date,
): Promise<{ slug: string; recipients: number; enqueued: number }> {
  const audience = subscribers.filter((s) => inAudience(alert.audience, s.districts));
  const items = audience.map((s) => ({
    email: alertEmailFor(alert, s, deps),
    idempotencyKey: alertMailKey(alert.slug, s.id),
    options: { kind: 'alert', recipientRole: 'subscriber' as const, tally: alertTally(alert.slug) },
  }));
  // bundles of about 25: one write, one claim and one delete for each, instead of two, one and two per email
  const { created } = await enqueueBundled(deps.engine.store, `alert:${alert.slug}`, items, now);
  // marked only once every email is queued: a run cut short enqueues the rest next time (repeats are harmless).
  // `counted`: its emails add to the alert's tally, so its progress is read from that count
  const marker = { enqueuedAt: now.toISOString(), recipients: items.length, counted: true };
  await deps.engine.store.create(alertMarker(alert.slug), marker);
  return { slug: alert.slug, recipients: items.length, enqueued: created };
}

export type AlertRun = { alerts: { slug: string; recipients: number; enqueued: number }[]; report: SendReport | null };

/**
 * Enqueues each due alert not yet enqueued (one email per subscriber in its audience), then sends what is queued.
 * Safe to run again and to run twice at once: every email has one key, and the engine sends each key once.
 */
export async function sendDueAlerts(
  deps: AlertMailDeps,
  options: { budgetMs?: number; send?: boolean } = {},
): Promise<AlertRun> {
  const now = deps.engine.now();
  const run: AlertRun = { alerts: [], report: null };
  const due = [];
  for (const alert of alertsDue(deps.alerts, now))
    if (!(await deps.engine.store.get(alertMarker(alert.slug)))) due.push(alert);
  if (due.length > 0 && !deps.config.mailFrom) {
    console.warn('alerts: MAIL_FROM is not set; alerts wait until it is');
    return run;
  }
  const subscribers = due.length > 0 ? await indexedSubscribers(deps.signups) : [];
  for (const alert of due) run.alerts.push(await enqueueAlert(alert, subscribers, deps, now));
  if (options.send !== false) run.report = await runSender(deps.engine, { budgetMs: options.budgetMs ?? 22_000 });
  return run;
}
