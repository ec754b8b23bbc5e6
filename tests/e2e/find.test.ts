// Finding your legislators on /find/, as a person meets it: with JavaScript (a split town and a pick, a street
// address, your location, a point on the map, a vacant seat) and without (a form post to pre-rendered pages).
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, type PageProblems } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// The first lookup wakes the function (it loads the district lines): give answers time to arrive.
// a function's first call on the local stack starts a fresh worker: seconds, and far more on a busy machine
const slow = { timeout: 45_000 };
const status = (page: Page) => page.locator('find-legislators [data-status]');
async function expectClean(page: Page, problems: PageProblems) {
  expect(await axeViolations(page)).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
}
/** axe needs JavaScript to run: check a no-JS page's HTML (served the same to everyone) in a second, scripted tab. */
async function expectCleanWithoutScript(page: Page, problems: PageProblems) {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
  const checker = await openPage(browser);
  await checker.page.goto(page.url());
  expect(await axeViolations(checker.page)).toEqual([]);
  await checker.page.context().close();
}

describe('with JavaScript', () => {
  it('asks a person in a split town to pick their district, then names their legislators', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/find/`);
    await page.getByLabel('City or town').fill('Acton');
    await expect
      .poll(() => status(page).innerText(), slow)
      .toMatch(/Acton is split between two House districts\. Pick your House district/);
    expect(await page.getByText('Your Senate district: Middlesex and Worcester').count()).toBe(1);
    await expectClean(page, problems);

    // the choice is replaced by the answer
    await page.getByRole('radio', { name: /^37th Middlesex: Representative/ }).click();
    await expect
      .poll(() => status(page).innerText(), slow)
      .toMatch(
        new RegExp(
          '^You live in the 37th Middlesex House district, represented by Representative [^,]+, and in the ' +
            'Middlesex and Worcester Senate district, represented by Senator .+\\.$',
        ),
      );
    expect(await page.locator('input[name="house"]').inputValue()).toBe('ma-house-095');
    expect(await page.locator('input[name="senate"]').inputValue()).toBe('ma-senate-12');
    await expectClean(page, problems);

    // Not right? The choice comes back, and picking again works.
    await page.getByRole('button', { name: 'Not right? Change it' }).click();
    // the choice is replaced by the answer
    await page.getByRole('radio', { name: /^14th Middlesex: Representative/ }).click();
    await expect.poll(() => status(page).innerText(), slow).toMatch(/^You live in the 14th Middlesex House district/);
    await page.context().close();
  });

  it('finds the districts of a street address', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/find/`);
    await page.getByLabel(/^Street address/).fill('24 Beacon St');
    await page.getByLabel('City or town').fill('Boston');
    await page.getByLabel('ZIP code').fill('02133');
    await page.getByRole('button', { name: 'Find my legislators' }).click();
    await expect
      .poll(() => status(page).innerText(), slow)
      .toMatch(
        /^You live in the 8th Suffolk House district, represented by Representative .+ Third Suffolk Senate district/,
      );
    expect(await page.locator('find-legislators').innerText()).toContain(
      '24 BEACON ST, BOSTON, MA, 02133 is in the 8th Suffolk House district',
    );
    await expectClean(page, problems);
    await page.context().close();
  });

  it('says when an address is not found and offers the other ways', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/find/`);
    await page.getByLabel(/^Street address/).fill('99999 Nowhere Road');
    await page.getByLabel('ZIP code').fill('01720');
    await page.getByRole('button', { name: 'Find my legislators' }).click();
    await expect
      .poll(() => status(page).innerText(), slow)
      .toMatch(/We could not find that street address\. Check it, or choose your city or town/);
    await page.context().close();
  });

  it('uses the browser’s location when the person allows it', async () => {
    const { page, problems } = await openPage(browser, {
      geolocation: { latitude: 42.3588, longitude: -71.0638 },
      permissions: ['geolocation'],
    });
    await page.goto(`${baseUrl}/find/`);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect.poll(() => status(page).innerText(), slow).toMatch(/^You live in the 8th Suffolk House district/);
    expect(await page.locator('input[name="lat"]').inputValue()).toBe('42.3588');
    await expectClean(page, problems);
    await page.context().close();
  });

  it('draws the Spanish finder’s map with its controls in Spanish', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/es/find/`);
    await page.getByLabel('Ciudad o pueblo').fill('Acton');
    await expect.poll(() => status(page).innerText(), slow).toMatch(/Acton se reparte/);
    await page.getByRole('button', { name: 'Mostrar estos distritos en el mapa' }).click();
    const map = page.getByRole('region', { name: 'Mapa de los distritos de Massachusetts' });
    await map.locator('path.leaflet-interactive:not([d="M0 0"])').first().waitFor();
    expect(await map.getByRole('button', { name: 'Acercar' }).count()).toBe(1);
    expect(await map.getByRole('button', { name: 'Alejar' }).count()).toBe(1);
    expect(await map.innerText()).toContain('Límites de los distritos: MassGIS');
    await expectClean(page, problems);
    await page.context().close();
  });

  it('loads the map only when asked, shows a split town’s candidates and takes a tap on it', async () => {
    const { page, problems } = await openPage(browser);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${baseUrl}/find/`);
    expect(scripts.some((u) => u.includes('find-map'))).toBe(false);
    await page.getByLabel('City or town').fill('Acton');
    await expect.poll(() => status(page).innerText(), slow).toMatch(/Acton is split/);
    await page.getByRole('button', { name: 'Show these districts on the map' }).click();
    const map = page.getByRole('region', { name: 'Map of Massachusetts districts' });
    // districts outside the view are drawn as empty paths ("M0 0"): wait for the first one on screen
    await map.locator('path.leaflet-interactive:not([d="M0 0"])').first().waitFor();
    expect(scripts.some((u) => u.includes('find-map'))).toBe(true);
    // the two candidates are drawn highlighted (the map frames them)
    expect(await map.locator('path[stroke="#b3400a"]').count()).toBe(2);
    // a tap near Acton is looked up as a point
    await map.click();
    await expect
      .poll(() => status(page).innerText(), slow)
      .toMatch(/^You live in the .+ House district, represented by/);
    const lat = Number(await page.locator('input[name="lat"]').inputValue());
    const lon = Number(await page.locator('input[name="lon"]').inputValue());
    expect(Math.abs(lat - 42.48) < 0.2 && Math.abs(lon + 71.44) < 0.2).toBe(true);
    await expectClean(page, problems);
    await page.context().close();
  });

  it('says when a seat is vacant and offers the other chamber', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/find/`);
    await page.getByLabel('City or town').fill('Deerfield');
    await expect
      .poll(() => status(page).innerText(), slow)
      .toMatch(
        new RegExp(
          'the 1st Franklin House district, whose seat is vacant.+The 1st Franklin House seat is vacant until a ' +
            'special election fills it\\. You can still write to Senator',
        ),
      );
    await page.context().close();
  });
});

