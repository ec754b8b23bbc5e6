// Budget alerts by email, end to end without JavaScript on the local stack (built site, functions, local Blobs,
// outbox): sign up on /alerts/, confirm from the outbox link's page, then unsubscribe from the link in the email.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const outboxDir = inject('outboxDir');
// the machine may be busy and each function starts cold once: submits and their pages get a minute
const slow = { timeout: 60_000 };
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
/** A link from an email, pointed at the local stack (the emails carry the site's own address). */
function linkIn(text: string, kind: 'confirm' | 'unsubscribe'): string {
  const match = new RegExp(
    `https?://[^/\\s]+(/api/alert-signups/${kind}\\?id=[0-9a-f]{32}&token=[A-Za-z0-9_%-]+)`,
  ).exec(text);
  if (!match) throw new Error(`no ${kind} link in the email`);
  return `${baseUrl}${match[1]}`;
}

describe('budget alerts by email', () => {
  it('without JavaScript: sign up, confirm from the emailed link, then unsubscribe', async () => {
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/alerts/`);
    await page.getByLabel('Your email').fill('lee@example.com');
    await page.getByLabel(/^Your name/).fill('Lee Alerts');
    await page.getByLabel(/^I agree to receive budget alert emails/).check();
    await page.getByRole('button', { name: 'Sign me up' }).click(slow);
    await page.waitForURL(/\/alerts\/signup\/check-email\/$/, slow);
    expect(await page.locator('h1').innerText()).toBe('Check your email');

    const [confirmation] = outboxFor('lee@example.com');
    expect(confirmation!.subject).toBe('Confirm your budget alerts');
    await page.goto(linkIn(confirmation!.text, 'confirm'));
    expect(await page.locator('h1').innerText()).toBe('Confirm your budget alerts');
    expect(outboxFor('lee@example.com')).toHaveLength(1); // opening the link confirmed nothing
    await page.getByRole('button', { name: 'Confirm my budget alerts' }).click(slow);
    await page.waitForURL(/\/alerts\/signup\/confirmed\/$/, slow);
    expect(await page.locator('h1').innerText()).toBe('You are signed up for budget alerts');

    const welcome = outboxFor('lee@example.com').find((e) => e.subject === 'You are signed up for budget alerts')!;
    await page.goto(linkIn(welcome.text, 'unsubscribe'));
    await page.getByRole('button', { name: 'Unsubscribe' }).click(slow);
    await page.waitForURL(/\/alerts\/signup\/unsubscribed\/$/, slow);
    expect(await page.locator('h1').innerText()).toBe('You are unsubscribed');
    // the unsubscribe link no longer confirms anything: the sign-up is gone
    await page.goto(linkIn(confirmation!.text, 'confirm'));
    await page.getByRole('button', { name: 'Confirm my budget alerts' }).click(slow);
    await expect.poll(() => page.locator('h1').innerText(), slow).toBe('This link does not work');
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('the sign-up form passes the accessibility checks', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/alerts/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the budget page has the same form, and a missing agreement is explained', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/budget/7061-9634/`);
    await page.getByLabel('Your email').fill('kim@example.com');
    // the browser would stop an unticked required box; post without it as a script-less old browser would
    await page.locator('#alert-signup-consent').evaluate((el) => el.removeAttribute('required'));
    await page.getByRole('button', { name: 'Sign me up' }).click(slow);
    await expect.poll(() => page.locator('h1').innerText(), slow).toBe('Your sign-up needs a fix');
    expect(await page.locator('.error-summary').innerText()).toContain('Tick the box to agree');
    expect(outboxFor('kim@example.com')).toHaveLength(0);
    await page.context().close();
  }, 120_000);
});
