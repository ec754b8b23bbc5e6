// More of the site in Spanish and Portuguese, on the built site: the pledge map (its words and its scripts' words
// in the page's language) and the stand-alone call page, each checked by axe at a phone's width and a desktop's.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const slow = { timeout: 30_000 };
const widths = [390, 1280];
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const summary = {
  campaign: null,
  confirmed: 4,
  pending: 1,
  house: { '7th Hampden': 3, '1st Berkshire': 1 },
  senate: { Hampden: 3, 'Berkshire, Hampden, Franklin and Hampshire': 1 },
  updatedAt: '2027-01-15T15:00:00.000Z',
};

describe('the pledge map in Portuguese', () => {
  it.each(widths)('speaks Portuguese in the page and in what its script writes, at %i px', async (width) => {
    const { page, problems } = await openPage(browser, { viewport: { width, height: 900 } });
    await page.route('**/api/pledges/summary*', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: summary }) }),
    );
    await page.goto(`${baseUrl}/pt/map/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pt-BR');
    expect(await page.locator('h1').innerText()).toBe('Mapa de compromissos');
    await expect
      .poll(() => page.locator('[data-summary]').innerText(), slow)
      .toBe(
        '4 compromissos confirmados em 2 distritos da Câmara; a maioria em 7th Hampden (3). Além disso, 1 ' +
          'compromisso aguarda a confirmação por e-mail.',
      );
    expect(await page.locator('[data-legend] .legend-title').innerText()).toBe(
      'Compromissos confirmados por 10.000 habitantes',
    );
    // rates with a decimal comma, in the legend and in the table
    expect(await page.locator('[data-legend] li').allInnerTexts()).toContain('Sem compromissos');
    expect(await page.locator('[data-legend]').innerText()).toMatch(/até \d+,\d\d/);
    const rate = page.locator('#house-table tr[data-name="7th Hampden"] [data-cell="rate"]');
    expect(await rate.textContent()).toMatch(/^\d+,\d\d$/);
    expect(await page.locator('[data-leaders] li').first().innerText()).toMatch(/^7th Hampden: 3 compromissos \(/);
    expect(await page.getByRole('button', { name: 'Aproximar' }).count()).toBe(1);
    expect(await page.locator('svg.state-map').getAttribute('aria-label')).toBe('Distritos da Câmara');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('lists every district in Portuguese without JavaScript, the campaign form staying on /pt/map/', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/pt/map/`);
    expect(await page.locator('svg.state-map').getAttribute('aria-label')).toBe(
      'Mapa dos 160 distritos da Câmara de Massachusetts',
    );
    expect(await page.locator('#house-table h2').innerText()).toBe('Compromissos por distrito da Câmara');
    expect(await page.locator('#house-table tbody tr').count()).toBe(160);
    await page.getByRole('button', { name: 'Mostrar' }).click();
    await page.waitForURL(/\/pt\/map\/\?campaign=$/);
    await page.context().close();
  });
});
