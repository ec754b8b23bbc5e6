/**
 * The bodies of /staff/alerts/ (every alert, with where its sending stands) and /staff/alerts/<slug>/ (the preview
 * for chosen districts, the email's HTML escaped into the page with its text part, a test to oneself, the real send
 * and its progress, and the audience index's last rebuild with a button to rebuild it). Forms post and come back with
 * a status; the preview is a GET form, so it needs no script.
 */
import type { AlertData } from '../../lib/schemas/alert.ts';
import { localeNames, locales } from '../../i18n/locales.ts';
import { paths } from '../../lib/paths.ts';
import { html, type SafeHtml } from '../html-page.ts';
import type { AudienceIndexState } from '../alert-audience.ts';
import type { OutgoingEmail } from '../mailer.ts';
import type { AlertProgress, PreviewDistricts } from './alert-console.ts';
import { csrfField, statusNotice } from './console-html.ts';
import type { StaffSession } from './session.ts';

export const alertStatusMessages = {
  test_sent: 'The test was sent to your address.',
  test_queued: 'The test is queued: it goes out within a minute.',
  enqueued: 'The alert is on its way to its subscribers. The numbers below show its progress.',
  already_sent: 'This alert was already sent: nobody gets it twice.',
  not_configured: 'Email is not set up on this site (MAIL_FROM): nothing was sent.',
  audience_rebuilt: 'The alert audience was rebuilt from every sign-up.',
} as const;

const subscribers = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'subscriber' : 'subscribers'}`;
const signups = (n: number) => `${n.toLocaleString('en-US')} confirmed ${n === 1 ? 'sign-up' : 'sign-ups'}`;
const utc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/**
 * When the index's last rebuild ran and what it found ("2026-12-01 06:41 UTC: it counted 3 confirmed sign-ups."), or
 * null when its marker is unreadable. Read from the index's own marker, never from the address: the status after a
 * rebuild says what the stored rebuild counted, so a crafted link cannot show a number.
 */
function rebuildFinding(index: AudienceIndexState | null): string | null {
  if (!index) return null;
  if (index.confirmed === undefined) return `${utc(index.at)}.`;
  const held =
    index.members !== undefined && index.members !== index.confirmed
      ? ` The index held ${subscribers(index.members)} after it: people confirmed or unsubscribed while it ran.`
      : '';
  return `${utc(index.at)}: it counted ${signups(index.confirmed)}.${held}`;
}

export type DistrictOption = { id: string; name: string; chamber: 'house' | 'senate' };

/** Who an alert is for, in words. */
function audienceText(alert: AlertData, districtName: (id: string) => string): string {
  const a = alert.audience;
  if (a === 'everyone') return 'every subscriber';
  if ('chamber' in a) return `subscribers whose ${a.chamber === 'house' ? 'House' : 'Senate'} district is known`;
  return `subscribers in ${a.districts.map(districtName).join(', ')}`;
}

function progressText(p: AlertProgress): SafeHtml {
  if (!p.sent && p.audience === null) return html`not sent (its page counts its audience)`;
  if (!p.sent) return html`not sent (${p.audience} ${p.audience === 1 ? 'subscriber' : 'subscribers'} in its audience)`;
  return html`sent ${p.enqueuedAt?.slice(0, 16).replace('T', ' ') ?? ''} UTC: ${p.delivered} delivered to Resend,
${p.queued} queued, ${p.failed} failed, of ${p.recipients}`;
}

/** The list of alerts, newest first. */
export function alertsListBody(input: {
  url: URL;
  alerts: { alert: AlertData; progress: AlertProgress }[];
  districtName: (id: string) => string;
}): SafeHtml {
  const items = input.alerts.map(
    ({ alert, progress }) => html`<li class="panel">
<h2><a href="/staff/alerts/${alert.slug}/">${alert.title}</a></h2>
<p>${alert.date}${alert.email ? ' · emailed by the schedule' : ' · not emailed by the schedule'} · for
${audienceText(alert, input.districtName)}</p>
<p>${progressText(progress)}</p>
</li>`,
  );
  return html`<h1>Alerts</h1>
${statusNotice(input.url, alertStatusMessages)}
<p>Budget alerts from <code>content/alerts/</code>. Open one to preview it, send yourself a test, and send it.</p>
${items.length === 0 ? html`<p>No alerts yet.</p>` : html`<ul class="staff-list">${items}</ul>`}`;
}

/** One alert: preview, test, send, progress. */
export function alertBody(input: {
  url: URL;
  session: StaffSession;
  alert: AlertData;
  districts: PreviewDistricts;
  districtOptions: readonly DistrictOption[];
  preview: OutgoingEmail;
  progress: AlertProgress;
  districtName: (id: string) => string;
  /** its audience's sign-up languages, counted */
  languages: Record<'en' | 'es' | 'pt', number>;
  /** the audience index's last rebuild */
  index: AudienceIndexState | null;
}): SafeHtml {
  const { alert, districts, preview, progress, session } = input;
  const select = (chamber: 'house' | 'senate', label: string) => {
    const chosen = districts[chamber];
    const options = input.districtOptions
      .filter((d) => d.chamber === chamber)
      .map((d) => html`<option value="${d.id}"${d.id === chosen ? html` selected` : ''}>${d.name}</option>`);
    return html`<p><label for="preview-${chamber}">${label}</label>
