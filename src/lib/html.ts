/** Escapes text for HTML element content and attribute values: every user-supplied string in an email goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Turns plain text into escaped HTML paragraphs (blank line = new paragraph, line break = <br>), for email bodies. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>\n')}</p>`)
    .join('\n');
}

/** Whether the client asked for JSON (a script's fetch) rather than a page (a browser's form post). */
export function wantsJson(req: Request): boolean {
  const accept = req.headers.get('accept') ?? '';
  const type = req.headers.get('content-type') ?? '';
  return type.includes('application/json') || (accept.includes('application/json') && !accept.includes('text/html'));
}

/** A 303 See Other: after a form is handled, the browser loads this address with GET. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}
