/** The email that asks a volunteer to confirm their pledge, and lets them withdraw it later from the same message. */
import { escapeHtml } from '../lib/html.ts';
import { emailLink } from './link-pages.ts';
import { emailDocument, fromHeader } from './mailer.ts';
import { oneLine } from '../lib/letters.ts';
import { defaultLocale, localeTags } from '../i18n/locales.ts';
import { say, serverMessages } from '../i18n/server.ts';
import { DEFERRED } from './mail-engine/deferred-addresses.ts';
import { confirmationMailKey, type PledgeDeps, type PledgeRecord } from './pledges.ts';

/**
 * Sends the confirm and withdraw links, in the language the person pledged in (their links open pages in it too).
 * Both open a page with a button: mail scanners that open links change nothing. The idempotency key is per link, so
 * a retried request never sends the same email twice.
 */
export async function sendPledgeConfirmation(
  pledge: PledgeRecord,
  token: string,
  campaignTitle: string,
  deps: PledgeDeps,
): Promise<boolean> {
  // no MAIL_FROM yet: queued all the same, naming a stand-in the mail engine fills in once it is set
  const from = deps.config.mailFrom ? fromHeader(deps.config.senderName, deps.config.mailFrom) : DEFERRED.from;
  const locale = pledge.lang ?? defaultLocale;
  const t = serverMessages(locale);
  const words = t.email.pledgeConfirm;
  const confirm = emailLink(deps.config.siteUrl, '/api/pledges/confirm', { token }, locale);
  const withdraw = emailLink(deps.config.siteUrl, '/api/pledges/withdraw', { token }, locale);
  const until = new Date(pledge.expiresAt).toLocaleDateString(localeTags[locale], {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'America/New_York',
  });
  const name = oneLine(pledge.name);
  const hello = say(t.email.hello, { name });
  const thanks = say(words.thanks, { campaign: campaignTitle });
  const linkLasts = say(words.until, { date: until });
  const text = [
    hello,
    '',
    thanks,
    '',
    confirm,
    '',
    linkLasts,
    '',
    words.changedMind,
    '',
    withdraw,
    '',
    words.notYou,
  ].join('\n');
  const withdrawLink = `<a href="${escapeHtml(withdraw)}">${escapeHtml(words.withdrawLink)}</a>`;
  const changedMind = escapeHtml(words.changedMindHtml).replace('{link}', withdrawLink);
  const html = emailDocument(
    locale,
    `<p>${escapeHtml(hello)}</p>
<p>${escapeHtml(thanks)}</p>
<p><a href="${escapeHtml(confirm)}">${escapeHtml(words.confirmLink)}</a></p>
<p>${escapeHtml(linkLasts)}</p>
<p>${changedMind}</p>
<p>${escapeHtml(words.notYou)}</p>`,
  );
  const result = await deps.mailer.send(
    {
      from,
      to: [pledge.email],
      subject: words.subject,
      text,
      html,
      tags: [{ name: 'campaign', value: pledge.campaign }],
    },
    confirmationMailKey(pledge.id, token),
  );
  return result.ok;
}
