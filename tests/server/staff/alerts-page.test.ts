// The alerts pages: each alert with where its sending stands; one alert's preview with the email's HTML escaped
// into the page (its markup shown, never run) and its text part, a test form, and a send button only until it is sent.
import { describe, expect, it } from 'vitest';
import type { AlertData } from '../../../src/lib/schemas/alert.ts';
import { alertBody, alertsListBody } from '../../../src/server/staff/alerts-page.ts';

const alert: AlertData = {
  slug: 'house-vote',
  title: 'The House votes',
  date: '2026-11-23',
  summary: 'Ask them.',
  email: false,
  audience: { districts: ['ma-house-001'] },
};
const districtName = (id: string) => (id === 'ma-house-001' ? '1st Barnstable' : id);
const preview = {
  from: '"Take Action" <alerts@example.org>',
  to: ['me@example.org'],
  subject: 'The House votes',
  text: 'Hello,\n\nAsk them.',
  html: '<p>Hello,</p><script>alert(1)</script>',
};
const rebuilt = { at: '2026-11-30T09:15:00.000Z', confirmed: 1234, members: 1234 };
const render = (
  sent: boolean,
  url = 'https://x.org/staff/alerts/house-vote/',
  index: typeof rebuilt | null = rebuilt,
) =>
  alertBody({
    url: new URL(url),
    session: { csrf: 'tok', email: 'me@example.org', expiresAt: 0 },
    alert,
    districts: { house: 'ma-house-001', senate: null },
    districtOptions: [
      { id: 'ma-house-001', name: '1st Barnstable', chamber: 'house' },
      { id: 'ma-senate-001', name: 'Cape and Islands', chamber: 'senate' },
    ],
    preview,
    progress: sent
      ? { sent: true, enqueuedAt: '2026-11-30T12:00:00Z', recipients: 3, queued: 1, delivered: 2, failed: 0 }
      : { sent: false, audience: 3 },
    districtName,
    languages: { en: 2, es: 1, pt: 0 },
    index,
  }).value;

describe('the alerts pages', () => {
  it('lists alerts with their audience and progress', () => {
    const page = alertsListBody({
      url: new URL('https://x.org/staff/alerts/'),
      alerts: [{ alert, progress: { sent: false, audience: 3 } }],
      districtName,
    }).value;
    expect(page).toContain('<a href="/staff/alerts/house-vote/">The House votes</a>');
    expect(page).toContain('subscribers in 1st Barnstable');
    expect(page).toContain('not sent (3 subscribers in its audience)');
  });

  it('lists an alert not sent without counting its audience (that reads every subscriber): its page does', () => {
    const page = alertsListBody({
      url: new URL('https://x.org/staff/alerts/'),
      alerts: [{ alert, progress: { sent: false, audience: null } }],
      districtName,
    }).value;
    expect(page).toContain('not sent (its page counts its audience)');
  });

  it('shows the preview escaped, keeps the chosen district, and offers a test and the send', () => {
    const page = render(false);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>');
    expect(page).toContain('<option value="ma-house-001" selected>1st Barnstable</option>');
    expect(page).toContain('<input type="hidden" name="house" value="ma-house-001">');
    expect(page).toContain('Sends the preview above to your own address, me@example.org');
    expect(page).toContain('Send to 3 subscribers</button>');
    expect(page.match(/name="_csrf" value="tok"/g)).toHaveLength(3);
  });

  it('previews any language a subscriber can sign up in, and counts its audience by language', () => {
    const page = render(false, 'https://x.org/staff/alerts/house-vote/');
    expect(page).toContain('<option value="es" lang="es">Español</option>');
    expect(page).toContain('<input type="hidden" name="language" value="en">');
    expect(page).toContain('Not translated: subscribers who signed up in Spanish or Portuguese get the English alert');
    expect(page).toContain('English 2 · Spanish 1 · Portuguese 0');
  });

  it('once sent, shows its progress and no send button', () => {
    const page = render(true, 'https://x.org/staff/alerts/house-vote/?status=already_sent');
    expect(page).toContain('2 delivered to Resend,\n1 queued, 0 failed, of 3');
    expect(page).not.toContain('name="action" value="send"');
    expect(page).toContain('nobody gets it twice');
  });

  it('offers to rebuild the audience, saying what the last rebuild counted, and after one says it at the top', () => {
    const page = render(false);
    expect(page).toContain('<input type="hidden" name="action" value="rebuild-audience">');
    expect(page).toContain('Rebuild the alert audience</button>');
    expect(page).toContain('last rebuilt 2026-11-30 09:15 UTC: it counted 1,234 confirmed sign-ups.');
    expect(page.match(/name="_csrf" value="tok"/g)).toHaveLength(3);
    const after = render(false, 'https://x.org/staff/alerts/house-vote/?status=audience_rebuilt');
    expect(after).toContain(
      '<p class="notice" role="status">The alert audience was rebuilt 2026-11-30 09:15 UTC: it counted 1,234 ' +
        'confirmed sign-ups.</p>',
    );
    // people who confirmed or unsubscribed while it ran: the index holds a different number than it counted
    const moving = render(false, undefined, { ...rebuilt, members: 1236 });
    expect(moving).toContain('The index held 1,236 subscribers after it: people confirmed or unsubscribed');
    expect(render(false, undefined, null)).toContain('The audience index has no record of its last rebuild.');
  });
});
