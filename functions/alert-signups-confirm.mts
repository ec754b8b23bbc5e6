// /api/alert-signups/confirm: the link in the confirmation email. GET shows a page with a button (link scanners that
// open URLs confirm nothing); the button POSTs the id and token, which confirms the sign-up.
import type { Config } from '@netlify/functions';
import { fail, methodNotAllowed, ok } from '../src/lib/api.ts';
import { readInput } from '../src/lib/request.ts';
import { linkFrom, signupPages } from '../src/server/alert-signup-pages.ts';
import { deadLinkPage, deadLinkReply, linkButtonPage, startAgain } from '../src/server/link-pages.ts';
import { confirmAlertSignup, type AlertSignupDeps } from '../src/server/alert-signups.ts';
import { liveAlertSignupDeps } from '../src/server/alert-signup-wiring.ts';
import { readConfig } from '../src/server/config.ts';
import { seeOther } from '../src/lib/html.ts';
import { isCrossSite } from '../src/server/request.ts';

export async function handle(req: Request, deps: AlertSignupDeps): Promise<Response> {
  if (req.method === 'GET') {
    const link = linkFrom(req);
    if (!link) return deadLinkPage(400, 'The confirmation link is incomplete. Copy the whole link from the email.', startAgain.alerts);
    return linkButtonPage({
      title: 'Confirm your budget alerts',
      lede: 'One click and you will get an email when the budget moves.',
      action: '/api/alert-signups/confirm',
      button: 'Confirm my budget alerts',
      fields: link,
    });
  }
  if (req.method !== 'POST') return methodNotAllowed(['GET', 'POST']);
  if (isCrossSite(req, deps.config.allowedOrigins)) return fail('forbidden', 403, 'Confirm from this site.');
  const read = await readInput(req, 2_000);
  if (!read.ok) return read.response;
  const link = linkFrom(req, read.input);
  const outcome = link ? await confirmAlertSignup(link.id, link.token, deps) : 'invalid';
  if (outcome === 'confirmed' || outcome === 'already_confirmed') {
    return read.fromHtmlForm ? seeOther(signupPages.confirmed) : ok({ status: 'confirmed' });
  }
  const invalid = 'This confirmation link is not valid: it may be from an older email, or the sign-up was removed.';
  return deadLinkReply(outcome, read.fromHtmlForm, { invalid, after: 'Please sign up again.', next: startAgain.alerts });
}

export default async (req: Request) => {
  try {
    return await handle(req, liveAlertSignupDeps(readConfig(process.env)));
  } catch (error) {
    console.error('alert-signups-confirm: unexpected error', error);
    return fail('internal_error', 500, 'Something went wrong on our side. Please try the link again in a minute.');
  }
};

export const config: Config = {
  path: '/api/alert-signups/confirm',
  method: ['GET', 'POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
