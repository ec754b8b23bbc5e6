// Every page type, as a visitor meets it: it loads from the built site, says the right things, passes axe's WCAG 2.2
// AA checks, and logs no errors.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const pageTypes: { name: string; path: string; heading: RegExp; text?: RegExp[] }[] = [
  {
    name: 'home',
    path: '/',
    heading: /Keep mentoring funded in Massachusetts/,
    text: [/Mentoring Matching Grants/, /Email your state legislators/, /Become a mentor/],
  },
  {
    name: 'campaign list',
    path: '/campaigns/',
    heading: /^Campaigns$/,
    text: [/National Mentoring Month/, /Mentors of Color/],
  },
  {
    name: 'campaign',
    path: '/campaigns/mentoring-matching-grants/',
    heading: /7061-9634/,
    text: [/only state funding dedicated solely to mentoring/],
  },
  { name: 'legislator list', path: '/legislators/', heading: /Massachusetts legislators/, text: [/Vacant seat/] },
  {
    name: 'legislator',
    path: '/legislators/aaron-michlewitz/',
    heading: /Representative Aaron Michlewitz/,
    text: [/3rd Suffolk/, /Ways and Means/],
  },
  { name: 'district list', path: '/districts/', heading: /House and Senate districts/, text: [/160 House districts/] },
  {
    name: 'House district',
    path: '/districts/house/8th-suffolk/',
    heading: /8th Suffolk House district/,
    text: [/Boston \(part\)/, /Third Suffolk/],
  },
  {
    name: 'Senate district',
    path: '/districts/senate/hampden/',
    heading: /Hampden Senate district/,
    text: [/Senator Adam Gómez/, /Springfield/],
  },
  {
    name: 'vacant district',
    path: '/districts/house/1st-franklin/',
    heading: /1st Franklin House district/,
    text: [/This seat is vacant/],
  },
  {
    name: 'about the data',
    path: '/about/data/',
    heading: /About the data/,
    text: [/Open States/, /MassGIS/, /Population per district \(an estimate\)/],
  },
];

describe('page types', () => {
  for (const type of pageTypes) {
    it(`${type.name} (${type.path}) loads, reads right and has no accessibility violations`, async () => {
      const { page, problems } = await openPage(browser);
      const response = await page.goto(baseUrl + type.path);
      expect(response?.status()).toBe(200);
      await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toMatch(type.heading);
      const body = await page.locator('main').innerText();
      for (const text of type.text ?? []) expect(body).toMatch(text);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
      await page.context().close();
    });
  }

  it('answers an unknown address with the 404 page', async () => {
    const { page } = await openPage(browser);
    const response = await page.goto(`${baseUrl}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    await page.context().close();
  });
});

describe('keyboard and landmarks', () => {
  it('lets a keyboard user skip straight to the main content', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/campaigns/`);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.innerText()).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('marks the current section in the navigation', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/legislators/aaron-michlewitz/`);
    expect(await page.locator('nav[aria-label="Main"] a[aria-current]').innerText()).toBe('For officials');
    await page.context().close();
  });

  it('ships no JavaScript on pages without a form, a map or live counts', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/legislators/aaron-michlewitz/`);
    expect(await page.locator('script').count()).toBe(0);
    await page.context().close();
  });
});
