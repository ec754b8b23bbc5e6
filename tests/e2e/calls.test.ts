// Calling one's legislators, end to end on the local stack (built site, functions, local Blobs): find them, read
// the script with their phones, tap how the call went, then the next ask. Without JavaScript (plain links, a GET
// form and a form post with its 303) and with it (the finder looks up in place; the campaign page links straight to
// the sheet from a letter's districts). axe on every page; the counts then show on the campaign and district pages.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import districts from '../../content/districts.json';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const CAMPAIGN = 'mentoring-matching-grants';
const campaignUrl = `${baseUrl}/campaigns/${CAMPAIGN}/`;
// Millbury lies wholly in the 7th Worcester House district and the Second Worcester Senate district. Senator Moore's
// district office is listed as "508-757-0323 ext. 13".
const house = districts.find((d) => d.chamber === 'house' && d.name === '7th Worcester')!;
const senate = districts.find((d) => d.chamber === 'senate' && d.name === 'Second Worcester')!;
const slow = { timeout: 90_000 };
// a district page asks six summaries at once, each a fresh function worker in the local emulation
const slower = { timeout: 240_000 };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/**
 * axe needs a page that runs scripts, so the pages a visitor without JavaScript saw are checked again in a context
 * that blocks the site's own scripts: the same HTML, nothing improved.
 */
async function axeWithoutScripts(urls: string[]): Promise<string[]> {
  const { page } = await openPage(browser);
  await page.context().route(/\.m?js(\?|$)/, (route) => route.abort('blockedbyclient'));
  const found: string[] = [];
  for (const url of urls) {
    await page.goto(url, slow);
    found.push(...(await axeViolations(page)).map((v) => `${url}: ${v}`));
  }
  await page.context().close();
  return found;
}

async function calls(): Promise<{
  total: number;
  byDistrict: Record<string, number>;
  byLegislator: Record<string, number>;
}> {
  const res = await fetch(`${baseUrl}/api/calls/summary?campaign=${CAMPAIGN}`);
  expect(res.status).toBe(200);
  return (await res.json()).data;
}

