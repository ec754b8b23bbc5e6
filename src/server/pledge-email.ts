/** The email that asks a volunteer to confirm their pledge, and lets them withdraw it later from the same message. */
import { escapeHtml } from '../lib/html.ts';
import { oneLine } from '../lib/letters.ts';
import type { PledgeDeps, PledgeRecord } from './pledges.ts';

/**
 * Sends the confirm and withdraw links. Both open a page with a button: mail scanners that open links change nothing.
 * The idempotency key is per link, so a retried request never sends the same email twice.
 */
export async function sendPledgeConfirmation(
  pledge: PledgeRecord,
  token: string,
  campaignTitle: string,
  deps: PledgeDeps,
): Promise<boolean> {
  if (!deps.config.mailFrom) return false;
  const confirm = `${deps.config.siteUrl}/api/pledges/confirm?token=${encodeURIComponent(token)}`;
  const withdraw = `${deps.config.siteUrl}/api/pledges/withdraw?token=${encodeURIComponent(token)}`;
  const until = new Date(pledge.expiresAt).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'America/New_York',
  });
  const name = oneLine(pledge.name);
  const text = [
    `Hello ${name},`,
    '',
    `Thank you for pledging to mentor (${campaignTitle}). Please confirm your pledge: it counts only once you do.`,
    '',
    confirm,
    '',
    `The link works until ${until}. If you do not confirm, your pledge and your details are deleted then.`,
    '',
    'Changed your mind? Withdraw your pledge and delete your details at any time, with this link:',
    '',
    withdraw,
    '',
    'If you did not pledge, ignore this email: nothing is counted and your address is deleted within a week.',
  ].join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
<p>Hello ${escapeHtml(name)},</p>
<p>Thank you for pledging to mentor (${escapeHtml(campaignTitle)}). Please confirm your pledge: it counts only once you do.</p>
<p><a href="${escapeHtml(confirm)}">Confirm my pledge</a></p>
<p>The link works until ${escapeHtml(until)}. If you do not confirm, your pledge and your details are deleted then.</p>
<p>Changed your mind? <a href="${escapeHtml(withdraw)}">Withdraw my pledge and delete my details</a>, at any time.</p>
<p>If you did not pledge, ignore this email: nothing is counted and your address is deleted within a week.</p>
</body></html>`;
  const result = await deps.mailer.send(
    {
      from: `"${deps.config.senderName}" <${deps.config.mailFrom}>`,
      to: [pledge.email],
      subject: 'Confirm your pledge to mentor',
      text,
      html,
      tags: [{ name: 'campaign', value: pledge.campaign }],
    },
    `pledge:${pledge.id}:confirm:${token.slice(33, 45)}`,
  );
  return result.ok;
}
