/**
 * Where the alert sign-up form and its email links land, and how their id and token are read. The pages the links
 * open (a button; a dead link) are every flow's: src/server/link-pages.ts.
 */
import { alertSignupLinkSchema, type AlertSignupLink } from '../lib/schemas/alert-signup.ts';

/** Where a plain form or button lands: pre-rendered pages under /alerts/signup/. */
export const signupPages = {
  checkEmail: '/alerts/signup/check-email/',
  confirmed: '/alerts/signup/confirmed/',
  unsubscribed: '/alerts/signup/unsubscribed/',
};

/** The id and token a link sent: from the posted form, or the query (GET, and one-click List-Unsubscribe POSTs). */
export function linkFields(req: Request, body: Record<string, unknown> = {}): Record<string, unknown> {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  return { id: body.id ?? query.id, token: body.token ?? query.token };
}

/** The id and token of a link, or null when they are not well-formed. */
export function linkFrom(req: Request, body: Record<string, unknown> = {}): AlertSignupLink | null {
  const parsed = alertSignupLinkSchema.safeParse(linkFields(req, body));
  return parsed.success ? parsed.data : null;
}