describe('calling your legislators', () => {
  it('without JavaScript: the call page finds them, tel: links and script, an outcome counts', async () => {
    const before = await calls();
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    const seen: string[] = [];
    await page.goto(campaignUrl);
    const section = page.locator('#call');
    expect(await section.getByRole('heading', { name: 'Call your legislators' }).isVisible()).toBe(true);
    expect(await section.locator('.call-script').innerText()).toMatch(
      /^Hello, my name is \(your name\) and I live in \(your town\)\./,
    );
    expect(await section.innerText()).toContain('Weekdays, 9 a.m. to 5 p.m. Eastern time');
    seen.push(page.url());
    await section.getByRole('link', { name: 'Find your legislators’ phone numbers' }).click(slow);
    await page.waitForURL(`${baseUrl}/campaigns/${CAMPAIGN}/call/`, slow);
    await page.waitForLoadState('load');
    seen.push(page.url());

    await page.getByLabel('City or town').fill('Millbury');
    await page.getByRole('button', { name: 'Show my legislators’ phone numbers' }).click(slow);
    await expect.poll(() => page.locator('h1').innerText(), slow).toBe('Call your legislators');
    const frost = page.locator('section', { has: page.getByRole('heading', { name: 'Representative Paul Frost' }) });
    const moore = page.locator('section', { has: page.getByRole('heading', { name: 'Senator Mike Moore' }) });
    expect(await frost.locator('.call-script').innerText()).toContain(
      'I live in Millbury. I am calling to ask Representative Paul Frost to support line item 7061-9634',
    );
    expect(await frost.getByRole('link', { name: /State House office/ }).getAttribute('href')).toBe('tel:+16177222100');
    expect(await moore.getByRole('link', { name: /district office/ }).getAttribute('href')).toBe(
      'tel:+15087570323;ext=13',
    );
    expect(await page.locator('#office-hours').innerText()).toMatch(/State House offices are (open now|closed now)/);
    seen.push(page.url());

    await frost.getByRole('button', { name: 'I left a voicemail' }).click(slow);
    await expect
      .poll(() => page.locator('#recorded').innerText(), slow)
      .toContain('Your call to Representative Paul Frost is counted: you left a voicemail.');
    expect(await frost.locator('.call-recorded').innerText()).toContain('Counted');
    expect(await moore.getByRole('button', { name: 'I talked to staff' }).isVisible()).toBe(true);
    seen.push(page.url());
    const after = await calls();
    expect(after.total).toBe(before.total + 1);
    expect(after.byDistrict[house.id]).toBe((before.byDistrict[house.id] ?? 0) + 1);

    // the next ask: the letter, not yet sent
    await page.getByRole('link', { name: 'Write to them too' }).click(slow);
    expect(page.url()).toBe(`${campaignUrl}#take-action`);
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();
    expect(await axeWithoutScripts(seen)).toEqual([]);
  }, 600_000);

  it('with JavaScript: the finder, the sheet, an outcome, the next ask; the counts on the pages', async () => {
    const { page, problems } = await openPage(browser);
    // find: the call page's finder looks the districts up in place, and the form opens the sheet with them
    await page.goto(`${baseUrl}/campaigns/${CAMPAIGN}/call/?letter=sent`);
    const hours = page.locator('[data-hours-now]');
    await expect.poll(() => hours.innerText(), slow).toMatch(/^State House offices are (open|closed) now/);
    await page.getByLabel('City or town').fill('Millbury');
    await expect.poll(() => page.locator('find-legislators [data-status]').innerText(), slow).toMatch(/7th Worcester/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show my legislators’ phone numbers' }).click(slow);
    await expect.poll(() => page.locator('h1').innerText(), slow).toBe('Call your legislators');
    expect(page.url()).toContain(`house=${house.id}`);
    // the script, then an outcome
    const moore = page.locator('section', { has: page.getByRole('heading', { name: 'Senator Mike Moore' }) });
    expect(await moore.locator('.call-script').innerText()).toContain('to ask Senator Mike Moore to support');
    await moore.getByRole('button', { name: 'Busy or no answer' }).click(slow);
    const recorded = page.locator('#recorded');
    await expect.poll(() => recorded.innerText(), slow).toContain('the line was busy or nobody answered');
    // the next ask: the letter was sent (it came with ?letter=sent), so a pledge, alerts and sharing
    expect(await page.getByRole('link', { name: 'Write to them too' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Get budget alerts by email' }).getAttribute('href')).toBe('/alerts/');
    const email = page.getByRole('link', { name: 'Email a friend' });
    expect(await email.getAttribute('href')).toMatch(/^mailto:\?subject=Call%20your%20legislators/);
    expect(await axeViolations(page)).toEqual([]);

    // the campaign page, from a letter's thank-you with the districts: a link straight to the sheet; the counts
    await page.goto(`${campaignUrl}?house=${house.id}&senate=${senate.id}&letter=sent#call`);
    const direct = page.locator('#call').getByRole('link', { name: 'Call your legislators now' });
    await expect.poll(() => direct.isVisible(), slow).toBe(true);
    expect(await direct.getAttribute('href')).toBe(
      `/api/calls/sheet?campaign=${CAMPAIGN}&house=${house.id}&senate=${senate.id}&letter=sent#who-to-call`,
    );
    const count = page.locator('#call [data-call-count]');
    await expect.poll(() => count.innerText(), slow).toMatch(/^\d+ calls to legislators counted so far/);
    // a letters-and-calls campaign's goal meter sums both (it shows from the campaign's threshold)
    const meter = await page.locator('#take-action goal-meter').getAttribute('data-url');
    expect(meter).toBe(`/api/letters/summary?campaign=${CAMPAIGN} /api/calls/summary?campaign=${CAMPAIGN}`);
    expect(await axeViolations(page)).toEqual([]);
    // the district page (at a glance, and per campaign) and its brief (at a glance)
    await page.goto(`${baseUrl}/districts/senate/${senate.slug}/`);
    const row = page.locator(`tr[data-kind="calls"][data-campaign="${CAMPAIGN}"] [data-count]`);
    await expect.poll(() => row.innerText(), slower).toBe('1');
    await expect.poll(() => page.locator('li[data-kind="calls"] [data-count]').innerText(), slower).toBe('1');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${baseUrl}/districts/senate/${senate.slug}/brief/`);
    await expect.poll(() => page.locator('li[data-kind="calls"] [data-count]').innerText(), slower).toBe('1');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  }, 900_000);
});
