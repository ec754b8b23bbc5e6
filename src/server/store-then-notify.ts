/**
 * The shape shared by the flows that keep a request and then email about it (program submissions, technical-assistance
 * requests): a limit per connection, a store that may be down (an honest 502 page with the way back to the form),
 * and an email that can no longer lose the request once it is stored. Each flow says what it stores and whom it
 * tells; this says what happens around them, once.
 */
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

export const NOT_SAVED = 'We could not save your request just now. Please try again in a few minutes.';

/** The page a form gets when its request could not be stored: nothing was kept, the form is one link away. */
export function notSavedPage(back: string): Response {
  return htmlPage({
    status: 502,
    title: 'Your request was not sent',
    body: html`<h1>Your request was not sent</h1><p>${NOT_SAVED}</p><p><a href="${back}">Back to the form</a></p>`,
  });
}

/**
 * Runs `store` (the limit, then the write); a failure is a 502 and a limit a 429. Once stored, `notify` emails and
 * answers: from there on the request is safe, whatever happens to the email.
 */
export async function storeThenNotify<S extends object>(steps: {
  back: string;
  store: () => Promise<S | RateLimited>;
  notify: (stored: S) => Promise<Reply>;
}): Promise<Reply> {
  let stored: S | RateLimited;
  try {
    stored = await steps.store();
  } catch {
    return refused('upstream_unavailable', 502, NOT_SAVED, { page: notSavedPage(steps.back) });
  }
  if ('kind' in stored && stored.kind === 'rate_limited') {
    const { retryAfterSeconds } = stored as RateLimited;
    return refused('rate_limited', 429, 'Too many requests from here for now. Please try again later.', {
      title: 'Please try again later',
      headers: { 'retry-after': String(retryAfterSeconds) },
    });
  }
  return steps.notify(stored as S);
}
