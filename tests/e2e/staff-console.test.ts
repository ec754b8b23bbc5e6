// The staff console in a browser, on the local stack (built site, functions, local Blobs, outbox): sign in from the
// link in the outbox, open a campaign's dashboard, download a CSV, approve a program's request (sent first through
// the public form), send an alert test to one's own address, rebuild the alert audience, sign out; axe on every console
// page. The approval is done again without JavaScript: every console form is a plain POST and a 303 back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const outboxDir = inject('outboxDir');
// a cold function bundles on its first request, and the machine may be busy: each step gets two minutes
const slow = { timeout: 120_000 };
/** Who may sign in on a local run (src/server/config.ts, LOCAL_STAFF_EMAIL). */
const STAFF = 'staff@localhost.test';
const CAMPAIGN = 'mentoring-matching-grants';
const ALERT = 'fy2028-budget-what-happens-next';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

type OutboxEmail = { to: string[]; subject: string; text: string; createdAt: string };
function outboxFor(address: string): OutboxEmail[] {
  return readdirSync(outboxDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(outboxDir, f), 'utf8')) as OutboxEmail)
    .filter((e) => e.to.includes(address))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Asks for a link, opens the newest one from the outbox (pointed at the local stack) and presses its button. */
async function signIn(page: Page): Promise<void> {
  const before = outboxFor(STAFF).length;
  await page.goto(`${baseUrl}/staff/`, slow);
  expect(new URL(page.url()).pathname).toBe('/staff/sign-in/');
  await page.getByLabel('Work email').fill(STAFF);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect.poll(() => outboxFor(STAFF).length, slow).toBe(before + 1);
  const match = /https?:\/\/[^/\s]+(\/staff\/link\/\?token=[A-Za-z0-9_-]+)/.exec(outboxFor(STAFF).at(-1)!.text);
  await page.goto(`${baseUrl}${match![1]}`, slow);
  await Promise.all([page.waitForURL(/\/staff\/$/, slow), page.getByRole('button', { name: 'Sign in' }).click()]);
}

/** A program asks to be listed through the public form, in a browser of its own without JavaScript (a plain post). */
async function submitProgram(name: string): Promise<void> {
  const { page } = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(`${baseUrl}/programs/submit/`, slow);
  await page.getByLabel(/^Program name/).fill(name);
  await page.getByLabel(/^Organization/).fill('Console Test Org');
  await page.getByLabel(/^Cities and towns where it mentors/).fill('Lynn');
  await page.getByLabel(/^Ages or grades/).fill('8-14');
  await page.getByLabel('Community').check();
  await page.getByLabel(/^Contact email/).fill(`${name.toLowerCase().replace(/\W+/g, '-')}@example.org`);
  await page.getByLabel(/^I may speak for this program/).check();
  await page.getByRole('button', { name: 'Send request' }).click(slow);
  await page.waitForURL(/\/programs\/submit\/received\/$/, slow);
  await page.context().close();
}

