// Site search: Pagefind's index, built with the site, searched in the browser (WebAssembly, allowed by the site's one
// policy).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('site search', () => {
  it('finds a mentoring program by its name', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/search/`);
    await page.locator('pagefind-input input').fill('Youth Options Unlimited');
    const first = page.locator('pagefind-results a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toBe('/programs/youth-options-unlimited/');
    expect(await first.innerText()).toContain('Youth Options Unlimited');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('lists English pages only: the Spanish and Portuguese copies are not in the English index', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/search/?q=mentoring`);
    const links = page.locator('pagefind-results a');
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(3);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => /^\/(es|pt)\//.test(href))).toEqual([]);
    await page.context().close();
  });

  it('indexes only main content: the footer and navigation are not searchable', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/search/`);
    // "Where our data comes from" is only ever a footer link
    await page.locator('pagefind-input input').fill('Where our data comes from');
    await expect
      .poll(() => page.locator('pagefind-summary').innerText(), { timeout: 15_000 })
      .toMatch(/No results|0 results/i);
    await page.context().close();
  });

  it('serves one policy on every page, allowing our own scripts and WebAssembly only', async () => {
    const { page } = await openPage(browser);
    for (const path of ['/search/', '/pagefind/pagefind.js', '/', '/programs/']) {
      const res = await page.request.get(baseUrl + path);
      const csp = res.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
      expect(csp, path).toHaveLength(1);
      expect(csp[0]!.value, path).toContain("script-src 'self' 'wasm-unsafe-eval';");
      expect(csp[0]!.value, path).not.toContain('unsafe-inline');
    }
    await page.context().close();
  });

  it('without JavaScript, says search needs it and links to the directories', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/search/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Search needs JavaScript');
    expect(await page.locator('main a[href="/programs/"]').count()).toBe(1);
    await page.context().close();
  });
});
