// What a visitor notices first, at a phone's width and a laptop's: the header's menu (with and without JavaScript,
// by keyboard), the home page's headline and one action, the goal meter only once it has something to show, search
// from an address, share links and social cards. axe at both widths, for every page type, is in
// every-page-both-widths.test.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 800 };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('header and navigation', () => {
  it('folds the navigation behind a Menu button at 390 px that opens without JavaScript', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false, viewport: phone });
    await page.goto(`${baseUrl}/`);
    const header = await page.locator('.site-header').boundingBox();
    // one row for the wordmark and Menu, under a thin strip with the language switcher (kept outside the menu, so a
    // visitor who reads no English finds it without opening anything)
    expect(header!.height).toBeLessThanOrEqual(100);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    await page.getByText('Menu', { exact: true }).click();
    expect(await nav.isVisible()).toBe(true);
    expect(await nav.getByRole('link').allInnerTexts()).toEqual([
      'Take action',
      'Pledge',
      'Programs',
      'Map',
      'For officials',
      'Search',
    ]);
    await page.context().close();
  });

  it('opens the menu from the keyboard and says whether it is open', async () => {
    const { page } = await openPage(browser, { viewport: phone });
    await page.goto(`${baseUrl}/programs/`);
    const visited: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
    }
    // the skip link, the three languages, the wordmark, then the menu button
    expect(visited[0]).toBe('Skip to main content');
    expect(visited.slice(1, 4)).toEqual(['English', 'Español', 'Português']);
    expect(visited[5]).toBe('Menu');
    const menu = page.locator('details.menu');
    expect(await menu.getAttribute('open')).toBeNull();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('open')).toBe('');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Take action');
    // the current section is marked
    expect(await page.locator('nav[aria-label="Main"] a[aria-current]').innerText()).toBe('Programs');
    await page.context().close();
  });

  it('shows the navigation without a button at 1280 px', async () => {
    const { page } = await openPage(browser, { viewport: laptop });
    await page.goto(`${baseUrl}/`);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    expect(await page.getByText('Menu', { exact: true }).isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('home page', () => {
  it('opens with a human headline, why now, and one primary action to the letter', async () => {
    const { page, problems } = await openPage(browser, { viewport: phone });
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('h1').innerText()).toBe('Keep mentoring funded in Massachusetts');
    expect(await page.locator('.why-now').innerText()).toMatch(/FY\d{4} budget is at the .+ stage/);
    const primary = page.locator('.hero .button');
    expect(await primary.count()).toBe(1);
    expect(await primary.getAttribute('href')).toBe('/campaigns/mentoring-matching-grants/#take-action');
    // the action is on the first screen
    expect((await primary.boundingBox())!.y + 40).toBeLessThan(phone.height);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('sends "Become a mentor" to the general pledge page, not to one invitation', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    expect(await page.getByRole('link', { name: 'Pledge to mentor' }).first().getAttribute('href')).toBe('/pledge/');
    await page.goto(`${baseUrl}/pledge/`);
    const titles = await page.locator('.card h3').allInnerTexts();
    expect(titles).toContain('National Mentoring Month');
    expect(titles).toContain('Mentors of Color');
    await page.context().close();
  });
});

describe('goal meter', () => {
  it('stays hidden below the campaign’s threshold, then counts the visitor’s own action at once', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/campaigns/mentoring-matching-grants/`);
    const meter = page.locator('goal-meter');
    await expect.poll(() => meter.getAttribute('data-loaded'), { timeout: 60_000 }).toBe('');
    expect(await meter.isVisible()).toBe(false);
    // what the letter form dispatches once a letter is accepted
    await page.evaluate(() =>
      document.dispatchEvent(
        new CustomEvent('mentoring:action-sent', { detail: { campaign: 'mentoring-matching-grants', kind: 'letter' } }),
      ),
    );
    await expect.poll(() => meter.isVisible()).toBe(true);
    expect(await meter.innerText()).toMatch(/^\d+ of 1,000 letters and calls to legislators\s+Yours is counted/);
    // and on the next page of the session, before the public count (cached a minute) catches up
    await page.reload();
    await expect.poll(() => meter.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  }, 180_000); // the summary function's first call bundles it on a cold local stack
});

describe('search and sharing', () => {
  it('/search/?q= runs the search on load', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('Youth Options Unlimited')}`);
    const first = page.locator('main .search-results a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toBe('/programs/youth-options-unlimited/');
    await page.context().close();
  });

  it('offers copy-link, text message and WhatsApp, with the link as text without JavaScript', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/campaigns/mentoring-matching-grants/thanks/`);
    const share = page.locator('main .share-links');
    expect(await share.locator('code').innerText()).toMatch(/\/campaigns\/mentoring-matching-grants\/$/);
    expect(await share.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(false);
    expect(await share.getByRole('link', { name: 'Send a text' }).getAttribute('href')).toMatch(/^sms:\?&body=/);
    expect(await share.getByRole('link', { name: 'Share on WhatsApp' }).getAttribute('href')).toMatch(
      /^https:\/\/wa\.me\/\?text=/,
    );
    await page.context().close();
    const withJs = await openPage(browser);
    await withJs.page.goto(`${baseUrl}/campaigns/mentoring-matching-grants/thanks/`);
    await expect
      .poll(() => withJs.page.locator('main .share-links').getByRole('button', { name: 'Copy link' }).isVisible(), {
        timeout: 15_000, // one look can take over the default second on a busy machine
      })
      .toBe(true);
    await withJs.page.context().close();
  });

  it('gives each campaign its own social card image, served as a 1200x630 PNG', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/campaigns/mentors-of-color/`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/\/og\/campaigns\/mentors-of-color\.png$/);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    const png = await page.request.get(`${baseUrl}${new URL(image!).pathname}`);
    expect(png.headers()['content-type']).toMatch(/image\/png/);
    const bytes = await png.body();
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    await page.context().close();
  });
});
