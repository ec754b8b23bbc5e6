// Pledging to mentor, end to end on the local stack (built site, functions, local Blobs, outbox): with JavaScript
// (result and programs nearby shown in the page) and without (plain form post, then the thank-you page), then
// confirming from the link in the outbox, and the public count going up.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const outboxDir = inject('outboxDir');
const campaign = `${baseUrl}/campaigns/mentors-of-color/`;
// Each step may wait on a function's cold start: generous timeouts, as the machine running tests may be busy.
const slow = { timeout: 90_000 };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

type OutboxEmail = { to: string[]; subject: string; text: string };
function confirmLinkFor(address: string): string {
  const emails = readdirSync(outboxDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(outboxDir, f), 'utf8')) as OutboxEmail)
    .filter((e) => e.to.includes(address) && e.subject === 'Confirm your pledge to mentor');
  expect(emails).toHaveLength(1);
  const link = /https?:\/\/\S+\/api\/pledges\/confirm\?token=\S+/.exec(emails[0]!.text)![0];
  // The functions build links from the site's URL; the local stack answers on another port.
  const url = new URL(link);
  return `${baseUrl}${url.pathname}${url.search}`;
}

async function summary(): Promise<{ confirmed: number; pending: number; house: Record<string, number> }> {
  const res = await fetch(`${baseUrl}/api/pledges/summary?campaign=mentors-of-color`);
  expect(res.status).toBe(200);
  return (await res.json()).data;
}

async function fillPledge(page: Page, name: string, email: string) {
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByLabel(/^Your email/).fill(email);
  await page.getByLabel(/^School-based/).check();
  await page.getByLabel('Teens (14 to 18)').check();
  await page.getByLabel(/^Languages you could mentor in/).fill('Spanish');
  await page.getByLabel(/^I agree that/).check();
}

async function confirmFromOutbox(page: Page, email: string) {
  await page.goto(confirmLinkFor(email), slow);
  expect(await page.locator('h1').innerText()).toBe('Confirm your pledge to mentor');
  await page.getByRole('button', { name: 'Confirm my pledge' }).click(slow);
  await expect.poll(() => page.locator('h1').innerText(), slow).toBe('Thank you: your pledge is confirmed');
}

describe('pledging to mentor', () => {
  it('without JavaScript: the form pledges, thanks lists programs nearby, the emailed link confirms', async () => {
    const before = await summary();
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(campaign);
    await fillPledge(page, 'Sam No-Script', 'sam.pledge@example.com');
    await page.getByLabel('City or town').fill('Springfield');
    await page.getByRole('button', { name: 'Pledge to mentor' }).click(slow);
    // Springfield is split between districts: the page asks which, keeping everything else.
    await expect.poll(() => page.locator('h1').innerText(), slow).toBe('Which district do you live in?');
    await page.getByLabel('11th Hampden').check();
    await page.getByLabel('Hampden', { exact: true }).check();
    await page.getByRole('button', { name: 'Pledge to mentor' }).click(slow);
    await expect.poll(() => page.locator('h1').innerText(), slow).toBe('Thank you: now check your email');
    expect(await page.getByRole('link', { name: 'Mentor Springfield' }).getAttribute('href')).toBe(
      '/programs/mentor-springfield/',
    );
    // only programs that fit what was chosen (school-based, teens): no workplace program is offered
    expect(await page.getByRole('link', { name: 'MassMutual Career Pathways Program' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Email a friend' }).getAttribute('href')).toMatch(
      /^mailto:\?subject=.+campaigns%2Fmentors-of-color%2F$/,
    );
    expect(await summary()).toMatchObject({ confirmed: before.confirmed, pending: before.pending + 1 });

    await confirmFromOutbox(page, 'sam.pledge@example.com');
    const after = await summary();
    expect(after).toMatchObject({ confirmed: before.confirmed + 1, pending: before.pending });
    expect(after.house['11th Hampden']).toBe((before.house['11th Hampden'] ?? 0) + 1);
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('with JavaScript: inline errors first, then the result and programs nearby in the page, axe-clean', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(campaign);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Pledge to mentor' }).click(slow);
    const errors = page.locator('pledge-form [data-error-summary]');
    await expect.poll(() => errors.isVisible()).toBe(true);
    expect(await errors.innerText()).toMatch(/Enter your name[\s\S]*Tick the box to agree/);
    expect(await page.getByLabel('Your name', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await fillPledge(page, 'Rosa Script', 'rosa.pledge@example.com');
    await page.getByLabel('City or town').fill('Nantucket');
    await expect
      .poll(() => page.locator('find-legislators [data-status]').innerText(), slow)
      .toMatch(/Barnstable, Dukes and Nantucket/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Pledge to mentor' }).click(slow);
    const result = page.locator('[data-pledge-result]');
    await expect.poll(() => result.innerText(), slow).toMatch(/Thank you: now check your email/);
    // no program fitting school-based and teens works on Nantucket: the nearest that fit, with their distance
    expect(await result.locator('a[href^="/programs/"]:not([href="/programs/"])').count()).toBeGreaterThanOrEqual(3);
    expect(await result.innerText()).toMatch(/\(Bourne, nearby, [\d.]+ miles\)/);
    expect(await result.getByRole('link', { name: 'Post on X' }).getAttribute('href')).toMatch(
      /^https:\/\/twitter\.com\/intent\/tweet\?text=.+/,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-pledge-result'))).toBe(true);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });

    const before = await summary();
    await confirmFromOutbox(page, 'rosa.pledge@example.com');
    expect((await summary()).house['Barnstable, Dukes and Nantucket']).toBe(
      (before.house['Barnstable, Dukes and Nantucket'] ?? 0) + 1,
    );
    await page.context().close();
  }, 300_000);
});