describe('never stuck: when the address service is down', { timeout: 240_000 }, () => {
  it('opens the map on a split town’s districts, zoomed to the town, with district and town names drawn', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/find/`);
    await page.getByLabel(/^Street address/).fill('1 Outage Road');
    await page.getByLabel('City or town').fill('Acton');
    await page.getByRole('button', { name: 'Find my legislators' }).click();
    await expect
      .poll(() => status(page).innerText(), slow)
      .toMatch(/^We could not check street addresses just now, so we went by the town .+ Acton is split/);
    const map = page.getByRole('region', { name: 'Map of Massachusetts districts' });
    await map.locator('.find-label-district').first().waitFor(slow);
    expect((await map.locator('.find-label-district').allInnerTexts()).sort()).toEqual([
      '14th Middlesex',
      '37th Middlesex',
    ]);
    expect(await map.locator('.find-label-town').allInnerTexts()).toContain('Acton');
    // focus moved to the answer beside the button
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-result]')))).toBe(true);
    await expectClean(page, problems);
    await page.context().close();
  });

  it('without JavaScript, answers from a one-district town, and sends a split town to its page', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/find/`);
    await page.getByLabel(/^Street address/).fill('1 Outage Road');
    await page.getByLabel('City or town').fill('Hawley');
    await page.getByRole('button', { name: 'Find my legislators' }).click();
    await page.waitForURL(`${baseUrl}/find/1st-franklin/berkshire-hampden-franklin-and-hampshire/`, slow);
    await page.goto(`${baseUrl}/find/`);
    await page.getByLabel(/^Street address/).fill('1 Outage Road');
    await page.getByLabel('City or town').fill('Acton');
    await page.getByRole('button', { name: 'Find my legislators' }).click();
    await page.waitForURL(`${baseUrl}/find/towns/acton/`, slow);
    await page.context().close();
  });
});

