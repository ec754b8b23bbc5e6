import { describe, expect, it } from 'vitest';
import {
  emailSchema,
  letterConfirmSchema,
  letterRequestSchema,
  personNameSchema,
} from '../../../src/lib/schemas/letter-request.ts';
import { messagesFor, problems } from '../../helpers/issues.ts';

const letter = 'Please fund mentoring in the budget this year.';
const form = {
  campaign: 'mentoring-matching-grants',
  town: 'Acton',
  name: 'Ana Díaz',
  email: 'ana@example.com',
  message: letter,
};
const parse = (over: Record<string, unknown>) => letterRequestSchema.safeParse({ ...form, ...over });

describe('a letter as a form posts it', () => {
  it('is accepted with defaults: an ask, no story, no consent to be contacted', () => {
    const r = letterRequestSchema.parse(form);
    expect(r).toMatchObject({ kind: 'ask', story: '', contactConsent: false, website: '', town: 'Acton' });
  });

  it('reads an empty kind as an ask, and takes a thank-you', () => {
    expect(parse({ kind: '' }).data?.kind).toBe('ask');
    expect(parse({ kind: 'thank_you' }).data?.kind).toBe('thank_you');
    expect(parse({ kind: 'complaint' }).success).toBe(false);
  });

  it('reads a ticked checkbox as consent', () => {
    expect(parse({ contactConsent: 'on' }).data?.contactConsent).toBe(true);
    expect(parse({ contactConsent: true }).data?.contactConsent).toBe(true);
    expect(parse({ contactConsent: 'off' }).data?.contactConsent).toBe(false);
  });

  it('keeps the letter’s paragraphs, with Windows line breaks made plain and outer space trimmed', () => {
    expect(parse({ message: `  ${letter}\r\n\r\nThank you.  ` }).data?.message).toBe(`${letter}\n\nThank you.`);
  });

  it('refuses a letter that is too short or too long, saying how long it must be', () => {
    expect(messagesFor(parse({ message: 'Fund it.' }), 'message')).toEqual([
      'Your letter needs at least 20 characters',
    ]);
    expect(messagesFor(parse({ message: 'x'.repeat(6001) }), 'message')).toEqual([
      'Your letter can be at most 6000 characters',
    ]);
    expect(messagesFor(parse({ story: 'x'.repeat(2001) }), 'story')).toEqual([
      'Your story can be at most 2000 characters',
    ]);
  });

  it('refuses control characters in the letter, but not line breaks or tabs', () => {
    expect(messagesFor(parse({ message: `${letter}\u0007` }), 'message')).toEqual([
      'Your letter contains characters we cannot send',
    ]);
    expect(parse({ message: `${letter}\n\tThanks` }).success).toBe(true);
  });

  it('refuses a filled-in honeypot', () => {
    expect(messagesFor(parse({ website: 'http://spam.example' }), 'website')).toEqual([
      'Leave the "Website" field empty',
    ]);
  });

  it('asks where the person lives when no location is given', () => {
    expect(problems(parse({ town: undefined }))).toEqual([
      ['street', 'enter your street address, or your city, town or ZIP code'],
    ]);
  });

  it('refuses a campaign that is not a slug', () => {
    expect(messagesFor(parse({ campaign: '../admin' }), 'campaign')).toEqual(['must be a lower-case slug']);
  });

  it('takes no recipient: an email address field is not part of the result', () => {
    const r = parse({ to: 'someone@example.com', recipients: ['x@example.com'] });
    expect(r.success).toBe(true);
    expect(r.data).not.toHaveProperty('to');
    expect(r.data).not.toHaveProperty('recipients');
  });
});

describe('a person’s name', () => {
  it('is trimmed and required', () => {
    expect(personNameSchema.parse('  Ana Díaz ')).toBe('Ana Díaz');
    expect(personNameSchema.safeParse('   ').error?.issues[0]?.message).toBe('Enter your name');
    expect(personNameSchema.safeParse(undefined).error?.issues[0]?.message).toBe('Enter your name');
  });

  it('must be one line without control characters, since it goes into an email’s From name', () => {
    for (const name of ['Ana\nBcc: x@example.com', 'Ana\r\nDíaz', 'Ana\u2028Díaz', 'Ana\u0000']) {
      expect(personNameSchema.safeParse(name).error?.issues[0]?.message, JSON.stringify(name)).toBe(
        'Your name must be on one line',
      );
    }
  });

  it('cannot carry angle brackets, which would forge an address in the From header', () => {
    expect(personNameSchema.safeParse('Ana <boss@example.com>').error?.issues[0]?.message).toBe(
      'Your name cannot contain < or >',
    );
  });

  it('is at most 100 characters', () => {
    expect(personNameSchema.safeParse('x'.repeat(101)).error?.issues[0]?.message).toBe(
      'Use at most 100 characters for your name',
    );
  });
});

describe('an email address', () => {
  it('is trimmed', () => {
    expect(emailSchema.parse(' ana@example.com ')).toBe('ana@example.com');
  });

  it('is refused with an example when it is not an address', () => {
    expect(emailSchema.safeParse('ana@').error?.issues[0]?.message).toBe(
      'Enter an email address like name@example.com',
    );
    expect(emailSchema.safeParse('ana@example.com, bob@example.com').success).toBe(false);
    expect(emailSchema.safeParse(undefined).error?.issues[0]?.message).toBe('Enter your email address');
  });

  it('is refused when longer than an address can be', () => {
    expect(emailSchema.safeParse(`${'a'.repeat(250)}@example.com`).error?.issues[0]?.message).toBe(
      'That email address is too long',
    );
  });
});

describe('a confirmation link', () => {
  it('accepts a random token and refuses anything else', () => {
    expect(letterConfirmSchema.safeParse({ token: 'A1b2C3d4E5f6G7h8I9j0_-xy' }).success).toBe(true);
    expect(problems(letterConfirmSchema.safeParse({ token: 'short' }))).toEqual([
      ['token', 'This confirmation link is not valid'],
    ]);
    expect(letterConfirmSchema.safeParse({ token: 'A1b2C3d4E5f6G7h8I9j0/../x' }).success).toBe(false);
  });
});
