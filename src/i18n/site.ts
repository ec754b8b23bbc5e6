// The site's words in one language. Pages and components ask for a key; the catalogue for each language lives in
// src/i18n/site/. Build-time only: browser scripts get the few strings they need from the page (data attributes),
// so no catalogue ships to the browser.
import { escapeHtml } from '../lib/html.ts';
import { fillMessage } from './fill-message.ts';
import { type Locale, localeTags } from './locales.ts';
import { en, review as enReview, type SiteMessageKey, type SiteMessages } from './site/en.ts';
import { es, review as esReview } from './site/es.ts';
import { pt, review as ptReview } from './site/pt.ts';

export type { SiteMessageKey, SiteMessages };

/** Every language's catalogue, for the completeness test and for pages. */
export const siteCatalogues: Record<Locale, SiteMessages> = { en, es, pt };
/** How far each catalogue has been reviewed. */
export const siteReviews = { en: enReview, es: esReview, pt: ptReview };

/** One message in a language, its `{placeholders}` filled. */
export function t(locale: Locale, key: SiteMessageKey, values?: Record<string, string | number>): string {
  return fillMessage(siteCatalogues[locale][key], values);
}

/**
 * A message whose placeholders are pieces of HTML we build (links, <strong>): the message itself is escaped, so a
 * translation can never inject markup; for `set:html`.
 */
export function tHtml(locale: Locale, key: SiteMessageKey, html: Record<string, string>): string {
  return fillMessage(escapeHtml(siteCatalogues[locale][key]), html);
}

/** A link as HTML, its text and address escaped, for `tHtml` values. */
export function linkHtml(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

/** `t` bound to one language, for a page or component: `const say = siteText(locale); say('home.title')`. */
export function siteText(locale: Locale) {
  return (key: SiteMessageKey, values?: Record<string, string | number>) => t(locale, key, values);
}

/** "January 1, 2027", "1 de enero de 2027", "1 de janeiro de 2027": a calendar day, whatever zone builds the site. */
export function formatDay(locale: Locale, isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(localeTags[locale], {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A campaign's dates ("January 1, 2027 to January 31, 2027", or "From ..." when it has no end). */
export function formatDayRange(locale: Locale, starts: string, ends: string | null): string {
  return ends
    ? t(locale, 'dates.range', { starts: formatDay(locale, starts), ends: formatDay(locale, ends) })
    : t(locale, 'dates.from', { starts: formatDay(locale, starts) });
}

/** A whole number as people read it in a language ("1,000", "1.000"). */
export function formatCount(locale: Locale, value: number): string {
  return new Intl.NumberFormat(localeTags[locale]).format(value);
}

/** The messages a browser script needs, as the JSON of its host's `data-messages` (src/client/page-messages.ts). */
export function scriptMessages(locale: Locale, prefix: string): string {
  const catalogue = siteCatalogues[locale];
  const picked = Object.fromEntries(
    Object.entries(catalogue).filter(([key]) => key.startsWith(prefix) || key.startsWith('js.common.')),
  );
  return JSON.stringify(picked);
}
