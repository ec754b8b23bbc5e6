// The pledge map on the built site: the live counts come from /api/pledges/summary, answered here by the browser
// itself (a Playwright route) with a known summary, so every number the page shows can be checked against it.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser.ts';
import { NO_PLEDGES_COLOUR } from '../../src/lib/pledge-map.ts';

const baseUrl = inject('baseUrl');
const slow = { timeout: 30_000 };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const summary = {
  campaign: null,
  confirmed: 4,
  pending: 2,
  house: { '7th Hampden': 3, '1st Berkshire': 1 },
  senate: { Hampden: 3, 'Berkshire, Hampden, Franklin and Hampshire': 1 },
  updatedAt: '2027-01-15T15:00:00.000Z',
};

/** Opens /map/ with the summary endpoint answered by `reply`; returns the campaign each request asked for. */
async function openMap(
  path = '/map/',
  reply: unknown = { data: summary },
  options: { status?: number; before?: (page: Page) => void } = {},
) {
  const { page, problems } = await openPage(browser);
  options.before?.(page);
  const asked: (string | null)[] = [];
  await page.route('**/api/pledges/summary*', (route) => {
    asked.push(new URL(route.request().url()).searchParams.get('campaign'));
    return route.fulfill({
      status: options.status ?? 200,
      contentType: 'application/json',
      body: JSON.stringify(reply),
    });
  });
  await page.goto(baseUrl + path);
  return { page, problems, asked };
}

// the tables are folded (a closed <details>) unless opened: their cells are read as text, not as laid-out text
const row = (page: Page, chamber: string, name: string) =>
  page.locator(`#${chamber}-table tbody tr:has(th a:text-is("${name}"))`);
// a row's live cells: district, member, then pledges and rate
const pledgesIn = (r: Locator) => r.locator('td:nth-child(3)');
const rateIn = (r: Locator) => r.locator('td:nth-child(4)');
const district = (page: Page, id: string) => page.locator(`path[data-district="${id}"]`);

