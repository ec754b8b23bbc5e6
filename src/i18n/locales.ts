/**
 * The site's languages. English is the default and stays unprefixed (its URLs do not change); Spanish and
 * Portuguese, the two languages most spoken at home in Massachusetts after English, live under /es/ and /pt/.
 */
export const locales = ['en', 'es', 'pt'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Each language named in itself, as a language switcher shows it. */
export const localeNames: Record<Locale, string> = { en: 'English', es: 'Español', pt: 'Português' };

/** BCP 47 tags for `lang`, `hreflang` and Intl formatting. */
export const localeTags: Record<Locale, string> = { en: 'en-US', es: 'es-US', pt: 'pt-BR' };

/** The `lang` of a page or email a function writes: plain "en" for English, as those have always said. */
export function htmlLang(locale: Locale): string {
  return locale === defaultLocale ? 'en' : localeTags[locale];
}

/** Narrows outside input (a form field, a URL segment) to a language we publish. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The language a path is in: its first segment when that is a prefixed locale, else English. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isLocale(first) && first !== defaultLocale ? first : defaultLocale;
}

/**
 * How far a catalogue has been checked. Every catalogue records it, so editors and readers know whether a native
 * speaker has reviewed the words yet.
 */
export type ReviewStatus = {
  status: 'source' | 'draft' | 'reviewed';
  /** Who wrote or reviewed it, and when (ISO date); free text for editors. */
  note: string;
};
