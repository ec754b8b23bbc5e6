// The pieces every console page shares: the CSRF field, a status line only from a page's own codes, and the 303's
// address back to the page with its query kept.
import { describe, expect, it } from 'vitest';
import { backWith, csrfField, statusNotice } from '../../../src/server/staff/console-html.ts';

describe('console page pieces', () => {
  it('puts the session token in a hidden _csrf field, escaped', () => {
    expect(csrfField({ csrf: 'a"b', email: 'x@example.org', expiresAt: 0 }).value).toBe(
      '<input type="hidden" name="_csrf" value="a&quot;b">',
    );
  });

  it('shows only known status codes', () => {
    const messages = { saved: 'Saved.' };
    expect(statusNotice(new URL('https://x.org/?status=saved'), messages).value).toContain('Saved.');
    expect(statusNotice(new URL('https://x.org/?status=Saved.'), messages).value).toBe('');
    expect(statusNotice(new URL('https://x.org/?status=constructor'), messages).value).toBe('');
  });

  it('goes back with the status and the query that matters', () => {
    expect(backWith('/staff/pledges/', 'referred', { referral: 'not-referred', campaign: null })).toBe(
      '/staff/pledges/?referral=not-referred&status=referred',
    );
  });
});