<select id="preview-${chamber}" name="${chamber}"><option value="">Not known</option>${options}</select></p>`;
  };
  const chosenLanguage = districts.language ?? 'en';
  const languageOptions = locales.map(
    (l) =>
      html`<option value="${l}" lang="${l}"${l === chosenLanguage ? html` selected` : ''}>${localeNames[l]}</option>`,
  );
  const englishNames = { en: 'English', es: 'Spanish', pt: 'Portuguese' } as const;
  const translatedInto = Object.keys(alert.translations ?? {}).map((l) => englishNames[l as 'es' | 'pt']);
  const translationNote =
    translatedInto.length > 0
      ? `Translated by an editor into ${translatedInto.join(' and ')}. Subscribers in other languages get the ` +
        'English alert with a note, in their language, that it is English.'
      : 'Not translated: subscribers who signed up in Spanish or Portuguese get the English alert with a note, in ' +
        'their language, that it is English.';
  const byLanguage = locales.map((l) => `${englishNames[l]} ${input.languages[l]}`).join(' · ');
  const self = `/staff/alerts/${alert.slug}/`;
  const audience = (progress.sent ? progress.recipients : progress.audience) ?? 0;
  const finding = rebuildFinding(input.index);
  const rebuilt = finding
    ? `The audience index was last rebuilt ${finding}`
    : 'The audience index has no record of its last rebuild.';
  const messages = finding
    ? { ...alertStatusMessages, audience_rebuilt: `The alert audience was rebuilt ${finding}` }
    : alertStatusMessages;
  return html`<p class="breadcrumbs"><a href="/staff/alerts/">Alerts</a></p>
<h1>${alert.title}</h1>
${statusNotice(input.url, messages)}
<p>${alert.date} · for ${audienceText(alert, input.districtName)} ·
<a href="${paths.alert(alert.slug)}">its public page</a></p>
<h2>Progress</h2>
<p>${progressText(progress)}</p>
<h2>Preview</h2>
<form method="get" action="${self}" class="filter-form">
<p>As a subscriber in these districts, who signed up in this language, receives it:</p>
<div class="filter-fields">${select('house', 'House district')}${select('senate', 'Senate district')}
<p><label for="preview-language">Language</label>
<select id="preview-language" name="language">${languageOptions}</select></p></div>
<p>${translationNote} The words around it are always in the subscriber's language. Its audience by the language
they signed up in: ${byLanguage}.</p>
<p class="filter-actions"><button type="submit" class="button">Show the preview</button></p>
</form>
<dl class="staff-email-head">
<dt>From</dt><dd>${preview.from}</dd>
<dt>Subject</dt><dd>${preview.subject}</dd>
</dl>
<h3>Text part</h3>
<pre class="staff-email" tabindex="0">${preview.text}</pre>
<h3>HTML part (its source)</h3>
<pre class="staff-email" tabindex="0">${preview.html}</pre>
<h2>Send a test</h2>
<form method="post" action="${self}">
${csrfField(session)}
<input type="hidden" name="action" value="test">
<input type="hidden" name="house" value="${districts.house ?? ''}">
<input type="hidden" name="senate" value="${districts.senate ?? ''}">
<input type="hidden" name="language" value="${chosenLanguage}">
<p>Sends the preview above to your own address, ${session.email}, marked [Test].</p>
<p><button type="submit" class="button">Send me a test</button></p>
</form>
<h2>Send to subscribers</h2>
${
  progress.sent
    ? html`<p>Already sent. It is never sent twice.</p>`
    : html`<form method="post" action="${self}">
${csrfField(session)}
<input type="hidden" name="action" value="send">
<p>Each of the ${audience} ${audience === 1 ? 'subscriber' : 'subscribers'} in its audience gets it once, naming their
own legislators.</p>
<p><button type="submit" class="button">Send to ${audience} ${
        audience === 1 ? 'subscriber' : 'subscribers'
      }</button></p>
</form>`
}
<h2>The alert audience</h2>
<form method="post" action="${self}">
${csrfField(session)}
<input type="hidden" name="action" value="rebuild-audience">
<p>Audiences are counted from an index of confirmed sign-ups, which confirms and unsubscribes keep up to date.
${rebuilt}</p>
<p>If a count looks wrong, rebuild it: it reads every sign-up again, which takes a while when there are many. It is
safe to run at any time and more than once; people signing up or unsubscribing meanwhile are kept right.</p>
<p><button type="submit" class="button secondary">Rebuild the alert audience</button></p>
</form>`;
}
