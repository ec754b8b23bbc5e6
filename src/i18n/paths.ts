// Where a page lives in each language. English keeps its URLs; Spanish and Portuguese copies sit under /es/ and /pt/,
// only for the pages people act on (the localized set below), so the build does not triple its 3,000 pages.
import { defaultLocale, type Locale, localeOfPath, locales } from './locales.ts';

/**
 * English paths (and the paths beneath them, for `/campaigns/`) that exist in every language. A path outside this set
 * is English only: the language switcher then leads to that language's home page.
 */
const localizedExact = [
  '/',
  '/campaigns/',
  '/pledge/',
  '/find/',
  '/alerts/',
  '/champions/thanks/',
  '/programs/',
  '/programs/no-match/',
  '/map/',
  '/programs/submit/',
  '/programs/submit/received/',
  '/about/privacy/',
];
const localizedPatterns = [
  // each campaign, its letter's outcome pages (thanks/, thanks/queued/ ...), its thank-you letter and its call
  /^\/campaigns\/[a-z0-9-]+\/((thanks\/([a-z-]+\/)?)|thank-you\/|call\/)?$/,
  // where forms without JavaScript land: sign-up steps, a champion thank-you's outcome, the finder's problems
  /^\/alerts\/signup\/[a-z-]+\/$/,
  /^\/champions\/thanks\/[a-z-]+\/$/,
  /^\/find\/problem\/[a-z-]+\/$/,
];

const filterPage = /^\/programs\/filter\/([a-z0-9-]+)\/([a-z0-9-]+)\/([a-z0-9-]+)\/([a-z0-9-]+)\/$/;

/**
 * Whether a filtered directory page is published in every language: those with one filter chosen. Every
 * combination in three languages would nearly double the build's pages; with JavaScript, the translated directory
 * filters in place whatever is chosen.
 */
export function isLocalizedFilterPath(path: string): boolean {
  const values = filterPage.exec(path)?.slice(1) ?? [];
  return values.filter((value) => value !== 'any').length === 1;
}

/** The English path of a page in any language ("/es/pledge/" -> "/pledge/"). */
export function englishPathOf(pathname: string): string {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const locale = localeOfPath(path);
  return locale === defaultLocale ? path : path.slice(locale.length + 1);
}

/** Whether a page (given by any language's path) is published in every language. */
export function isLocalizedPath(pathname: string): boolean {
  const path = englishPathOf(pathname);
  if (localizedExact.includes(path) || isLocalizedFilterPath(path)) return true;
  return localizedPatterns.some((pattern) => pattern.test(path));
}

/** The address of an English path in a language: "/pledge/" in Spanish is "/es/pledge/"; fragments and queries kept. */
export function localizePath(englishPath: string, locale: Locale): string {
  if (locale === defaultLocale || !englishPath.startsWith('/')) return englishPath;
  const path = englishPath.split(/[?#]/)[0] ?? englishPath;
  if (!isLocalizedPath(path)) return englishPath;
  return `/${locale}${englishPath}`;
}

/** The same page in each language, for the switcher and hreflang; a page that is English only offers each home. */
export function alternatesOf(pathname: string): { locale: Locale; href: string; samePage: boolean }[] {
  const english = englishPathOf(pathname);
  const samePage = isLocalizedPath(english);
  return locales.map((locale) => ({
    locale,
    href: samePage || locale === defaultLocale ? localizePath(english, locale) : localizePath('/', locale),
    samePage,
  }));
}

/** The languages with their own prefix, each a `[locale]` route's static path. */
export function translatedLocalePaths() {
  return locales.filter((l) => l !== defaultLocale).map((locale) => ({ params: { locale } }));
}
