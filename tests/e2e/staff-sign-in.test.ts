// Staff sign-in end to end on the local stack (built site, functions, local Blobs, outbox): ask for a link for the
// local staff address, open it from the outbox, press Sign in, land on the console, sign out; then the console sends
// you to sign in again. Without JavaScript, and with it under axe.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCAL_STAFF_EMAIL } from '../../src/server/config.ts';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const outboxDir = inject('outboxDir');
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

/** The newest sign-in link sent to the local staff address, pointed at the local stack. */
async function newestLink(count: number): Promise<string> {
  await expect.poll(() => outboxFor(LOCAL_STAFF_EMAIL).length, slow).toBe(count);
  const email = outboxFor(LOCAL_STAFF_EMAIL).at(-1)!;
  expect(email.subject).toBe('Your sign-in link for the staff console');
  const match = /https?:\/\/[^/\s]+(\/staff\/link\/\?token=[A-Za-z0-9_-]+)/.exec(email.text);
  if (!match) throw new Error('no sign-in link in the email');
  return `${baseUrl}${match[1]}`;
}

/** From the console's door to its home page: ask for a link, open it from the outbox, press Sign in. */
async function signIn(page: Page, linksSoFar: number, check?: (page: Page) => Promise<void>) {
  await page.goto(`${baseUrl}/staff/`, slow);
  await page.waitForURL(/\/staff\/sign-in\/$/, slow);
  expect(await page.locator('h1').innerText()).toBe('Staff sign-in');
  await check?.(page);
  await page.getByLabel('Work email').fill(LOCAL_STAFF_EMAIL);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click(slow);
  await expect.poll(() => page.locator('h1').innerText(), slow).toBe('Check your email');
  await page.goto(await newestLink(linksSoFar + 1), slow);
  expect(await page.locator('h1').innerText()).toBe('Sign in to the staff console');
  await check?.(page);
  await page.getByRole('button', { name: 'Sign in' }).click(slow);
  await page.waitForURL(/\/staff\/$/, slow);
  expect(await page.locator('h1').innerText()).toBe('Campaigns');
  expect(await page.locator('.staff-who').innerText()).toBe(`Signed in as ${LOCAL_STAFF_EMAIL}`);
}

describe('staff sign-in', () => {
  it('without JavaScript: ask for a link, sign in from the outbox, see the console, sign out', async () => {
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await signIn(page, outboxFor(LOCAL_STAFF_EMAIL).length);
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: '__Host-staff', httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    expect(await page.getByRole('link', { name: 'Audit log' }).getAttribute('href')).toBe('/staff/audit/');
    await page.getByRole('button', { name: 'Sign out' }).click(slow);
    await page.waitForURL(/\/staff\/sign-in\/$/, slow);
    expect(await page.context().cookies()).toEqual([]);
    await page.goto(`${baseUrl}/staff/`, slow);
    await page.waitForURL(/\/staff\/sign-in\/$/, slow);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('each page of the way is clean under axe, and a used link says so', async () => {
    const { page, problems } = await openPage(browser);
    const axeClean = async (p: Page) => expect(await axeViolations(p)).toEqual([]);
    await signIn(page, outboxFor(LOCAL_STAFF_EMAIL).length, axeClean);
    await axeClean(page);
    const used = outboxFor(LOCAL_STAFF_EMAIL).length;
    await page.goto(await newestLink(used), slow);
    await page.getByRole('button', { name: 'Sign in' }).click(slow);
    await expect.poll(() => page.locator('h1').innerText(), slow).toBe('This link does not work');
    expect(await page.locator('.lede').innerText()).toContain('already been used');
    await axeClean(page);
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();
  }, 240_000);
});
