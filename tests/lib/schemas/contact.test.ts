import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { contactSchema } from '../../../src/lib/schemas/contact.ts';

const shipped = yaml.load(readFileSync('content/contact.yaml', 'utf8'));

describe('the brief contact (content/contact.yaml)', () => {
  it('parses as editors ship it, with the organization website to print', () => {
    const contact = contactSchema.parse(shipped);
    expect(new URL(contact.web).protocol).toBe('https:');
  });

  it('takes a named person with role, email and phone', () => {
    const named = {
      ...(shipped as object),
      name: 'A Person',
      role: 'Director of Public Policy',
      email: 'person@example.org',
      phone: '617-000-0000',
    };
    expect(contactSchema.parse(named).name).toBe('A Person');
  });

  it('refuses an email that is not an address, and a contact without a source page', () => {
    expect(contactSchema.safeParse({ ...(shipped as object), email: 'not an address' }).success).toBe(false);
    expect(contactSchema.safeParse({ ...(shipped as object), source: undefined }).success).toBe(false);
  });
});
