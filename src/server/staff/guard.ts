/**
 * The staff console's one gate: every staff page and action runs inside withStaff (or a flow declared with
 * defineStaffFlow, which uses it). Without a valid session a page GET goes to the sign-in page (303, with where to
 * come back to) and anything else gets a 401; an unsafe method must also come from this site and carry the session's
 * CSRF token (form field `_csrf` or header `x-csrf-token`), else 403.
 */
import { timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { fail, seeOther } from '../../lib/api.ts';
import { readInput } from '../../lib/request.ts';
import { ConfigError, type AppConfig } from '../config.ts';
import { defineFormFlow, type FormFlow, type FormHandler } from '../form-flow.ts';
import { html, htmlPage } from '../html-page.ts';
import { isCrossSite } from '../request.ts';
import type { JsonStore } from '../store.ts';
import { isRevoked } from './records.ts';
import { type StaffSession, verifyStaffSession } from './session.ts';

/**
 * What every staff function needs, injectable for tests (live values: liveStaffDeps in wiring.ts):
 * - config: `staff` (who may sign in, the session secret), `allowedOrigins` (the same-site check), `salt`;
 * - store: the staff store (sign-in links, signed-out sessions, the audit log);
 * - now: the clock (session expiry, link expiry, audit times);
 * - clientIp: Netlify's client address (per-connection limits).
 */
export type StaffDeps = {
  config: AppConfig;
  store: JsonStore;
  now: () => Date;
  clientIp?: string;
};

/** Where a signed-out visitor is sent. */
export const SIGN_IN_PATH = '/staff/sign-in/';
/** The console's home, where a sign-in lands by default. */
export const STAFF_HOME = '/staff/';

/** Largest body read for the CSRF field: staff forms are small; an import posts with the header instead. */
const CSRF_READ_BYTES = 1_000_000;
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * A place inside the console to return to after signing in, or the console's home: only a path under /staff/ on this
 * site (never `//host`, a backslash or a scheme), so the link cannot send anyone elsewhere.
 */
export function safeNext(value: unknown): string {
  if (typeof value !== 'string' || value.length > 500) return STAFF_HOME;
  if (!value.startsWith(STAFF_HOME) || value.includes('//') || value.includes('\\')) return STAFF_HOME;
  if (!/^[A-Za-z0-9\-._~/?=&%+]*$/.test(value) || value.startsWith(SIGN_IN_PATH)) return STAFF_HOME;
  return value;
}

/** The sign-in page's address, carrying where to come back to. */
export function signInHref(next?: string): string {
  const back = next === undefined ? STAFF_HOME : safeNext(next);
  return back === STAFF_HOME ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(back)}`;
}

/** The session secret, or a ConfigError (a 503 through serveFlow): a console without it refuses everyone. */
function secretOf(config: AppConfig): string {
  if (config.staff.sessionSecret) return config.staff.sessionSecret;
  throw new ConfigError([{ variable: 'STAFF_SESSION_SECRET', message: 'is not set', fatal: true }]);
}

/** A browser opening a page (a link, the address bar), as opposed to a script: it gets a redirect, not a 401. */
function opensPage(req: Request): boolean {
  if (!SAFE_METHODS.has(req.method)) return false;
  const accept = req.headers.get('accept') ?? '';
  return req.headers.get('sec-fetch-dest') === 'document' || accept.includes('text/html');
}

/** Whether the client asked for a page back (a browser's form post) rather than JSON. */
const wantsPage = (req: Request) => (req.headers.get('accept') ?? '').includes('text/html');

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The CSRF token a request carries: the header, or the form's (or JSON's) `_csrf`, read from a copy of the body. */
async function sentCsrf(req: Request): Promise<string | null> {
  const header = req.headers.get('x-csrf-token');
  if (header) return header;
  const read = await readInput(req.clone(), CSRF_READ_BYTES);
  if (!read.ok) return null;
  const field = read.input._csrf;
  return typeof field === 'string' ? field : null;
}

/** The session in the request, if it is valid now, still on the staff list, and not signed out. */
export async function currentSession(req: Request, deps: StaffDeps): Promise<(StaffSession & { id: string }) | null> {
  const session = await verifyStaffSession(req, secretOf(deps.config), deps.now());
  if (!session) return null;
  // taking an address off STAFF_EMAILS ends its sessions at once, not 12 hours later
  if (!deps.config.staff.emails.includes(session.email.toLowerCase())) return null;
  if (await isRevoked(deps.store, session.id)) return null;
  return session;
}

function refusedPage(status: number, title: string, text: string): Response {
  return htmlPage({
    title,
    status,
    body: html`<h1>${title}</h1><p class="lede">${text}</p>
<p><a href="${STAFF_HOME}">Back to the staff console</a></p>`,
  });
}

/** Runs `handler` with the signed-in session, or answers for it: 303 to sign in, 401, or 403 (see the file's top). */
export async function withStaff(
  req: Request,
  deps: StaffDeps,
  handler: (session: StaffSession) => Promise<Response>,
): Promise<Response> {
  const session = await currentSession(req, deps);
  if (!session) {
    if (opensPage(req)) {
      const url = new URL(req.url);
      return seeOther(signInHref(url.pathname + url.search));
    }
    return fail('unauthorized', 401, 'Sign in to the staff console first.');
  }
  if (!SAFE_METHODS.has(req.method)) {
    if (isCrossSite(req, deps.config.allowedOrigins)) {
      const text = 'Staff actions are taken only from the staff console on this site.';
      return wantsPage(req) ? refusedPage(403, 'Not allowed', text) : fail('forbidden', 403, text);
    }
    const csrf = await sentCsrf(req);
    if (!csrf || !sameToken(csrf, session.csrf)) {
      const text = 'This form is out of date (you may have signed in again since). Reload the page and try again.';
      return wantsPage(req) ? refusedPage(403, 'Please try again', text) : fail('forbidden', 403, text);
    }
  }
  const { id: _, ...rest } = session;
  return handler(rest);
}

/** A staff flow's deps once the guard has let it through: the signed-in session is there. */
export type SignedIn<D extends StaffDeps = StaffDeps> = D & { session: StaffSession };

/**
 * Declares a staff POST flow (the form pipeline of src/server/form-flow.ts, behind withStaff): the handler sees
 * `ctx.deps.session`. Every staff function that takes a POST is declared with this.
 */
export function defineStaffFlow<S extends z.ZodType, D extends StaffDeps>(
  flow: Omit<FormFlow<S, SignedIn<D>>, 'guard'>,
): FormHandler<D> {
  const handler = defineFormFlow<S, SignedIn<D>>({
    ...flow,
    guard: (req, deps, run) => withStaff(req, deps, (session) => run({ ...deps, session })),
  });
  return handler as FormHandler<D>;
}
