import { describe, expect, it } from 'vitest';
import { alertSignupLinkSchema, alertSignupSchema } from '../../../src/lib/schemas/alert-signup.ts';
import { messagesFor, problems } from '../../helpers/issues.ts';

describe('a budget alert sign-up', () => {
  it('needs only an email address and consent; an empty name is no name', () => {
    expect(alertSignupSchema.parse({ email: ' ana@example.com ', name: '  ', consent: 'on' })).toEqual({
      email: 'ana@example.com',
      name: undefined,
      consent: true,
      website: '',
    });
  });

  it('keeps a name given, trimmed, under the same rules as every name', () => {
    expect(alertSignupSchema.parse({ email: 'ana@example.com', name: ' Ana ', consent: 'on' }).name).toBe('Ana');
    const forged = alertSignupSchema.safeParse({ email: 'ana@example.com', name: 'Ana\nBcc: x', consent: 'on' });
    expect(messagesFor(forged, 'name')).toEqual(['Your name must be on one line']);
  });

  it('requires the consent box', () => {
    expect(problems(alertSignupSchema.safeParse({ email: 'ana@example.com' }))).toEqual([
      ['consent', 'Tick the box to agree to receive budget alert emails'],
    ]);
  });

  it('refuses an address that is not one, and a filled-in honeypot', () => {
    const r = alertSignupSchema.safeParse({ email: 'ana', consent: 'on', website: 'spam' });
    expect(problems(r)).toEqual([
      ['email', 'Enter an email address like name@example.com'],
      ['website', 'Leave the "Website" field empty'],
    ]);
  });
});

describe('a confirmation or unsubscribe link', () => {
  const id = '0123456789abcdef0123456789abcdef';
  const token = 'A1b2C3d4E5f6G7h8I9j0_-';

  it('is accepted with a 32-hex id and a random token', () => {
    expect(alertSignupLinkSchema.safeParse({ id, token }).success).toBe(true);
  });

  it('is refused when either part is malformed', () => {
    expect(problems(alertSignupLinkSchema.safeParse({ id: id.toUpperCase(), token }))).toEqual([
      ['id', 'This link is not valid'],
    ]);
    expect(problems(alertSignupLinkSchema.safeParse({ id, token: 'abc' }))).toEqual([
      ['token', 'This link is not valid'],
    ]);
  });
});
