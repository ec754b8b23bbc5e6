// POST /api/alert-signups: sign up for budget alert emails (form or JSON). Validate -> store (keyed by a salted hash of
// the email, so duplicates collapse) -> email a confirmation link. Nothing else is sent until the person confirms.
import type { Config, Context } from '@netlify/functions';
import { fail, methodNotAllowed, ok, validationFailed } from '../src/lib/api.ts';
import { readInput } from '../src/lib/request.ts';
import { alertSignupSchema } from '../src/lib/schemas/alert-signup.ts';
import { signUpForAlerts, type AlertSignupDeps } from '../src/server/alert-signups.ts';
import { liveAlertSignupDeps } from '../src/server/alert-signup-wiring.ts';
import { signupPages } from '../src/server/alert-signup-pages.ts';
import { readConfig } from '../src/server/config.ts';
import { formErrorPage } from '../src/server/html-page.ts';
import { seeOther } from '../src/lib/html.ts';
import { clientIp, clientKey, isCrossSite } from '../src/server/request.ts';

export type AlertSignupHandlerDeps = AlertSignupDeps & { clientIp?: string };

const MAX_BODY_BYTES = 4_000;
const labels: Record<string, string> = { email: 'Your email', name: 'Your name', consent: 'Agreement', website: 'Website' };
const back = '/alerts/#alert-signup';

export async function handle(req: Request, deps: AlertSignupHandlerDeps): Promise<Response> {
  if (req.method !== 'POST') return methodNotAllowed(['POST']);
  if (isCrossSite(req, deps.config.allowedOrigins)) return fail('forbidden', 403, 'Sign up from this site.');
  const read = await readInput(req, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const asForm = read.fromHtmlForm;
  const parsed = alertSignupSchema.safeParse(read.input);
  if (!parsed.success) {
    if (asForm) {
      const fields: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fields[String(issue.path[0] ?? '_')] ??= []).push(issue.message);
      return formErrorPage({ title: 'Your sign-up needs a fix', intro: 'We could not sign you up yet:', errors: fields, labels, backHref: back });
    }
    return validationFailed(parsed.error, 'Your sign-up needs a fix.');
  }
  const outcome = await signUpForAlerts(parsed.data, clientKey(clientIp(req, deps.clientIp), deps.config.salt), deps);
  if (outcome.kind === 'rate_limited') {
    const message = 'Too many sign-ups from here for now. Please try again later.';
    if (asForm) return formErrorPage({ title: 'Please try again later', intro: message, errors: {}, labels, backHref: back, status: 429 });
    return fail('rate_limited', 429, message, undefined, { 'retry-after': String(outcome.retryAfterSeconds) });
  }
  if (!outcome.emailed) {
    const message = 'We saved your sign-up but could not email you the confirmation link just now. Please send the form again in a few minutes.';
    if (asForm) return formErrorPage({ title: 'Please try again in a few minutes', intro: message, errors: {}, labels, backHref: back, status: 502 });
    return fail('send_failed', 502, message);
  }
  if (asForm) return seeOther(signupPages.checkEmail);
  return ok({ status: 'check_email', next: signupPages.checkEmail }, 202);
}

export default async (req: Request, context: Context) => {
  try {
    return await handle(req, { ...liveAlertSignupDeps(readConfig(process.env)), clientIp: context.ip });
  } catch (error) {
    console.error('alert-signups: unexpected error', error);
    return fail('internal_error', 500, 'Something went wrong on our side. Please try again in a minute.');
  }
};

export const config: Config = {
  path: '/api/alert-signups',
  method: ['POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
