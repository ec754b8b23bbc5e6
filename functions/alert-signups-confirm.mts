// /api/alert-signups/confirm: the link in the confirmation email. GET shows a page with a button (link scanners that
// open URLs confirm nothing); the button POSTs the id and token, which confirms the sign-up.
import type { Config } from '@netlify/functions';
import { alertSignupLinkSchema } from '../src/lib/schemas/alert-signup.ts';
import { linkFields, linkFrom, signupPages } from '../src/server/alert-signup-pages.ts';
import { deadConfirmLink, openedLinkPage } from '../src/server/link-pages.ts';
import { requestLocale } from '../src/i18n/request-locale.ts';
import { serverMessages } from '../src/i18n/server.ts';
import { confirmAlertSignup, type AlertSignupDeps } from '../src/server/alert-signups.ts';
import { liveAlertSignupDeps } from '../src/server/alert-signup-wiring.ts';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, done, serveFlow, type FlowContext } from '../src/server/form-flow.ts';

export const handle = defineFormFlow({
  schema: alertSignupLinkSchema,
  maxBytes: 2_000,
  crossSite: 'Confirm from this site.',
  back: '/alerts/#alert-signup',
  get: (req: Request) => {
    const locale = requestLocale(req);
    const words = serverMessages(locale).links.alerts;
    return openedLinkPage({
      fields: linkFrom(req),
      words,
      action: '/api/alert-signups/confirm',
      again: 'alerts',
      locale,
    });
  },
  normalize: (input, { req }) => linkFields(req, input),
  invalid: (_error, { locale }: FlowContext<AlertSignupDeps>) => deadConfirmLink('alerts', 'invalid', locale),
  handle: async ({ id, token }, { deps, locale }: FlowContext<AlertSignupDeps>) => {
    const outcome = await confirmAlertSignup(id, token, deps);
    if (outcome === 'confirmed' || outcome === 'already_confirmed') {
      return done(signupPages.confirmed, { status: 'confirmed' });
    }
    return deadConfirmLink('alerts', outcome === 'expired' ? 'expired' : 'invalid', locale);
  },
});

export default serveFlow(
  'alert-signups-confirm',
  handle,
  () => liveAlertSignupDeps(readConfig(process.env)),
  'Something went wrong on our side. Please try the link again in a minute.',
);

export const config: Config = {
  path: '/api/alert-signups/confirm',
  method: ['GET', 'POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
