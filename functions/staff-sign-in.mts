// /staff/sign-in/: GET the form asking for a work email; POST sends a single-use sign-in link, only to an address on
// STAFF_EMAILS, and answers everybody with the same page (src/server/staff/sign-in.ts says how timing stays the same).
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, done, refused, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import { clientIp } from '../src/server/request.ts';
import { currentSession, safeNext, STAFF_HOME } from '../src/server/staff/guard.ts';
import { askForSignInLink, type SignInDeps } from '../src/server/staff/sign-in.ts';
import { checkEmailPage, signInFormPage } from '../src/server/staff/sign-in-pages.ts';
import { liveSignInDeps } from '../src/server/staff/wiring.ts';
import { seeOther } from '../src/lib/api.ts';

const signInSchema = z.object({
  email: z.email({ message: 'Enter an email address, like name@example.org.' }).max(254),
  next: z.string().max(500).optional(),
});

export const handle = defineFormFlow({
  schema: signInSchema,
  maxBytes: 2_000,
  crossSite: 'Sign in from this site.',
  back: '/staff/sign-in/',
  labels: { email: 'Work email' },
  fixes: { title: 'Check the email address', intro: 'Please fix this:', message: 'Enter an email address.' },
  get: async (req: Request, deps: SignInDeps) => {
    // already signed in: straight to the console
    if (await currentSession(req, deps)) return seeOther(STAFF_HOME);
    return signInFormPage(safeNext(new URL(req.url).searchParams.get('next')));
  },
  handle: async ({ email, next }, { req, deps }: FlowContext<SignInDeps>) => {
    const ip = clientIp(req, deps.clientIp);
    const result = await askForSignInLink(deps, { email, next: next ?? STAFF_HOME, ip });
    if (!result.ok) {
      const wait = Math.ceil(result.retryAfterSeconds / 60);
      return refused('rate_limited', 429, `Too many sign-in links asked for. Try again in ${wait} minutes.`, {
        title: 'Please wait a little',
        headers: { 'retry-after': String(result.retryAfterSeconds) },
      });
    }
    return done(checkEmailPage(email), { status: 'sent_if_staff' });
  },
});

export default serveFlow(
  'staff-sign-in',
  handle,
  (context) => liveSignInDeps(readConfig(process.env), context),
  'Something went wrong on our side. Please try again in a minute.',
);

export const config: Config = {
  path: '/staff/sign-in',
  method: ['GET', 'POST'],
  // Netlify's edge limit per connection (not enforced locally); the store limiter holds per connection and address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
