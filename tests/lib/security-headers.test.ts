// The headers functions set on their own responses must be exactly the ones netlify.toml gives static pages: a page
// rendered by a function (a form's error page, a confirm button) gets the same protection as a built one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../src/lib/api.ts';
import { securityHeaders } from '../../src/lib/security-headers.ts';
import { html, htmlPage } from '../../src/server/html-page.ts';

/** The header values of netlify.toml's rule for "/*" (a small reader for the file's simple `Name = "value"` lines). */
function siteWideHeaders(): Record<string, string> {
  const toml = readFileSync(new URL('../../netlify.toml', import.meta.url), 'utf8');
  const rule = toml.split('[[headers]]').find((block) => /for\s*=\s*"\/\*"/.test(block));
  if (!rule) throw new Error('netlify.toml has no [[headers]] rule for "/*"');
  const values = rule.split('[headers.values]')[1] ?? '';
  return Object.fromEntries([...values.matchAll(/^\s*([A-Za-z-]+)\s*=\s*"([^"]*)"\s*$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('security headers', () => {
  it('are the same in netlify.toml and in responses rendered by functions', () => {
    expect(siteWideHeaders()).toEqual(securityHeaders);
  });

  it('forbid framing, inline script and other origins, and pin HTTPS', () => {
    const csp = securityHeaders['Content-Security-Policy']!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?;/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'unsafe-eval'");
    expect(securityHeaders['Strict-Transport-Security']).toMatch(/max-age=\d{8,}/);
    expect(securityHeaders['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(securityHeaders['Permissions-Policy']).toContain('camera=()');
  });

  it('are on pages, JSON replies and errors that functions send', () => {
    for (const response of [
      htmlPage({ title: 'T', body: html`<h1>T</h1>` }),
      ok({ a: 1 }),
      fail('not_found', 404, 'No.'),
    ]) {
      for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name)).toBe(value);
    }
  });
});