describe('page weight', () => {
  it('keeps /find/ under 50 KB gzipped (HTML, CSS and JS), the map excluded until it is opened', async () => {
    const html = await (await fetch(`${baseUrl}/find/`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.some((a) => a.includes('find-map') || a.includes('leaflet'))).toBe(false);
    const sizes = await Promise.all(
      assets.map(async (a) => gzipSync(Buffer.from(await (await fetch(baseUrl + a)).arrayBuffer())).byteLength),
    );
    const total = gzipSync(html).byteLength + sizes.reduce((s, n) => s + n, 0);
    expect(total).toBeLessThan(50_000);
  });
});

describe('without JavaScript', () => {
  it('takes a split town to its page of candidates, and the pick to the result page with both members', async () => {
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/find/`);
    expect(await page.getByRole('button', { name: 'Use my location' }).isVisible()).toBe(false);
    await page.getByLabel('City or town').fill('Acton');
    await page.getByRole('button', { name: 'Find my legislators' }).click();
    await page.waitForURL(`${baseUrl}/find/towns/acton/`);
    expect(await page.locator('h1').innerText()).toBe('Acton: which district is yours?');
    expect(await page.locator('main').innerText()).toMatch(/Acton is split between two House districts/);
    await expectCleanWithoutScript(page, problems);

    await page.getByRole('radio', { name: /^37th Middlesex/ }).check();
    await page.getByRole('button', { name: 'These are my districts' }).click();
    await page.waitForURL(`${baseUrl}/find/37th-middlesex/middlesex-and-worcester/`);
    const main = await page.locator('main').innerText();
    expect(main).toMatch(
      new RegExp(
        'You live in the 37th Middlesex House district, represented by Representative .+, and in the Middlesex and ' +
          'Worcester Senate district, represented by Senator',
      ),
    );
    await expectCleanWithoutScript(page, problems);
    await page.context().close();
  });

  it('goes straight to the result for a town in one district, and explains a place it does not know', async () => {
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/find/`);
    await page.getByLabel('City or town').fill('Nantucket');
    await page.getByRole('button', { name: 'Find my legislators' }).click();
    await page.waitForURL(`${baseUrl}/find/barnstable-dukes-and-nantucket/cape-and-islands/`);
    expect(await page.locator('h1').innerText()).toBe('Your state legislators');

    await page.goto(`${baseUrl}/find/`);
    await page.getByLabel('City or town').fill('Springfeld');
    await page.getByRole('button', { name: 'Find my legislators' }).click();
    await page.waitForURL(`${baseUrl}/find/problem/unknown-place/`);
    expect(await page.locator('main').innerText()).toMatch(
      /We could not find that city, town or ZIP code in Massachusetts/,
    );
    await expectCleanWithoutScript(page, problems);
    await page.context().close();
  });
});
