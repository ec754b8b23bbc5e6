import { describe, expect, it } from 'vitest';
import type { StoredTaRequest } from '../../src/lib/schemas/ta-request.ts';
import { renderStaffEmail } from '../../src/lib/ta-request-email.ts';

const request: StoredTaRequest = {
  id: 'req-123',
  receivedAt: '2026-11-23T15:00:00.000Z',
  name: 'Ana Díaz',
  organization: 'Holland Elementary',
  role: 'Principal',
  email: 'ana@example.org',
  town: 'Boston',
  help: ['creating-connections', 'other'],
  message: 'We start a program in January.\nCan you train 12 mentors?',
  consent: true,
  notification: { status: 'pending', attempts: 0 },
};

describe('renderStaffEmail', () => {
  it('names the organization and town in the subject', () => {
    expect(renderStaffEmail(request).subject).toBe('Technical assistance request: Holland Elementary (Boston)');
  });

  it('lists every answer in the text, with the help topics as the form words them', () => {
    const { text } = renderStaffEmail(request);
    expect(text).toContain('Name: Ana Díaz\nSchool or organization: Holland Elementary\nRole: Principal\n');
    expect(text).toContain('Email: ana@example.org\nCity or town: Boston\n');
    expect(text).toContain('Help wanted: Creating Connections, Something else\n');
    expect(text).toContain('Request id: req-123');
    expect(text.endsWith('Message:\nWe start a program in January.\nCan you train 12 mentors?')).toBe(true);
  });

  it('keeps the message’s line breaks in the HTML version', () => {
    expect(renderStaffEmail(request).html).toContain(
      '<p>We start a program in January.<br>Can you train 12 mentors?</p>',
    );
  });

  it('says "(none)" when there is no message', () => {
    const { text, html } = renderStaffEmail({ ...request, message: '' });
    expect(text.endsWith('Message:\n(none)')).toBe(true);
    expect(html).toContain('<p>(none)</p>');
  });

  it('escapes everything a visitor typed in the HTML version', () => {
    const hostile = { ...request, name: '<img src=x onerror=alert(1)>', message: '<script>x</script> & "q"' };
    const { html } = renderStaffEmail(hostile);
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;');
  });

  it('keeps the subject on one line even if an organization name carries a line break', () => {
    const { subject } = renderStaffEmail({ ...request, organization: 'Evil\r\nBcc: victim@example.com' });
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toBe('Technical assistance request: Evil Bcc: victim@example.com (Boston)');
  });
});
