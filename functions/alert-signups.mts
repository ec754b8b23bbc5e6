// POST /api/alert-signups: sign up for budget alert emails (form or JSON). Validate -> store (keyed by a salted hash of
// the email, so duplicates collapse) -> email a confirmation link. Nothing else is sent until the person confirms.
import type { Config } from '@netlify/functions';
import { alertSignupSchema } from '../src/lib/schemas/alert-signup.ts';
import { signUpForAlerts, type AlertSignupDeps } from '../src/server/alert-signups.ts';
import { liveAlertSignupDeps } from '../src/server/alert-signup-wiring.ts';
import { signupPages } from '../src/server/alert-signup-pages.ts';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, done, refused, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import { districtsForPlace } from '../src/server/alert-districts.ts';
import type { LocationResult } from '../src/server/find-districts.ts';
import { liveLocate } from '../src/server/find-wiring.ts';
import type { LocationInput } from '../src/lib/schemas/location.ts';

export type AlertSignupHandlerDeps = AlertSignupDeps & {
  clientIp?: string;
  /** the optional place -> districts (only districts are kept): resolveLocation (src/server/find-districts.ts) live */
  locate?: (input: LocationInput) => Promise<LocationResult>;
};

export const handle = defineFormFlow({
  schema: alertSignupSchema,
  maxBytes: 4_000,
  crossSite: 'Sign up from this site.',
  copy: 'alertSignups',
  back: '/alerts/#alert-signup',
  handle: async (data, { deps, clientKey, locale, t }: FlowContext<AlertSignupHandlerDeps>) => {
    const districts = await districtsForPlace(data.place, deps.locate);
    const outcome = await signUpForAlerts({ ...data, locale }, clientKey(), deps, districts);
    const words = t.flows.alertSignups;
    if (outcome.kind === 'rate_limited') {
      return refused('rate_limited', 429, words.rateLimited, {
        title: t.errors.tryLaterTitle,
        headers: { 'retry-after': String(outcome.retryAfterSeconds) },
      });
    }
    if (!outcome.emailed) {
      return refused('send_failed', 502, words.emailFailed, { title: t.errors.tryAgainSoonTitle });
    }
    return done(signupPages.checkEmail, { status: 'check_email', next: signupPages.checkEmail }, 202);
  },
});

export default serveFlow(
  'alert-signups',
  handle,
  (context): AlertSignupHandlerDeps => {
    const config = readConfig(process.env);
    const locate = liveLocate(config);
    return { ...liveAlertSignupDeps(config), clientIp: context.ip, locate };
  },
  'Something went wrong on our side. Please try again in a minute.',
);

export const config: Config = {
  path: '/api/alert-signups',
  method: ['POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
