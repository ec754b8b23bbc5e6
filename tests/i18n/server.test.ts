import { describe, expect, it } from 'vitest';
import { letterRequestSchema } from '../../src/lib/schemas/letter-request.ts';
import { pledgeRequestSchema } from '../../src/lib/schemas/pledge.ts';
import { localizedFieldErrors, localizedPath } from '../../src/i18n/server.ts';
import { fieldErrors } from '../../src/lib/api.ts';

describe('localizedPath', () => {
  it('leaves English paths as they are', () => {
    expect(localizedPath('/campaigns/x/thanks/', 'en')).toBe('/campaigns/x/thanks/');
  });

  it('puts a page under its language, and gives a function’s page a lang', () => {
    expect(localizedPath('/campaigns/x/', 'es')).toBe('/es/campaigns/x/');
    expect(localizedPath('/pledge/?campaign=x', 'pt')).toBe('/pt/pledge/?campaign=x');
    expect(localizedPath('/api/pledges/thanks?campaign=x&status=confirmed', 'pt')).toBe(
      '/api/pledges/thanks?campaign=x&status=confirmed&lang=pt',
    );
    expect(localizedPath('https://elsewhere.example/', 'es')).toBe('https://elsewhere.example/');
  });

  it('keeps a page the site publishes only in English at its English address, never a missing page', () => {
    expect(localizedPath('/programs/some-program/', 'pt')).toBe('/programs/some-program/');
    expect(localizedPath('/schools/request-received/', 'es')).toBe('/schools/request-received/');
    // and a page published in every language is the person's own: a letter's thank-you, a call page, a program's
    // "received" page
    expect(localizedPath('/campaigns/x/thanks/', 'es')).toBe('/es/campaigns/x/thanks/');
    expect(localizedPath('/campaigns/x/call/', 'es')).toBe('/es/campaigns/x/call/');
    expect(localizedPath('/programs/submit/received/', 'es')).toBe('/es/programs/submit/received/');
  });
});

describe('field messages in the person’s language', () => {
  const badLetter = { campaign: 'x', name: '', email: 'nope', message: 'short', lat: 42.35, lon: -71.06 };

  it('English is exactly the schema’s own words', () => {
    const error = letterRequestSchema.safeParse(badLetter).error!;
    expect(localizedFieldErrors(error, 'en')).toEqual(fieldErrors(error));
  });

  it('Spanish and Portuguese say each message in the catalogue’s words, numbers carried over', () => {
    const error = letterRequestSchema.safeParse(badLetter).error!;
    expect(localizedFieldErrors(error, 'es')).toEqual({
      name: ['Escriba su nombre'],
      email: ['Escriba un correo electrónico como nombre@ejemplo.com'],
      message: ['Su carta necesita al menos 20 caracteres'],
    });
    expect(localizedFieldErrors(error, 'pt').message).toEqual(['A sua carta precisa de pelo menos 20 caracteres']);
  });

  it('a message no key matches says what kind of problem it is, never zod’s own words', () => {
    const error = pledgeRequestSchema.safeParse({ campaign: 42, name: 'Ana', email: 'a@b.co', consent: true }).error!;
    const fields = localizedFieldErrors(error, 'es');
    expect(fields.campaign).toEqual(['No podemos leer esta respuesta en esta forma']);
    for (const messages of Object.values(fields)) for (const m of messages) expect(m).not.toMatch(/Invalid|expected/);
  });
});
