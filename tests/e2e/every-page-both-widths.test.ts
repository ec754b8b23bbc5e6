// Every page type (scripts/page-types.ts, the list the screenshots and Lighthouse use) at a phone's width and a
// laptop's: it answers, passes axe's WCAG 2.2 AA checks, fits the phone's screen without sideways scrolling, and logs
// no errors or CSP violations. One browser; at each width a few tabs, each in its own context and reused from page to
// page, check pages side by side: a page spends much of its time waiting (on the server, on its live counts settling),
// which the other tabs fill.
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { pageTypes } from '../../scripts/page-types.ts';
import { axeViolations, launchBrowser, openPage, type PageProblems } from './browser.ts';

const baseUrl = inject('baseUrl');
const widths = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
// two per width: four renderers at once keep a 2-core machine busy without starving the server beside them
const TABS_PER_WIDTH = 2;
type Tab = { page: Page; problems: PageProblems };

/** Tabs handed out one test at a time: a test waits for a free one, and gives it back when done, passed or failed. */
function tabPool(tabs: Tab[]) {
  const free = [...tabs];
  const waiting: ((tab: Tab) => void)[] = [];
  return {
    take: (): Promise<Tab> => {
      const tab = free.pop();
      return tab ? Promise.resolve(tab) : new Promise((ok) => waiting.push(ok));
    },
    give: (tab: Tab) => {
      const next = waiting.shift();
      if (next) next(tab);
      else free.push(tab);
    },
  };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

for (const viewport of widths) {
  describe.concurrent(`every page type at ${viewport.width} px`, () => {
    let tabs: Tab[] = [];
    let pool: ReturnType<typeof tabPool>;
    beforeAll(async () => {
      tabs = await Promise.all(Array.from({ length: TABS_PER_WIDTH }, () => openPage(browser, { viewport })));
      pool = tabPool(tabs);
    });
    afterAll(() => Promise.all(tabs.map(({ page }) => page.context().close())));

    // the time limit is three pages' worth: Vitest starts up to five tests at once, so one may first wait for two
    // others to free a tab
    for (const type of pageTypes) {
      it(`${type.name} (${type.path}) passes axe, fits the screen and logs no errors`, async ({ expect }) => {
        const { page, problems } = await pool.take();
        try {
          problems.consoleErrors.length = 0;
          problems.cspViolations.length = 0;
          // the document, not every image: the legislators list has 200 official photos, blocked here one by one
          const response = await page.goto(baseUrl + type.path, { waitUntil: 'domcontentloaded', timeout: 50_000 });
          expect(response?.status()).toBe(type.status ?? 200);
          // a page without scripts is "loaded" before its stylesheets are: measure the styled page, not the bare one
          await page.waitForFunction(
            () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet),
            null,
            { timeout: 20_000 },
          );
          // live counts and maps arrive after load: let them, so their errors are this page's and axe sees them drawn
          await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(width, 'page wider than the screen').toBeLessThanOrEqual(viewport.width);
          expect(await axeViolations(page)).toEqual([]);
          // the not-found page's own 404 is what it should answer; Chromium logs it as a failed resource
          const expected = (e: string) => type.status === 404 && e.includes('404') && e.includes(type.path);
          expect(problems.consoleErrors.filter((e) => !expected(e))).toEqual([]);
          expect(problems.cspViolations).toEqual([]);
        } finally {
          pool.give({ page, problems });
        }
      }, 180_000);
    }
  });
}
