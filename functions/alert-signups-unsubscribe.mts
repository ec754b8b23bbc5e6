// /api/alert-signups/unsubscribe: the link in every alert email. GET shows a page with a button; the POST (the button,
// or a mail app's one-click List-Unsubscribe) deletes the sign-up. Nothing about the person is kept.
import type { Config } from '@netlify/functions';
import { fail, methodNotAllowed, ok } from '../src/lib/api.ts';
import { readInput } from '../src/lib/request.ts';
import { linkFrom, signupPages } from '../src/server/alert-signup-pages.ts';
import { deadLinkPage, linkButtonPage, startAgain } from '../src/server/link-pages.ts';
import { unsubscribeFromAlerts, type AlertSignupDeps } from '../src/server/alert-signups.ts';
import { liveAlertSignupDeps } from '../src/server/alert-signup-wiring.ts';
import { readConfig } from '../src/server/config.ts';
import { seeOther } from '../src/lib/html.ts';
import { isCrossSite } from '../src/server/request.ts';

export async function handle(req: Request, deps: Pick<AlertSignupDeps, 'store' | 'config'>): Promise<Response> {
  if (req.method === 'GET') {
    const link = linkFrom(req);
    if (!link) return deadLinkPage(400, 'The unsubscribe link is incomplete. Copy the whole link from the email.', startAgain.alerts);
    return linkButtonPage({
      title: 'Unsubscribe from budget alerts',
      lede: 'Press the button and we delete your sign-up: no more budget alert emails.',
      action: '/api/alert-signups/unsubscribe',
      button: 'Unsubscribe',
      fields: link,
    });
  }
  if (req.method !== 'POST') return methodNotAllowed(['GET', 'POST']);
  if (isCrossSite(req, deps.config.allowedOrigins)) return fail('forbidden', 403, 'Unsubscribe from this site or your mail app.');
  const read = await readInput(req, 2_000);
  if (!read.ok) return read.response;
  const link = linkFrom(req, read.input);
  const done = link ? await unsubscribeFromAlerts(link.id, link.token, deps) : false;
  if (!done) {
    const text = 'This unsubscribe link is not valid. Copy the whole link from the email.';
    return read.fromHtmlForm ? deadLinkPage(404, text, startAgain.alerts) : fail('not_found', 404, 'This unsubscribe link is not valid.');
  }
  return read.fromHtmlForm ? seeOther(signupPages.unsubscribed) : ok({ status: 'unsubscribed' });
}

export default async (req: Request) => {
  try {
    return await handle(req, liveAlertSignupDeps(readConfig(process.env)));
  } catch (error) {
    console.error('alert-signups-unsubscribe: unexpected error', error);
    return fail('internal_error', 500, 'Something went wrong on our side. Please try the link again in a minute.');
  }
};

export const config: Config = {
  path: '/api/alert-signups/unsubscribe',
  method: ['GET', 'POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
