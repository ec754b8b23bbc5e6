/**
 * The pages of staff sign-in, before there is a session: the form asking for an email, the one reply everybody gets
 * (staff or not), the link's page with its button (mail scanners that open links sign nobody in), and the page for a
 * link that no longer works.
 */
import { html } from '../html-page.ts';
import { SIGN_IN_PATH } from './guard.ts';
import { renderStaffPage } from './layout.ts';
import { LINK_MINUTES, LINK_PATH } from './sign-in.ts';

/** The sign-in form; `next` is where to land once signed in (already made safe). */
export function signInFormPage(next: string, status = 200): Response {
  return renderStaffPage({
    title: 'Staff sign-in',
    session: null,
    status,
    body: html`<h1>Staff sign-in</h1>
<p class="lede">For the organization's staff. Enter your work email: if it is on the staff list, we email you a link
that signs you in. No password.</p>
<form class="staff-form" method="post" action="${SIGN_IN_PATH}">
<input type="hidden" name="next" value="${next}">
<label for="staff-email">Work email</label>
<input id="staff-email" name="email" type="email" autocomplete="email" required spellcheck="false">
<button class="button" type="submit">Email me a sign-in link</button>
</form>`,
  });
}

/** The one reply to "email me a link", whether or not the address is staff: nothing here tells them apart. */
export function checkEmailPage(email: string): Response {
  return renderStaffPage({
    title: 'Check your email',
    session: null,
    body: html`<h1>Check your email</h1>
<p class="lede">If <strong>${email}</strong> is on the staff list, a sign-in link is on its way to it.</p>
<p>The link works once, for ${LINK_MINUTES} minutes. Nothing arrived? Check the spam folder, or
<a href="${SIGN_IN_PATH}">ask for a new link</a>.</p>`,
  });
}

/** The page the emailed link opens: one button that posts the token. */
export function linkButtonPage(token: string): Response {
  return renderStaffPage({
    title: 'Sign in to the staff console',
    session: null,
    body: html`<h1>Sign in to the staff console</h1>
<p class="lede">Press the button to sign in on this device. You stay signed in for 12 hours, or until you sign out.</p>
<form method="post" action="${LINK_PATH}">
<input type="hidden" name="token" value="${token}">
<button class="button large" type="submit">Sign in</button>
</form>`,
  });
}

const deadLinkTexts = {
  expired: `This sign-in link has expired: links work for ${LINK_MINUTES} minutes.`,
  used: 'This sign-in link has already been used: each link signs in once.',
  invalid: 'This sign-in link is not valid: it may be incomplete, or from an older email.',
} as const;

/** A link that signs nobody in: why, and the way to ask for a new one. */
export function deadSignInLinkPage(kind: keyof typeof deadLinkTexts): Response {
  return renderStaffPage({
    title: 'This link does not work',
    session: null,
    status: kind === 'invalid' ? 404 : 410,
    body: html`<h1>This link does not work</h1>
<p class="lede">${deadLinkTexts[kind]}</p>
<p><a class="button" href="${SIGN_IN_PATH}">Ask for a new sign-in link</a></p>`,
  });
}

/** What a dead link says to a script (JSON). */
export const deadLinkMessage = (kind: keyof typeof deadLinkTexts) => deadLinkTexts[kind];
