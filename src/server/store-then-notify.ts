/**
 * The shape shared by the flows that keep a request and then email about it (program submissions, technical-assistance
 * requests): a limit per connection, a store that may be down (an honest 502 page with the way back to the form),
 * and an email that can no longer lose the request once it is stored. Each flow says what it stores and whom it
 * tells; this says what happens around them, once.
 */
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { localizedPath, serverMessages } from '../i18n/server.ts';
import type { AppConfig } from './config.ts';
import { refused, type Reply } from './form-flow.ts';
import { html, htmlPage } from './html-page.ts';
import type { Mailer } from './mailer.ts';
import type { JsonStore } from './store.ts';

/** What such a flow needs: its settings, its store and mailer (opened on first use), the clock, the client. */
export type StoredRequestDeps<C extends Partial<AppConfig>> = {
  config: C;
  store: () => JsonStore;
  mailer: () => Mailer;
  now?: () => Date;
  clientIp?: string;
};

/** A limit's refusal, as a store step returns it instead of storing. */
export type RateLimited = { kind: 'rate_limited'; retryAfterSeconds: number };

/**
 * The page a form gets when its request could not be stored, in the person's language: nothing was kept, the form is
 * one link away.
 */
export function notSavedPage(back: string, locale: Locale = defaultLocale): Response {
  const words = serverMessages(locale).requests.stored;
  const href = localizedPath(back, locale);
  return htmlPage({
    status: 502,
    title: words.notSentTitle,
    body: html`<h1>${words.notSentTitle}</h1><p>${words.notSaved}</p><p><a href="${href}">${words.backToForm}</a></p>`,
    locale,
  });
}

/**
 * Runs `store` (the limit, then the write); a failure is a 502 and a limit a 429. Once stored, `notify` emails and
 * answers: from there on the request is safe, whatever happens to the email.
 */
export async function storeThenNotify<S extends object>(steps: {
  back: string;
  /** the person's language, for the refusals (English when not given) */
  locale?: Locale;
  store: () => Promise<S | RateLimited>;
  notify: (stored: S) => Promise<Reply>;
}): Promise<Reply> {
  const locale = steps.locale ?? defaultLocale;
  const t = serverMessages(locale);
  let stored: S | RateLimited;
  try {
    stored = await steps.store();
  } catch {
    return refused('upstream_unavailable', 502, t.requests.stored.notSaved, {
      page: notSavedPage(steps.back, locale),
    });
  }
  if ('kind' in stored && stored.kind === 'rate_limited') {
    const { retryAfterSeconds } = stored as RateLimited;
    return refused('rate_limited', 429, t.requests.stored.rateLimited, {
      title: t.errors.tryLaterTitle,
      headers: { 'retry-after': String(retryAfterSeconds) },
    });
  }
  return steps.notify(stored as S);
}
