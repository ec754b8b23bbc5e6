import { describe, expect, it } from 'vitest';
import { requestLocale } from '../../src/i18n/request-locale.ts';

const post = (headers: Record<string, string> = {}, url = 'https://act.example.org/api/letters') =>
  new Request(url, { method: 'POST', headers });

describe('the language of a request', () => {
  it('is the form’s own lang field when it names a language we publish', () => {
    expect(requestLocale(post(), { lang: 'es' })).toBe('es');
    expect(requestLocale(post({ referer: 'https://act.example.org/es/pledge/' }), { lang: 'pt' })).toBe('pt');
  });

  it('is a link’s ?lang when the body names none (our emails’ links carry it)', () => {
    expect(requestLocale(post({}, 'https://act.example.org/api/pledges/confirm?token=x&lang=pt'))).toBe('pt');
  });

  it('is the language of the page the person came from, by its path', () => {
    expect(requestLocale(post({ referer: 'https://act.example.org/pt/campaigns/x/' }))).toBe('pt');
    expect(requestLocale(post({ referer: 'https://act.example.org/campaigns/x/' }))).toBe('en');
  });

  it('falls back to English for an unknown or hostile lang, a broken Referer, and other headers', () => {
    for (const lang of ['fr', 'ES', '', ['es'], { es: 1 }, '../es', 'es-US', null])
      expect(requestLocale(post(), { lang })).toBe('en');
    expect(requestLocale(post({ referer: 'not a url' }))).toBe('en');
    expect(requestLocale(post({ 'accept-language': 'es-US,es;q=0.9' }))).toBe('en');
  });
});
