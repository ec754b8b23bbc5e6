// Staff console fixtures: settings with a staff list and a session secret, a signed-in session's cookie and CSRF
// token, and requests carrying them (what a browser on the console sends).
import { readConfig } from '../../src/server/config.ts';
import type { StaffDeps } from '../../src/server/staff/guard.ts';
import { createStaffSession, STAFF_COOKIE } from '../../src/server/staff/session.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { Clock } from './letters.ts';

export const STAFF_SITE = 'https://act.example.org';
export const STAFF_ADDRESS = 'ana@example.org';
export const STAFF_SECRET = 'test-staff-session-secret-0123456789-abcdef';

/** Settings of a site whose staff list is Ana and Lee (in any case), signing with STAFF_SECRET. */
export function staffConfig(env: Record<string, string> = {}) {
  return readConfig({
    CONTEXT: 'dev',
    URL: STAFF_SITE,
    MAIL_FROM: 'no-reply@example.org',
    RATE_LIMIT_SALT: 'test-salt',
    STAFF_EMAILS: 'Ana@Example.org, lee@example.org',
    STAFF_SESSION_SECRET: STAFF_SECRET,
    ...env,
  });
}

export function staffDeps(store: JsonStore, clock: Clock, env: Record<string, string> = {}): StaffDeps {
  return { config: staffConfig(env), store, now: clock.now, clientIp: '203.0.113.7' };
}

export type SignedIn = { cookie: string; csrf: string; expiresAt: number };

/** A session as the sign-in link would make it, now: the Cookie header's value and the CSRF token forms carry. */
export async function signIn(clock: Clock, email = STAFF_ADDRESS, secret = STAFF_SECRET): Promise<SignedIn> {
  const { token, session } = await createStaffSession(email, secret, clock.now());
  return { cookie: `${STAFF_COOKIE}=${token}`, csrf: session.csrf, expiresAt: session.expiresAt };
}

/** A browser opening a console page (a link or the address bar), signed in or not. */
export function staffGet(path: string, signedIn?: SignedIn): Request {
  const headers: Record<string, string> = { accept: 'text/html', 'sec-fetch-dest': 'document' };
  if (signedIn) headers.cookie = signedIn.cookie;
  return new Request(`${STAFF_SITE}${path}`, { headers });
}

/**
 * A console form posted from this site. `csrf`: the token sent (default the session's; null sends none), `origin`:
 * the page it came from (another site's makes a cross-site post).
 */
export function staffPost(
  path: string,
  fields: Record<string, string>,
  options: { signedIn?: SignedIn; csrf?: string | null; origin?: string; accept?: string } = {},
): Request {
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    origin: options.origin ?? STAFF_SITE,
    accept: options.accept ?? 'text/html',
  };
  if (options.signedIn) headers.cookie = options.signedIn.cookie;
  const csrf = options.csrf === undefined ? options.signedIn?.csrf : options.csrf;
  const body = new URLSearchParams(csrf === null || csrf === undefined ? fields : { ...fields, _csrf: csrf });
  return new Request(`${STAFF_SITE}${path}`, { method: 'POST', headers, body: body.toString() });
}
