import { escapeHtml } from './html.ts';
import { helpTopicLabels, type StoredTaRequest } from './schemas/ta-request.ts';

/** The email that tells staff about a new request: plain text plus the same content as escaped HTML. */
export function renderStaffEmail(r: StoredTaRequest): { subject: string; text: string; html: string } {
  const rows: [string, string][] = [
    ['Name', r.name],
    ['School or organization', r.organization],
    ['Role', r.role],
    ['Email', r.email],
    ['City or town', r.town],
    ['Help wanted', r.help.map((h) => helpTopicLabels[h]).join(', ')],
    ['Received', r.receivedAt],
    ['Request id', r.id],
  ];
  const subject = `Technical assistance request: ${r.organization} (${r.town})`.replace(/[\r\n]+/g, ' ');
  const text = [
    'A school or program asked for help through the website. Reply to this email to answer them.',
    '',
    ...rows.map(([k, v]) => `${k}: ${v}`),
    '',
    'Message:',
    r.message || '(none)',
  ].join('\n');
  const html = [
    '<p>A school or program asked for help through the website. Reply to this email to answer them.</p>',
    '<table>',
    ...rows.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`),
    '</table>',
    '<p><strong>Message:</strong></p>',
    `<p>${r.message ? escapeHtml(r.message).replace(/\n/g, '<br>') : '(none)'}</p>`,
  ].join('\n');
  return { subject, text, html };
}
