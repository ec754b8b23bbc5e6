// Pages whose scripts change what is drawn after load must not move what a person is reading: the letter thank-you
// page (the goal meter counts the visitor's letter, the copy-link button) and the pages that fill live counts in (the
// pledge map's summary sentence, beside the map at 1280 px, above its controls and legend). The
// sum of 'layout-shift' entries, as CLS counts them, stays under 0.01 at a phone's width and a laptop's. The other
// page types run no script that draws (scripts/bench/page-costs.ts measures every one).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { watchLayoutShift } from './layout-shift-watch.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const pages = [
  '/campaigns/mentoring-matching-grants/thanks/',
  '/campaigns/mentoring-matching-grants/',
  '/districts/senate/hampden/',
  '/map/',
  '/es/map/',
  // its counts' line is the longest of the three languages ('Números atualizados em 1º de dez de 2026, 07:13.')
  '/pt/map/',
];

async function layoutShiftOf(path: string, width: number): Promise<number> {
  const { page } = await openPage(browser, { viewport: { width, height: 844 } });
  const layoutShift = await watchLayoutShift(page);
  await page.goto(`${baseUrl}${path}`);
  // the live counts have answered (or failed): everything a script draws is drawn
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            [...document.querySelectorAll('goal-meter')].every((m) => m.hasAttribute('data-loaded')) &&
            [...document.querySelectorAll('district-activity [data-fallback]')].every((f) =>
              f.hasAttribute('hidden'),
            ) &&
            [...document.querySelectorAll('pledge-map [data-updated]')].every((u) => u.textContent !== ''),
        ),
      { timeout: 60_000 },
    )
    .toBe(true);
  await page.waitForTimeout(300);
  const shift = await layoutShift();
  await page.context().close();
  return shift;
}

describe('layout shift', () => {
  for (const width of [390, 1280]) {
    it(`pages that draw after load move nothing at ${width} px`, async () => {
      const shifts: Record<string, number> = {};
      for (const path of pages) shifts[path] = await layoutShiftOf(path, width);
      for (const path of pages)
        expect({ path, shift: shifts[path]! < 0.01 ? 'under 0.01' : shifts[path] }).toEqual({
          path,
          shift: 'under 0.01',
        });
    }, 180_000); // the summary functions' first calls bundle them on a cold local stack
  }
});
