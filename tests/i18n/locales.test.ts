import { describe, expect, it } from 'vitest';
import { htmlLang, isLocale, localeOfPath } from '../../src/i18n/locales.ts';

describe('locales', () => {
  it('reads the language from the first path segment, English when there is none', () => {
    expect(localeOfPath('/es/campaigns/x/')).toBe('es');
    expect(localeOfPath('/pt/')).toBe('pt');
    expect(localeOfPath('/campaigns/x/')).toBe('en');
    expect(localeOfPath('/en/x/')).toBe('en');
    expect(localeOfPath('/')).toBe('en');
  });
  it('accepts only the languages we publish', () => {
    expect(isLocale('es')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
  it('tags a function’s page or email plainly "en" in English, and by region in the others', () => {
    expect(htmlLang('en')).toBe('en');
    expect(htmlLang('es')).toBe('es-US');
    expect(htmlLang('pt')).toBe('pt-BR');
  });
});
