// The program directory as officials and volunteers meet it: the list, its filters with and without JavaScript,
// a program's page, and each district page listing exactly the programs inside it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const index = JSON.parse(readFileSync('content/programs.json', 'utf8')) as { slug: string; name: string; town: string; types: string[]; districts: { house: string; senate: string } }[];
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const cardNames = (page: import('playwright-core').Page, scope = 'main') =>
  page.locator(`${scope} [data-program]:visible h3`).allInnerTexts();

describe('the program directory', () => {
  it('lists every program with its placement, reads right and has no accessibility violations', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/programs/`);
    expect(await page.locator('h1').innerText()).toBe('Mentoring programs');
    expect((await cardNames(page)).sort()).toEqual(index.map((p) => p.name).sort());
    expect(await page.locator('main').innerText()).toContain('Hampden County (listed for the area; placed at the center of Springfield)');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('filters without JavaScript: the form lands on the page for the chosen town', async () => {
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/programs/`);
    await page.selectOption('#filter-town', 'springfield');
    await Promise.all([page.waitForURL(/\/programs\/filter\//), page.click('button:has-text("Show programs")')]);
    expect(new URL(page.url()).pathname).toBe('/programs/filter/springfield/any/any/any/');
    expect((await cardNames(page)).sort()).toEqual(index.filter((p) => p.town === 'Springfield').map((p) => p.name).sort());
    expect(await page.locator('#filter-town').inputValue()).toBe('springfield');
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();

    // axe needs JavaScript: check the same page in a browser that runs it
    const checked = await openPage(browser);
    await checked.page.goto(`${baseUrl}/programs/filter/springfield/any/any/any/`);
    expect(await axeViolations(checked.page)).toEqual([]);
    expect(checked.problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await checked.page.context().close();
  });

  it('without JavaScript, says so plainly when no program matches every filter', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/programs/`);
    await page.selectOption('#filter-town', 'boston');
    await page.selectOption('#filter-district', index.find((p) => p.town === 'Springfield')!.districts.house);
    await Promise.all([page.waitForURL(/no-match/), page.click('button:has-text("Show programs")')]);
    expect(await page.locator('h1').innerText()).toBe('No programs match these filters');
    await page.context().close();

    const checked = await openPage(browser);
    await checked.page.goto(`${baseUrl}/programs/no-match/`);
    expect(await axeViolations(checked.page)).toEqual([]);
    await checked.page.context().close();
  });

  it('filters in place with JavaScript, announcing the count, without loading another page', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/programs/`);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.selectOption('#filter-type', 'school-based');
    const schoolBased = index.filter((p) => p.types.includes('school-based'));
    await expect.poll(() => cardNames(page)).toEqual(expect.arrayContaining(schoolBased.map((p) => p.name)));
    expect(await cardNames(page)).toHaveLength(schoolBased.length);
    expect(await page.locator('[role="status"]').innerText()).toBe(`Showing ${schoolBased.length} of ${index.length} programs.`);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // the address now shows the same list when reloaded or shared
    expect(new URL(page.url()).pathname).toBe('/programs/filter/any/any/school-based/any/');

    await page.selectOption('#filter-ages', 'elementary');
    await expect.poll(() => page.locator('[data-empty]').isVisible()).toBe(true);
    expect(await page.locator('[role="status"]').innerText()).toBe(`Showing 0 of ${index.length} programs.`);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it("shows a program's page with its districts, and says \"not listed\" for what it has not supplied", async () => {
    const yu = index.find((p) => p.slug === 'youth-options-unlimited')!;
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/programs/youth-options-unlimited/`);
    expect(await page.locator('h1').innerText()).toBe('Youth Options Unlimited');
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toMatch(/Ages served\s+not listed/);
    expect(facts).toMatch(/Website\s+not listed/);
    const districtLinks = await page.locator('dl.facts a[href^="/districts/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(districtLinks).toHaveLength(2);
    for (const href of districtLinks) expect((await page.request.get(baseUrl + href!)).status()).toBe(200);
    expect(yu.districts.house).toMatch(/^ma-house/);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });
});

describe('district pages for officials', () => {
  it('lists exactly the programs inside the district, and shared-town programs apart', async () => {
    const springfield = index.filter((p) => p.town === 'Springfield');
    const district = JSON.parse(readFileSync('content/districts.json', 'utf8')) as { id: string; slug: string; chamber: string; name: string; places: { town: string }[] }[];
    const holding = district.find((d) => d.id === springfield[0]!.districts.house)!;
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/districts/house/${holding.slug}/`);
    const inside = await page.locator('[data-programs-inside] [data-program] h3').allInnerTexts();
    expect(inside.sort()).toEqual(index.filter((p) => p.districts.house === holding.id).map((p) => p.name).sort());
    expect(await page.locator('[data-programs-shared]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });

    // another district holding part of Springfield: nothing inside, the Springfield programs shown apart
    const neighbour = district.find((d) => d.chamber === 'house' && d.id !== holding.id && d.places.some((p) => p.town === 'Springfield'))!;
    await page.goto(`${baseUrl}/districts/house/${neighbour.slug}/`);
    expect(await page.locator('[data-programs-inside] [data-program]').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain(`No program in the directory is placed inside the ${neighbour.name} district yet.`);
    expect((await page.locator('[data-programs-shared] li a').allInnerTexts()).sort()).toEqual(springfield.map((p) => p.name).sort());
    await page.context().close();
  });

  it('prints the district brief on exactly one page, for the busiest district and the one with the most towns', async () => {
    const districts = JSON.parse(readFileSync('content/districts.json', 'utf8')) as { id: string; slug: string; chamber: string; places: unknown[] }[];
    const busiest = districts.find((d) => d.id === index.find((p) => p.town === 'Springfield')!.districts.house)!;
    const mostTowns = [...districts].sort((a, b) => b.places.length - a.places.length)[0]!;
    for (const d of [busiest, mostTowns]) {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}/districts/${d.chamber}/${d.slug}/brief/`);
      expect(await page.locator('h1').innerText()).toMatch(/^Mentoring in the .* (House|Senate) district$/);
      expect(await page.locator('button:has-text("Print this brief")').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      for (const format of ['Letter', 'A4']) {
        const pdf = (await page.pdf({ format, printBackground: false })).toString('latin1');
        expect(pdf.match(/\/Type\s*\/Page[^s]/g), `${d.slug} on ${format}`).toHaveLength(1);
      }
      expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
      await page.context().close();
    }
  });
});
