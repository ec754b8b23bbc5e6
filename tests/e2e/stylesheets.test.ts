// What blocks a page's first paint: one stylesheet per page (the site's rules and the page's own, joined after the
// build by integrations/one-stylesheet.ts), where there were two to five, each a round trip on a phone's network.
// The logo is drawn inline, so the page does not fetch /favicon.svg beside the browser's own fetch of the tab icon.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stylesheetsOf } from '../../integrations/one-stylesheet.ts';
import { launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('stylesheets', () => {
  it('every built page links one stylesheet', () => {
    const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(1000);
    const many: string[] = [];
    for (const file of pages) {
      const n = stylesheetsOf(readFileSync(join('dist', file), 'utf8')).length;
      if (n !== 1) many.push(`${file}: ${n}`);
    }
    expect(many.slice(0, 10)).toEqual([]);
  });

  it('styles the home page with the site’s rules and its own from one stylesheet, and fetches no logo', async () => {
    const { page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(`${r.resourceType()} ${new URL(r.url()).pathname}`));
    await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
    expect(requested.filter((r) => r.startsWith('stylesheet '))).toHaveLength(1);
    expect(requested.filter((r) => r.endsWith('/favicon.svg'))).toEqual([]);
    // the site's header colour (site.css) and the home page's "why now" row (home.css) both apply
    const headerColour = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(headerColour).toBe('rgb(11, 85, 102)');
    expect(await page.locator('.why-now').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    expect(await page.locator('.brand-mark').isVisible()).toBe(true);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });
});
