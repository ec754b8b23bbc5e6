/**
 * The pages the links in our emails open, for every flow (a letter's confirmation, a pledge's confirm and withdraw
 * links, budget alerts' confirm and unsubscribe links): one page with a button that POSTs (mail scanners that open
 * links change nothing), and one page for a link that does not work, with the way to start again.
 */
import type { z } from 'zod';
import { refused, type Reply } from './form-flow.ts';
import { html, htmlPage } from './html-page.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { localizedPath, serverMessages } from '../i18n/server.ts';

/** Where a person whose link is dead can start again, per flow. */
export const startAgain = {
  letter: { href: '/campaigns/', text: 'See our campaigns to write your letter again.' },
  pledge: { href: '/campaigns/', text: 'See our campaigns to pledge again.' },
  alerts: {
    href: '/alerts/#alert-signup',
    text: 'Sign up for budget alerts again, or follow the alerts page and its RSS feed.',
  },
} as const;

export type StartAgain = { href: string; text: string };

/** Where to start again, in the person's language (the localized page, the catalogue's words). */
export function startAgainIn(kind: keyof typeof startAgain, locale: Locale): StartAgain {
  if (locale === defaultLocale) return startAgain[kind];
  return { href: localizedPath(startAgain[kind].href, locale), text: serverMessages(locale).links.startAgain[kind] };
}

/** The one page for a link that does not work: what is wrong, and where to go instead. */
export function deadLinkPage(status: number, text: string, next: StartAgain, locale: Locale = defaultLocale): Response {
  const title = serverMessages(locale).links.deadTitle;
  return htmlPage({
    title,
    status,
    locale,
    body: html`<h1>${title}</h1><p class="lede">${text}</p><p><a href="${next.href}">${next.text}</a></p>`,
  });
}

/** What an expired or unknown link says: the dead-link page (410 or 404) for the button, a 404 for a script. */
export function deadLink(
  kind: 'expired' | 'invalid',
  texts: { invalid: string; after: string; next: StartAgain },
  locale: Locale = defaultLocale,
): Reply {
  const text = kind === 'expired' ? serverMessages(locale).links.expired : texts.invalid;
  const page = deadLinkPage(kind === 'expired' ? 410 : 404, `${text} ${texts.after}`, texts.next, locale);
  return refused('not_found', 404, text, { page });
}

/** The page a link opens: one sentence and one button that posts the link's fields (its token, and an id). */
export function linkButtonPage(options: {
  title: string;
  heading?: string;
  lede: string;
  action: string;
  button: string;
  fields: Record<string, string>;
  /** the page's language, also posted with the button so the reply speaks it */
  locale?: Locale;
}): Response {
  const locale = options.locale ?? defaultLocale;
  const fields = locale === defaultLocale ? options.fields : { ...options.fields, lang: locale };
  const hidden = Object.entries(fields).map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}">\n`,
  );
  return htmlPage({
    title: options.title,
    locale,
    body: html`<h1>${options.heading ?? options.title}</h1>
<p class="lede">${options.lede}</p>
<form method="post" action="${options.action}">
${hidden}<button class="button" type="submit">${options.button}</button>
</form>`,
  });
}

/** The words of the page a link opens, from the catalogue (`links.letter`, `links.pledge`, `links.withdraw` ...). */
export type LinkPageWords = { title: string; heading?: string; lede: string; button: string; incomplete: string };

/**
 * What opening an email's link shows (a GET), for every flow: the page whose button POSTs the link's fields, or the
 * dead-link page (400) when they are missing or cut short in copying, with the flow's way to start again.
 */
export function openedLinkPage(options: {
  fields: Record<string, string> | null;
  words: LinkPageWords;
  action: string;
  again: keyof typeof startAgain;
  locale: Locale;
}): Response {
  const { fields, words, locale } = options;
  if (!fields) return deadLinkPage(400, words.incomplete, startAgainIn(options.again, locale), locale);
  const { title, heading, lede, button } = words;
  return linkButtonPage({
    title,
    ...(heading ? { heading } : {}),
    lede,
    action: options.action,
    button,
    fields,
    locale,
  });
}

/** A confirmation link that confirms nothing, in its flow's words and with its way to start again (see deadLink). */
export function deadConfirmLink(
  flow: keyof typeof startAgain,
  kind: 'expired' | 'invalid',
  locale: Locale = defaultLocale,
): Reply {
  const words = serverMessages(locale).links[flow];
  return deadLink(kind, { ...words, next: startAgainIn(flow, locale) }, locale);
}

/** The `token` a letter's or pledge's link carries in its URL, when it is well-formed. */
export function tokenFrom(req: Request, schema: z.ZodType<{ token: string }>): { token: string } | null {
  const parsed = schema.safeParse({ token: new URL(req.url).searchParams.get('token') ?? '' });
  return parsed.success ? { token: parsed.data.token } : null;
}
