/** The email that asks a sender to confirm their address before a letter goes out (campaigns that require it). */
import { escapeHtml } from '../lib/html.ts';
import { oneLine } from '../lib/letters.ts';
import { titleOf } from '../lib/paths.ts';
import { letterEngine } from './letter-delivery.ts';
import type { LetterDeps, LetterRecord } from './letter-records.ts';
import { engineMailer } from './mail-engine/index.ts';

/** Sends the confirmation link. The link opens a page with a button: mail scanners that open links confirm nothing. */
export async function sendLetterConfirmation(letter: LetterRecord, token: string, deps: LetterDeps): Promise<boolean> {
  if (!deps.config.mailFrom) return false;
  const link = `${deps.config.siteUrl}/api/letters/confirm?token=${encodeURIComponent(token)}`;
  const names = letter.recipients.map((r) => `${titleOf(r.chamber)} ${r.name}`).join(' and ');
  const text = [
    `Hello ${oneLine(letter.sender.name)},`,
    '',
    `Please confirm your email address so we can send your letter to ${names}:`,
    '',
    link,
    '',
    'If you did not write this letter, ignore this email: nothing will be sent.',
  ].join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
<p>Hello ${escapeHtml(oneLine(letter.sender.name))},</p>
<p>Please confirm your email address so we can send your letter to ${escapeHtml(names)}:</p>
<p><a href="${escapeHtml(link)}">Confirm and send my letter</a></p>
<p>If you did not write this letter, ignore this email: nothing will be sent.</p>
</body></html>`;
  // One email per token: a double submit reuses the letter (no new token), a later request for a new link gets one.
  const result = await engineMailer(letterEngine(deps), 'confirmation', 'constituent').send(
    {
      from: `"${deps.config.senderName}" <${deps.config.mailFrom}>`,
      to: [letter.sender.email],
      subject: 'Confirm your letter to your legislators',
      text,
      html,
    },
    `${letter.id}:confirm:${token.slice(0, 12)}`,
  );
  return result.ok;
}