describe('the staff console', () => {
  it('signs in from the outbox, opens a dashboard, downloads a CSV, approves, tests an alert, signs out', async () => {
    const { page, problems } = await openPage(browser);
    await submitProgram('Console Journey Mentors');
    await signIn(page);
    expect(await page.locator('h1').innerText()).toBe('Campaigns');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: /Fund Mentoring Matching Grants/ }).click();
    await page.waitForURL(new RegExp(`/staff/campaigns/${CAMPAIGN}/$`), slow);
    expect(await page.locator('h2').allInnerTexts()).toEqual(
      expect.arrayContaining(['Totals', 'Per day', 'Letter delivery', 'Per district', 'Top towns', 'Downloads']),
    );
    expect(await axeViolations(page)).toEqual([]);
    // the link's own address, fetched with the browser's cookies (a download event waits on the browser's UI)
    const href = await page.getByRole('link', { name: 'Letters (CSV)' }).getAttribute('href');
    const download = await page.context().request.get(`${baseUrl}${href}`, slow);
    expect(download.headers()['content-disposition']).toBe(`attachment; filename="letters-${CAMPAIGN}.csv"`);
    const csv = await download.text();
    expect(csv.split(/\r?\n/)[0]).toBe(
      'created_at,status,house_district,house_delivery,senate_district,senate_delivery,personalized,' +
        'contact_consent,name,email,town,kind',
    );

    await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Programs' }).click();
    await page.waitForURL(/\/staff\/programs\/$/, slow);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Approve Console Journey Mentors' }).click();
    await page.waitForURL(/\/staff\/programs\/\?status=approved$/, slow);
    expect(await page.getByRole('status').innerText()).toMatch(/^Approved\./);
    expect(await page.locator('main').innerText()).toContain('Console Journey Mentors (Console Test Org), approved');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl}/staff/pledges/`, slow);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl}/staff/alerts/${ALERT}/`, slow);
    await page.getByLabel('House district').selectOption({ label: '8th Suffolk' });
    await page.getByRole('button', { name: 'Show the preview' }).click();
    await page.waitForURL(/house=ma-house-/, slow);
    expect(await page.locator('main').innerText()).toContain('Your representative is');
    expect(await axeViolations(page)).toEqual([]);
    const tests = outboxFor(STAFF).filter((e) => e.subject.startsWith('[Test]')).length;
    await page.getByRole('button', { name: 'Send me a test' }).click();
    await page.waitForURL(/status=test_(sent|queued)/, slow);
    await expect
      .poll(() => outboxFor(STAFF).filter((e) => e.subject.startsWith('[Test]')).length, slow)
      .toBe(tests + 1);
    expect(outboxFor(STAFF).at(-1)!.text).toContain('Your representative is');

    // the audience index rebuilt from its own button: the page says what the rebuild counted
    await page.getByRole('button', { name: 'Rebuild the alert audience' }).click();
    await page.waitForURL(/status=audience_rebuilt/, slow);
    expect(await page.getByRole('status').innerText()).toMatch(
      /^The alert audience was rebuilt .* UTC: it counted \d[\d,]* confirmed sign-ups?\./,
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl}/staff/audit/`, slow);
    expect(await page.locator('main').innerText()).toMatch(
      /rebuild-alert-audience[\s\S]*send-test-alert[\s\S]*approve-program[\s\S]*download-export/,
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/staff\/sign-in\/$/, slow);
    await page.goto(`${baseUrl}/staff/programs/`, slow);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in/');
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  }, 300_000);

  it('approves a program without JavaScript: a plain form post and a 303 back', async () => {
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await submitProgram('No Script Mentors');
    await signIn(page);
    await page.goto(`${baseUrl}/staff/programs/`, slow);
    await page.getByRole('button', { name: 'Approve No Script Mentors' }).click();
    await page.waitForURL(/\/staff\/programs\/\?status=approved$/, slow);
    expect(await page.locator('main').innerText()).toContain('No Script Mentors (Console Test Org), approved');

    // the dashboard's district map switches chamber and shading by plain links
    await page.goto(`${baseUrl}/staff/campaigns/${CAMPAIGN}/`, slow);
    expect(await page.locator('.staff-map svg').first().getAttribute('aria-label')).toBe(
      'Map of the 160 House districts, shaded by letters, calls and pledges',
    );
    await page
      .getByRole('navigation', { name: "The district map's view" })
      .getByRole('link', { name: 'Senate' })
      .click();
    await page.waitForURL(/\?map=senate&shade=all#districts$/, slow);
    expect(await page.locator('.staff-map svg').first().getAttribute('aria-label')).toBe(
      'Map of the 40 Senate districts, shaded by letters, calls and pledges',
    );
    expect(await page.locator('.staff-map svg').first().locator('path').count()).toBe(40);
    expect(problems.cspViolations).toEqual([]);

    // every console page, at a phone's width and a laptop's, is clean under axe (this session, in a browser with
    // JavaScript for axe itself) and fits the screen (a table may scroll in its own region)
    const cookies = await page.context().cookies();
    await page.context().close();
    const withAxe = await openPage(browser);
    await withAxe.page.context().addCookies(cookies);
    const pages = [
      '/staff/',
      `/staff/campaigns/${CAMPAIGN}/`,
      `/staff/campaigns/${CAMPAIGN}/?map=senate&shade=calls`,
      '/staff/alerts/',
      `/staff/alerts/${ALERT}/?house=ma-house-130&senate=ma-senate-29`,
      '/staff/programs/',
      '/staff/pledges/',
      '/staff/audit/',
    ];
    for (const width of [390, 1280]) {
      await withAxe.page.setViewportSize({ width, height: 800 });
      for (const path of pages) {
        await withAxe.page.goto(`${baseUrl}${path}`, slow);
        expect(new URL(withAxe.page.url()).pathname, path).toBe(path.split('?')[0]);
        expect(await axeViolations(withAxe.page), `${path} at ${width} px`).toEqual([]);
        const overflow = await withAxe.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
    expect(withAxe.problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await withAxe.page.context().close();
  }, 400_000);
});
