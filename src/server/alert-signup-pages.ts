/**
 * The pages the links in alert emails open: a button that POSTs (mail scanners that open links change nothing), and
 * what to say when a link does not work. Shared by the confirm and unsubscribe functions.
 */
import { alertSignupLinkSchema, type AlertSignupLink } from '../lib/schemas/alert-signup.ts';
import { html, htmlPage } from './html-page.ts';

/** Where a plain form or button lands: pre-rendered pages under /alerts/signup/. */
export const signupPages = { checkEmail: '/alerts/signup/check-email/', confirmed: '/alerts/signup/confirmed/', unsubscribed: '/alerts/signup/unsubscribed/' };

/** A page saying a link does not work, and where to go instead. */
export function brokenLinkPage(status: number, text: string): Response {
  return htmlPage({
    title: 'This link does not work',
    status,
    body: html`<h1>This link does not work</h1><p class="lede">${text}</p><p><a href="/alerts/#alert-signup">Sign up for budget alerts again</a>, or follow the <a href="/alerts/">alerts page</a> and its RSS feed.</p>`,
  });
}

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

/** The page a link opens: one sentence and one button that posts the link's id and token. */
export function buttonPage(options: { title: string; lede: string; action: string; button: string; link: AlertSignupLink }): Response {
  return htmlPage({
    title: options.title,
    body: html`<h1>${options.title}</h1>
<p class="lede">${options.lede}</p>
<form method="post" action="${options.action}">
<input type="hidden" name="id" value="${options.link.id}">
<input type="hidden" name="token" value="${options.link.token}">
<button class="button" type="submit">${options.button}</button>
</form>`,
  });
}
