/** The email that asks a sender to confirm their address before a letter goes out (campaigns that require it). */
import { escapeHtml } from '../lib/html.ts';
import { emailLink } from './link-pages.ts';
import { emailDocument, fromHeader } from './mailer.ts';
import { oneLine } from '../lib/letters.ts';
import { secretHash } from './confirmations.ts';
import { defaultLocale } from '../i18n/locales.ts';
import { say, serverMessages } from '../i18n/server.ts';
import { letterEngine } from './letter-delivery.ts';
import type { LetterDeps, LetterRecord } from './letter-records.ts';
import { engineMailer } from './mail-engine/index.ts';

/** Sends the confirmation link. The link opens a page with a button: mail scanners that open links confirm nothing. */
export async function sendLetterConfirmation(letter: LetterRecord, token: string, deps: LetterDeps): Promise<boolean> {
  if (!deps.config.mailFrom) return false;
  const locale = letter.lang ?? defaultLocale;
  const t = serverMessages(locale);
  const words = t.email.letterConfirm;
  const link = emailLink(deps.config.siteUrl, '/api/letters/confirm', { token }, locale);
  const names = letter.recipients.map((r) => `${t.titles[r.chamber]} ${r.name}`).join(t.flows.letters.and);
  const hello = say(t.email.hello, { name: oneLine(letter.sender.name) });
  const ask = say(words.ask, { names });
  const text = [hello, '', ask, '', link, '', words.notYou].join('\n');
  const html = emailDocument(
    locale,
    `<p>${escapeHtml(hello)}</p>
<p>${escapeHtml(ask)}</p>
<p><a href="${escapeHtml(link)}">${escapeHtml(words.button)}</a></p>
<p>${escapeHtml(words.notYou)}</p>`,
  );
  // One email per token: a double submit reuses the letter (no new token), a later request for a new link gets one.
  const result = await engineMailer(letterEngine(deps), 'confirmation', 'constituent').send(
    {
      from: fromHeader(deps.config.senderName, deps.config.mailFrom),
      to: [letter.sender.email],
      subject: words.subject,
      text,
      html,
    },
    `${letter.id}:confirm:${secretHash(token).slice(0, 16)}`,
  );
  return result.ok;
}
