// Site search: Pagefind's index, built with the site, searched in the browser (WebAssembly, allowed by the site's one
// policy) and drawn by our own <site-search>: a labelled form, a live count, results as headed links.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser.ts';
import { watchLayoutShift } from './layout-shift-watch.ts';

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
    await page.getByLabel('Search programs, districts, legislators and campaigns').fill('Youth Options Unlimited');
    const first = page.locator('main .search-results a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toBe('/programs/youth-options-unlimited/');
    expect(await first.innerText()).toContain('Youth Options Unlimited');
    // the count is a live region, so a screen reader hears it once the results are drawn
    expect(await page.getByRole('status').innerText()).toMatch(/^\d+ results? for “Youth Options Unlimited”/);
    // and the address follows the search, so it can be shared
    expect(new URL(page.url()).searchParams.get('q')).toBe('Youth Options Unlimited');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('lists English pages only: the Spanish and Portuguese copies are not in the English index', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/search/?q=mentoring`);
    const links = page.locator('main .search-results a');
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(3);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => /^\/(es|pt)\//.test(href))).toEqual([]);
    await page.context().close();
  });

  it('indexes only main content: the footer and navigation are not searchable', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/search/`);
    // "Where our data comes from" is only ever a footer link
    await page.getByRole('searchbox').fill('Where our data comes from');
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 15_000 }).toMatch(/^No results/);
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

  it('without JavaScript, the form submits to this page, which says search needs it and links elsewhere', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/search/`);
    await page.getByRole('searchbox').fill('mentoring');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=mentoring$/);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Search needs JavaScript');
    expect(await page.locator('main a[href="/programs/"]').count()).toBe(1);
    await page.context().close();
  });

  it('shows a program in a result as sentences: each field name apart from its value', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('Youth Options Unlimited')}`);
    const result = page.locator('main .search-results li').filter({ hasText: 'Youth Options Unlimited' }).first();
    await expect.poll(() => result.count(), { timeout: 15_000 }).toBe(1);
    // Pagefind joined a definition list's terms and values: "WhereBoston", "Focusnot listed"
    const excerpt = await result.locator('p').innerText();
    expect(excerpt).toContain('Where Boston');
    expect(excerpt).not.toMatch(/Where[A-Z]|listed[A-Z]|districtType/);
    await page.context().close();
  });

  it('draws results under the form without moving it, at 390 and 1280 px', async () => {
    for (const width of [390, 1280]) {
      const { page } = await openPage(browser, { viewport: { width, height: 844 } });
      const layoutShift = await watchLayoutShift(page);
      await page.goto(`${baseUrl}/search/?q=mentoring`);
      await expect.poll(() => page.locator('main .search-results a').count(), { timeout: 15_000 }).toBe(8);
      await page.waitForTimeout(300);
      const shift = await layoutShift();
      expect({ width, shift: shift < 0.01 ? 'under 0.01' : shift }).toEqual({ width, shift: 'under 0.01' });
      await page.context().close();
    }
  });

  it('reaches results from the keyboard and shows more on request, focusing the first new one', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/search/?q=mentoring`);
    const links = page.locator('main .search-results a');
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBe(8);
    await page.getByRole('searchbox').focus();
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      await links.first().getAttribute('href'),
    );
    await page.getByRole('button', { name: 'Show more results' }).press('Enter');
    await expect.poll(() => links.count()).toBe(16);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      await links.nth(8).getAttribute('href'),
    );
    expect(await page.getByRole('status').innerText()).toMatch(/^\d+ results for “mentoring”, showing 16\./);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
