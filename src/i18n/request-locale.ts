/**
 * The language of a request, from what the person's own page sent: a form or JSON field `lang` (the localized forms
 * send it hidden), or a link's `?lang=` (our emails' links carry it), else the path of the page they came from
 * (Referer: /es/... or /pt/...), else English. No other header decides it: a browser's languages are not a choice
 * the person made on this site.
 */
import { defaultLocale, isLocale, localeOfPath, type Locale } from './locales.ts';

export function requestLocale(req: Request, input: Record<string, unknown> = {}): Locale {
  if (isLocale(input.lang)) return input.lang;
  const query = safeUrl(req.url)?.searchParams.get('lang');
  if (isLocale(query)) return query;
  const referer = req.headers.get('referer');
  const from = referer ? safeUrl(referer) : null;
  return from ? localeOfPath(from.pathname) : defaultLocale;
}

function safeUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
