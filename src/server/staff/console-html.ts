/**
 * Pieces the console's pages share (with layout.ts's CSRF field, re-exported here): the status line a page shows after
 * a form's 303 back, and that 303's address. Statuses are a closed set of codes per page, never text from the query,
 * so a crafted link cannot put words on a staff page.
 */
import { html, type SafeHtml } from '../html-page.ts';

export { csrfField } from './layout.ts';

/** The message for `?status=<code>`, announced to screen readers; nothing for an unknown code. */
export function statusNotice(url: URL, messages: Readonly<Record<string, string>>): SafeHtml {
  const code = url.searchParams.get('status') ?? '';
  const message = Object.hasOwn(messages, code) ? messages[code] : undefined;
  return message ? html`<p class="notice" role="status">${message}</p>` : html``;
}

/** Where a form's 303 goes: back to its page with a status code (and the page's own query kept). */
export function backWith(path: string, status: string, keep: Record<string, string | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(keep)) if (v) query.set(k, v);
  query.set('status', status);
  return `${path}?${query}`;
}
