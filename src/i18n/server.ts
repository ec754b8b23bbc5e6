/**
 * The functions' words in each language (catalogues in ./server/), and the helpers that put a reply in the
 * person's language: a path to the localized page, and schema errors said in the catalogue's words.
 */
import type { z } from 'zod';
import { fillMessage } from './fill-message.ts';
import { defaultLocale, type Locale, type ReviewStatus } from './locales.ts';
import { en } from './server/en.ts';
import { es } from './server/es.ts';
import { pt } from './server/pt.ts';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
/** Every catalogue's shape: English's keys, any words, and its own review status. */
export type ServerMessages = Widen<Omit<typeof en, 'review'>> & { review: ReviewStatus };

export const serverCatalogues: Record<Locale, ServerMessages> = { en, es, pt };

/** The catalogue for a language (English for anything else). */
export function serverMessages(locale: Locale): ServerMessages {
  return serverCatalogues[locale] ?? serverCatalogues[defaultLocale];
}

/**
 * Where a localized reply sends a person: the English page's path under /es/ or /pt/ (the site's convention), or, for
 * a page a function renders (/api/...), the same address with `lang` so it speaks the same language.
 */
export function localizedPath(path: string, locale: Locale): string {
  if (locale === defaultLocale || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path.startsWith('/api/')) {
    const url = new URL(path, 'http://x');
    url.searchParams.set('lang', locale);
    return `${url.pathname}${url.search}${url.hash}`;
  }
  return `/${locale}${path}`;
}

type Matcher = { key: keyof ServerMessages['validation']; pattern: RegExp; names: string[] };
let matchers: Matcher[] | undefined;

/** Each English field message as a pattern: its `{placeholders}` match any words and are carried into the translation. */
function validationMatchers(): Matcher[] {
  matchers ??= Object.entries(en.validation).map(([key, template]) => {
    const names: string[] = [];
    const source = template
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return '(.+?)';
      })
      .join('');
    return { key: key as Matcher['key'], pattern: new RegExp(`^${source}$`), names };
  });
  return matchers;
}

/** One issue's message in the person's language: its own words translated, or else the kind of problem it is. */
export function localizeIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  if (locale === defaultLocale) return issue.message;
  const messages = serverMessages(locale);
  for (const { key, pattern, names } of validationMatchers()) {
    const found = pattern.exec(issue.message);
    if (found)
      return fillMessage(messages.validation[key], Object.fromEntries(names.map((n, i) => [n, found[i + 1]!])));
  }
  const generic = messages.generic;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === '' ? generic.fillIn : generic.unreadable;
    case 'too_small':
      return generic.tooShort;
    case 'too_big':
      return generic.tooLong;
    case 'invalid_value':
      return generic.chooseOption;
    default:
      return generic.fix;
  }
}

/**
 * A zod error as per-field messages keyed by dotted path, in the person's language (fieldErrors in src/lib/api.ts
 * is the English original; English stays exactly that).
 */
export function localizedFieldErrors(error: z.ZodError, locale: Locale): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    (fields[key] ??= []).push(localizeIssue(issue, locale));
  }
  return fields;
}

/** A catalogue message with its `{placeholders}` filled. */
export function say(template: string, values: Record<string, string | number> = {}): string {
  return fillMessage(template, values);
}
