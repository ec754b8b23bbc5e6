// Writing to your legislators, end to end on the local stack (built site, functions, local Blobs, outbox): with
// JavaScript (find your districts, edit the letter, send, see who it went to) and without (plain form post, then the
// thank-you page). The proof is in the outbox: one email per legislator and a copy to the sender, each once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const outboxDir = inject('outboxDir');
const campaign = `${baseUrl}/campaigns/mentoring-matching-grants/`;
const slow = { timeout: 30_000 };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

type OutboxEmail = { to: string[]; from: string; replyTo?: string; subject: string; text: string; html: string };
function outboxFor(address: string): OutboxEmail[] {
  return readdirSync(outboxDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(outboxDir, f), 'utf8')) as OutboxEmail)
    .filter((e) => e.to.includes(address) || e.replyTo === address);
}

async function fillSender(page: Page, name: string, email: string) {
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByLabel(/^Your email/).fill(email);
}

describe('writing to your legislators', () => {
  it('with JavaScript: finds the districts, nudges away from the template, sends, and says to whom', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(campaign);
    const hint = page.locator('[data-template-hint]');
    await expect.poll(() => hint.innerText()).toMatch(/still almost word for word the template/);

    await page.getByLabel('City or town').fill('Nantucket');
    await expect.poll(() => page.locator('find-legislators [data-status]').innerText(), slow).toMatch(/Barnstable, Dukes and Nantucket/);
    await page.getByLabel(/^Why mentoring matters to you/).fill('My mentor at the Boys and Girls Club helped me finish high school and find my first job.');
    await expect.poll(() => hint.innerText()).toBe('');
    await fillSender(page, 'Rosa Parks Jr', 'rosa@example.com');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Send my letter' }).click();
    const result = page.locator('[data-letter-result]');
    await expect.poll(() => result.innerText(), slow).toMatch(/Thank you for writing/);
    expect(await result.innerText()).toMatch(/Representative .+ \(Barnstable, Dukes and Nantucket\): sent/);
    expect(await result.innerText()).toMatch(/Senator .+ \(Cape and Islands\): sent/);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-letter-result'))).toBe(true);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });

    const emails = outboxFor('rosa@example.com');
    expect(emails).toHaveLength(3);
    const toLegislators = emails.filter((e) => e.replyTo === 'rosa@example.com');
    expect(toLegislators.map((e) => e.to[0]!.split('@')[1]).sort()).toEqual(['mahouse.gov', 'masenate.gov']);
    for (const e of toLegislators) {
      expect(e.text).toContain('My mentor at the Boys and Girls Club');
      expect(e.text).toContain('Rosa Parks Jr');
      expect(e.text).toContain('Constituent, ');
    }
    await page.context().close();
  });

  it('shows what to fix, beside each field, before sending anything', async () => {
    const { page } = await openPage(browser);
    await page.goto(campaign);
    await page.getByRole('button', { name: 'Send my letter' }).click();
    const summary = page.locator('[data-error-summary]');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.innerText()).toMatch(/Enter your name/);
    expect(await page.getByLabel('Your name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    await page.context().close();
  });

  it('without JavaScript: the plain form sends the letter and shows the thank-you page with share links', async () => {
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(campaign);
    await page.getByLabel('City or town').fill('Nantucket');
    await fillSender(page, 'Sam No-Script', 'sam@example.com');
    await page.getByRole('button', { name: 'Send my letter' }).click();
    await page.waitForURL(/\/thanks\/$/, slow);
    expect(await page.locator('h1').innerText()).toBe('Thank you: your letter is on its way');
    expect(await page.getByRole('link', { name: 'Email a friend' }).getAttribute('href')).toMatch(/^mailto:\?subject=/);
    expect(problems.cspViolations).toEqual([]);
    expect(outboxFor('sam@example.com')).toHaveLength(3);
    await page.context().close();
  });

  it('without JavaScript: a split town asks which district, keeping the letter, then sends it', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(campaign);
    await page.getByLabel('City or town').fill('Acton');
    await fillSender(page, 'Pat Split', 'pat@example.com');
    await page.getByRole('button', { name: 'Send my letter' }).click();
    await expect.poll(() => page.locator('h1').innerText(), slow).toBe('Which district do you live in?');
    await page.getByLabel('37th Middlesex').check();
    await page.getByRole('button', { name: 'Send my letter' }).click();
    await page.waitForURL(/\/thanks\/$/, slow);
    const [house] = outboxFor('pat@example.com').filter((e) => e.to[0]!.endsWith('@mahouse.gov'));
    expect(house!.text).toContain('Constituent, 37th Middlesex House district');
    await page.context().close();
  });
});
