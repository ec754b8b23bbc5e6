// /api/alert-signups/unsubscribe: the link in every alert email. GET shows a page with a button; the POST (the button,
// or a mail app's one-click List-Unsubscribe) deletes the sign-up. Nothing about the person is kept.
import type { Config } from '@netlify/functions';
import { alertSignupLinkSchema } from '../src/lib/schemas/alert-signup.ts';
import { linkFields, linkFrom, signupPages } from '../src/server/alert-signup-pages.ts';
import { deadLinkPage, openedLinkPage, startAgainIn } from '../src/server/link-pages.ts';
import type { Locale } from '../src/i18n/locales.ts';
import { requestLocale } from '../src/i18n/request-locale.ts';
import { serverMessages } from '../src/i18n/server.ts';
import { unsubscribeFromAlerts, type AlertSignupDeps } from '../src/server/alert-signups.ts';
import { liveAlertSignupDeps } from '../src/server/alert-signup-wiring.ts';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, done, refused, serveFlow, type FlowContext } from '../src/server/form-flow.ts';

type UnsubscribeDeps = Pick<AlertSignupDeps, 'store' | 'config'>;

const notValid = (locale: Locale) => {
  const words = serverMessages(locale).links.unsubscribe;
  const page = deadLinkPage(404, words.invalidPage, startAgainIn('alerts', locale), locale);
  return refused('not_found', 404, words.invalid, { page });
};

export const handle = defineFormFlow({
  schema: alertSignupLinkSchema,
  maxBytes: 2_000,
  crossSite: 'Unsubscribe from this site or your mail app.',
  back: '/alerts/',
  get: (req: Request) => {
    const locale = requestLocale(req);
    const words = serverMessages(locale).links.unsubscribe;
    const action = '/api/alert-signups/unsubscribe';
    return openedLinkPage({ fields: linkFrom(req), words, action, again: 'alerts', locale });
  },
  normalize: (input, { req }) => linkFields(req, input),
  invalid: (_error, { locale }: FlowContext<UnsubscribeDeps>) => notValid(locale),
  handle: async ({ id, token }, { deps, locale }: FlowContext<UnsubscribeDeps>) => {
    if (!(await unsubscribeFromAlerts(id, token, deps))) return notValid(locale);
    return done(signupPages.unsubscribed, { status: 'unsubscribed' });
  },
});

export default serveFlow(
  'alert-signups-unsubscribe',
  handle,
  () => liveAlertSignupDeps(readConfig(process.env)),
  'Something went wrong on our side. Please try the link again in a minute.',
);

export const config: Config = {
  path: '/api/alert-signups/unsubscribe',
  method: ['GET', 'POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
