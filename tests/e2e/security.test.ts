// Security headers as a browser meets them on the local stack: built pages get netlify.toml's, pages and replies
// rendered by functions set the same ones themselves; and scripts run under the strict policy without a violation.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { securityHeaders } from '../../src/lib/security-headers.ts';
import { launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const served = [
  { what: 'a built page', path: '/' },
  { what: 'a campaign page with a form', path: '/campaigns/mentoring-matching-grants/' },
  { what: 'the 404 page', path: '/no-such-page/' },
  { what: "a function's confirm page", path: '/api/letters/confirm?token=x' },
  { what: "a function's JSON", path: '/api/health' },
  { what: "a function's error page", path: '/programs/find?type=nonsense' },
];

describe('security headers', () => {
  for (const { what, path } of served) {
    it(`are on ${what} (${path})`, async () => {
      const response = await fetch(baseUrl + path, { redirect: 'manual' });
      for (const [name, value] of Object.entries(securityHeaders))
        expect([name, response.headers.get(name)]).toEqual([name, value]);
    });
  }
});

describe('the Content-Security-Policy', () => {
  // The finder's map and search have their own journeys with the same check (find, search tests).
  it('is satisfied by the letter form validating in the page (zod parses without eval)', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/campaigns/mentoring-matching-grants/`);
    await page.locator('letter-form form').evaluate((form: HTMLFormElement) => form.requestSubmit());
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('reports a violation when a page breaks it (the check can fail)', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    // Add an inline script the way an injection would: the policy blocks it and the check must see that.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
    });
    await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await page.context().close();
  });
});
