/**
 * The staff console's page, in the functions' page shell (html-page.ts): the site's stylesheet and security headers
 * (strict CSP: no inline script or style), not indexed, never cached, a header naming who is signed in, the
 * console's navigation and a Sign out button (a POST form carrying the session's CSRF token). Every interpolated
 * string is escaped (the `html` tag).
 */
import { site } from '../../config/site.ts';
import { html, htmlPage, type SafeHtml } from '../html-page.ts';
import type { StaffSession } from './session.ts';

/** The console's sections, in the order the navigation lists them. */
export const staffNav = [
  { href: '/staff/', label: 'Campaigns' },
  { href: '/staff/programs/', label: 'Programs' },
  { href: '/staff/pledges/', label: 'Pledges' },
  { href: '/staff/alerts/', label: 'Alerts' },
  { href: '/staff/audit/', label: 'Audit log' },
] as const;

export const SIGN_OUT_PATH = '/staff/sign-out/';

/** The hidden field every staff form carries: the session's CSRF token (guard.ts checks it). */
export function csrfField(session: StaffSession): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${session.csrf}">`;
}

/** The section a path belongs to: the longest nav entry it starts with ("/staff/" only for the home and campaigns). */
function currentSection(path: string): string | null {
  const sections = staffNav.filter((item) => path.startsWith(item.href)).sort((a, b) => b.href.length - a.href.length);
  return sections[0]?.href ?? null;
}

/** The header of a signed-in page, or of the sign-in pages (no session: no navigation). */
function staffHeader(session: StaffSession | null, path: string): SafeHtml {
  const current = currentSection(path);
  const nav = session
    ? html`<nav class="staff-nav" aria-label="Staff console"><div class="wrap"><ul>
${staffNav.map(
  (item) =>
    html`<li><a href="${item.href}"${item.href === current ? html` aria-current="page"` : ''}>${item.label}</a></li>`,
)}
</ul>
<form class="staff-sign-out" method="post" action="${SIGN_OUT_PATH}">${csrfField(session)}
<span class="staff-who">Signed in as <strong>${session.email}</strong></span>
<button class="button secondary" type="submit">Sign out</button></form></div></nav>`
    : '';
  return html`<header class="site-header"><div class="wrap"><a class="brand" href="/staff/"><span
  class="brand-words"><strong>${site.name}</strong><span>Staff console</span></span></a></div></header>
${nav}`;
}

/** A complete staff page as a Response (text/html, no-store, noindex, security headers). */
export function renderStaffPage(options: {
  title: string;
  session: StaffSession | null;
  body: SafeHtml;
  status?: number;
  /** the page's own address, for the navigation's "you are here" (default: none marked) */
  path?: string;
  /** more stylesheets from public/styles/ */
  styles?: string[];
}): Response {
  return htmlPage({
    title: `${options.title} | Staff console`,
    body: options.body,
    status: options.status,
    styles: ['staff.css', ...(options.styles ?? [])],
    header: staffHeader(options.session, options.path ?? ''),
    bodyClass: 'staff',
  });
}
