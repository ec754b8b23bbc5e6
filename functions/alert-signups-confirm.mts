// /api/alert-signups/confirm: the link in the confirmation email. GET shows a page with a button (link scanners that
// open URLs confirm nothing); the button POSTs the id and token, which confirms the sign-up.
import type { Config } from '@netlify/functions';
import { alertSignupLinkSchema } from '../src/lib/schemas/alert-signup.ts';
import { brokenLinkPage, buttonPage, linkFields, linkFrom, signupPages } from '../src/server/alert-signup-pages.ts';
import { confirmAlertSignup, type AlertSignupDeps } from '../src/server/alert-signups.ts';
import { liveAlertSignupDeps } from '../src/server/alert-signup-wiring.ts';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, done, refused, serveFlow, type FlowContext, type Reply } from '../src/server/form-flow.ts';

/** A link that confirms nothing: a page saying so for the button, a 404 for a script. */
function deadLink(kind: 'expired' | 'invalid'): Reply {
  const text =
    kind === 'expired'
      ? 'This confirmation link has expired (links last a week).'
      : 'This confirmation link is not valid: it may be from an older email, or the sign-up was removed.';
  const page = brokenLinkPage(kind === 'expired' ? 410 : 404, `${text} Please sign up again.`);
  return refused('not_found', 404, text, { page });
}

export const handle = defineFormFlow({
  schema: alertSignupLinkSchema,
  maxBytes: 2_000,
  crossSite: 'Confirm from this site.',
  back: '/alerts/#alert-signup',
  get: (req: Request) => {
    const link = linkFrom(req);
    if (!link) return brokenLinkPage(400, 'The confirmation link is incomplete. Copy the whole link from the email.');
    return buttonPage({
      title: 'Confirm your budget alerts',
      lede: 'One click and you will get an email when the budget moves.',
      action: '/api/alert-signups/confirm',
      button: 'Confirm my budget alerts',
      link,
    });
  },
  normalize: (input, { req }) => linkFields(req, input),
  invalid: () => deadLink('invalid'),
  handle: async ({ id, token }, { deps }: FlowContext<AlertSignupDeps>) => {
    const outcome = await confirmAlertSignup(id, token, deps);
    if (outcome === 'confirmed' || outcome === 'already_confirmed') {
      return done(signupPages.confirmed, { status: 'confirmed' });
    }
    return deadLink(outcome === 'expired' ? 'expired' : 'invalid');
  },
});

export default serveFlow(
  'alert-signups-confirm',
  handle,
  () => liveAlertSignupDeps(readConfig(process.env)),
  'Something went wrong on our side. Please try the link again in a minute.',
);

export const config: Config = { path: '/api/alert-signups/confirm', method: ['GET', 'POST'] };