describe('the pledge map', () => {
  it('shows the summary’s counts in the sentence, the table, the legend and a shaded district', async () => {
    const { page, problems } = await openMap();
    const sentence = page.locator('[data-summary]');
    await expect
      .poll(() => sentence.innerText(), slow)
      .toBe('4 confirmed pledges in 2 House districts; most in 7th Hampden (3). 2 more wait for email confirmation.');
    await expect.poll(() => pledgesIn(row(page, 'house', '7th Hampden')).textContent()).toBe('3');
    // the leading districts come before the folded table of every district
    expect(await page.locator('[data-leaders] li').first().innerText()).toMatch(/^7th Hampden: 3 pledges \(/);
    // 3 pledges among an estimated 42,450 residents
    expect(await rateIn(row(page, 'house', '7th Hampden')).textContent()).toBe('0.71');
    expect(await pledgesIn(row(page, 'house', '2nd Berkshire')).textContent()).toBe('0');

    // drawn a slice at a time; once done, every House district is on the map
    await expect.poll(() => page.locator('[data-map]').getAttribute('data-drawn'), slow).toBe('house');
    expect(await page.locator('path[data-district^="ma-house-"]').count()).toBe(160);
    const fill = await district(page, 'ma-house-050').getAttribute('fill');
    expect(fill).not.toBe(NO_PLEDGES_COLOUR);
    expect(await district(page, 'ma-house-051').getAttribute('fill')).toBe(NO_PLEDGES_COLOUR);
    await district(page, 'ma-house-007').hover();
    await expect
      .poll(() => page.locator('[data-details]').innerText())
      .toMatch(/^1st Berkshire \(House\), Representative .+: 1 pledge, 0\.24 per 10,000 residents$/);
    const legend = page.locator('[data-legend]');
    expect(await legend.innerText()).toMatch(
      /Confirmed pledges per 10,000 residents[\s\S]*No pledges[\s\S]*over 0\.60 to 0\.80/,
    );

    await page.getByLabel('Number of pledges').check();
    await expect.poll(() => legend.innerText()).toMatch(/^Confirmed pledges\n[\s\S]*No pledges[\s\S]*\b3\b/);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  }, 120_000); // the first page of a run also waits for the local stack to warm up

  // axe checks every table cell and each of the 160 districts, which takes a while on a busy machine.
  it('has no accessibility violations once the map and counts are in', async () => {
    const { page } = await openMap();
    await expect.poll(() => district(page, 'ma-house-050').getAttribute('fill'), slow).not.toBe(NO_PLEDGES_COLOUR);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 150_000);

  it('switches to the Senate by keyboard, and says the district’s numbers on focus; Enter opens its page', async () => {
    const { page, problems } = await openMap();
    await expect.poll(() => pledgesIn(row(page, 'house', '7th Hampden')).textContent(), slow).toBe('3');
    await page.getByLabel('House (160)').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Senate (40)').isChecked()).toBe(true);
    await expect
      .poll(() => page.locator('[data-summary]').innerText())
      .toMatch(/^4 confirmed pledges in 2 Senate districts; most in Hampden \(3\)/);
    expect(await page.locator('#house-table').isVisible()).toBe(false);
    expect(await page.locator('#senate-table tbody tr').count()).toBe(40);

    await expect.poll(() => page.locator('[data-map]').getAttribute('data-drawn'), slow).toBe('senate');
    expect(await page.locator('path[data-district^="ma-senate-"]').count()).toBe(40);
    expect(await page.locator('path[data-district^="ma-house-"]').count()).toBe(0);
    // The map is one tab stop: from the skip link, past the map's own controls, to one district.
    expect(await page.locator('path[data-district][tabindex="0"]').count()).toBe(1);
    await page.getByRole('link', { name: /^Skip the map/ }).focus();
    for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-district'))); i++)
      await page.keyboard.press('Tab');
    await expect
      .poll(() => page.locator('[data-details]').innerText())
      .toMatch(/^Berkshire, Hampden, Franklin and Hampshire \(Senate\), Senator .+: 1 pledge, /);

    await district(page, 'ma-senate-03').focus();
    await expect
      .poll(() => page.locator('[data-details]').innerText())
      .toMatch(/^Hampden \(Senate\), Senator .+: 3 pledges, 0\.18 per 10,000 residents$/);
    expect(await district(page, 'ma-senate-03').getAttribute('aria-label')).toMatch(/^Hampden \(Senate\)/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-details]').innerText()).toMatch(/^Hampden and Hampshire \(Senate\)/);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('[data-details]').innerText()).toMatch(/^Hampden \(Senate\)/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/districts/senate/hampden/`);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('sorts the table by any column, either way, and says so', async () => {
    const { page } = await openMap();
    await expect.poll(() => pledgesIn(row(page, 'house', '7th Hampden')).textContent(), slow).toBe('3');
    // every district's table is folded under the leading districts
    await page.locator('details.all-districts > summary').click();
    const firstRows = async () => (await page.locator('#house-table tbody tr th').allInnerTexts()).slice(0, 3);
    expect(await firstRows()).toEqual(['1st Barnstable', '1st Berkshire', '1st Bristol']);
    const pledges = page.locator('#house-table').getByRole('button', { name: 'Pledges' });
    await pledges.click();
    expect(await firstRows()).toEqual(['7th Hampden', '1st Berkshire', '1st Barnstable']);
    expect(await page.locator('#house-table th[data-sort="pledges"]').getAttribute('aria-sort')).toBe('descending');
    await pledges.press('Enter');
    expect(await page.locator('#house-table th[data-sort="pledges"]').getAttribute('aria-sort')).toBe('ascending');
    expect((await firstRows())[0]).toBe('1st Barnstable');
    await page.locator('#house-table').getByRole('button', { name: 'District' }).click();
    expect(await page.locator('#house-table th[data-sort="district"]').getAttribute('aria-sort')).toBe('ascending');
    await page.context().close();
  });

  it('asks for one campaign’s counts when the address names it, and for another when the choice changes', async () => {
    const { page, asked } = await openMap('/map/?campaign=mentors-of-color', {
      data: { ...summary, campaign: 'mentors-of-color' },
    });
    await expect.poll(() => asked, slow).toEqual(['mentors-of-color']);
    expect(await page.getByLabel('Campaign').inputValue()).toBe('mentors-of-color');
    await page.getByLabel('Campaign').selectOption('national-mentoring-month');
    await expect.poll(() => asked).toEqual(['mentors-of-color', 'national-mentoring-month']);
    expect(page.url()).toBe(`${baseUrl}/map/?campaign=national-mentoring-month`);
    await page.context().close();
  });

  it('says when the address names no pledge campaign', async () => {
    const notFound = { error: { code: 'not_found', message: 'There is no pledge campaign with that name.' } };
    const { page, asked } = await openMap('/map/?campaign=no-such-campaign', notFound, { status: 404 });
    await expect.poll(() => asked, slow).toEqual(['no-such-campaign']);
    await expect
      .poll(() => page.locator('[data-summary]').innerText(), slow)
      .toBe('There is no pledge campaign with that name. Choose one from the list above.');
    await page.context().close();
  });

  it('says so, and keeps the tables, when the counts cannot be loaded', async () => {
    const { page } = await openMap('/map/', { error: { code: 'not_found', message: 'No such campaign.' } });
    await expect.poll(() => page.locator('[data-summary]').innerText(), slow).toMatch(/could not be loaded/);
    expect(await page.locator('#house-table tbody tr').count()).toBe(160);
    await page.context().close();
  });

  it('draws the districts from the page first, and brings in the zoomable map with town names on a zoom', async () => {
    const urls: string[] = [];
    const { page, problems } = await openMap(
      '/map/',
      { data: summary },
      {
        before: (p) =>
          p.on('request', (r) => {
            urls.push(r.url());
          }),
      },
    );
    await expect.poll(() => district(page, 'ma-house-050').getAttribute('fill'), slow).not.toBe(NO_PLEDGES_COLOUR);
    // the first view needs neither Leaflet, nor the detailed outlines, nor the programs' places
    expect(urls.filter((u) => /leaflet|\.topojson|programs\.json/.test(u))).toEqual([]);
    await page.locator('[data-map]').getByRole('button', { name: 'Zoom in' }).click();
    const zoomable = page.locator('.pledge-map-zoomable');
    await expect.poll(() => zoomable.getAttribute('data-drawn'), slow).toBe('house');
    expect(await page.locator('svg.state-map').count()).toBe(0);
    // still shaded, still one link per district
    expect(await district(page, 'ma-house-050').getAttribute('fill')).not.toBe(NO_PLEDGES_COLOUR);
    expect(await page.locator('path[data-district^="ma-house-"]').count()).toBe(160);
    // the programs, marked at their places (fetched with Leaflet)
    expect(await page.locator('.leaflet-marker-pane path').count()).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.locator('.town-label').count(), slow).toBeGreaterThan(0);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('without JavaScript lists every district and links to the summary', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/map/`);
    expect(await page.locator('#house-table tbody tr').count()).toBe(160);
    expect(await page.locator('#senate-table tbody tr').count()).toBe(40);
    expect(await page.getByRole('link', { name: 'the pledge summary (JSON)' }).getAttribute('href')).toBe(
      '/api/pledges/summary',
    );
    // the map's controls need JavaScript: shown, so nothing moves when the script runs, but disabled
    const radios = page.getByRole('radio');
    expect(await radios.count()).toBe(4);
    for (const radio of await radios.all()) expect(await radio.isDisabled()).toBe(true);
    // the districts are drawn all the same (in the page's HTML), only not shaded
    expect(await page.locator('[data-map]').innerText()).toMatch(
      /Shading the districts by their pledges needs JavaScript/,
    );
    expect(await page.locator('svg.state-map path[data-district^="ma-house-"]').count()).toBe(160);
    await page.context().close();
  });
});

describe('page weight', () => {
  it('keeps /map/ under 200 KB gzipped: the page, the Senate’s view, Leaflet and outlines once zoomed', async () => {
    const urls = new Set<string>();
    const { page } = await openMap(
      '/map/',
      { data: summary },
      { before: (p) => p.on('requestfinished', (r) => urls.add(r.url())) },
    );
    await expect.poll(() => district(page, 'ma-house-050').count(), slow).toBe(1);
    await page.getByLabel('Senate (40)').check();
    await expect.poll(() => district(page, 'ma-senate-03').count(), slow).toBe(1);
    await page.locator('[data-map]').getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.locator('.pledge-map-zoomable').getAttribute('data-drawn'), slow).toBe('senate');
    const own = [...urls].filter((u) => u.startsWith(baseUrl) && !u.includes('/api/'));
    expect(own.some((u) => u.endsWith('/geo/senate-map.json'))).toBe(true);
    expect(own.some((u) => u.endsWith('/geo/senate.topojson'))).toBe(true);
    const sizes = await Promise.all(
      own.map(async (u) => gzipSync(Buffer.from(await (await fetch(u)).arrayBuffer())).byteLength),
    );
    expect(sizes.reduce((s, n) => s + n, 0)).toBeLessThan(200_000);
    await page.context().close();
  });
});
