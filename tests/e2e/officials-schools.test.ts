// The pages for officials and schools, and the technical-assistance request with and without JavaScript.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const outboxDir = inject('outboxDir');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Emails in the outbox whose subject mentions this organization. */
function staffEmailsAbout(organization: string): { to: string[]; replyTo: string; subject: string }[] {
  return readdirSync(outboxDir)
    .map(
      (f) => JSON.parse(readFileSync(join(outboxDir, f), 'utf8')) as { to: string[]; replyTo: string; subject: string },
    )
    .filter((e) => e.subject.includes(organization));
}

async function fillRequest(page: Page, organization: string) {
  await page.fill('#ta-name', 'Ana Teacher');
  await page.fill('#ta-organization', organization);
  await page.fill('#ta-role', 'Counselor');
  await page.fill('#ta-email', 'ana@example.org');
  await page.fill('#ta-town', 'Springfield');
  await page.check('#ta-help-success-mentors');
  await page.check('#ta-consent');
}

describe('for government officials', () => {
  it('names the five ways officials can help, each with a link that leads somewhere real', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/officials/`);
    expect(await page.locator('main h2').allInnerTexts()).toEqual([
      'Raise awareness',
      'Support line item 7061-9634',
      'Partner on an initiative',
      'Encourage your staff to mentor',
      'Introduce programs to your peers',
      'Mentoring in your district',
    ]);
    const actions = await page.locator('ol.ways a.button').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(actions).toHaveLength(5);
    for (const href of actions) expect((await page.request.get(baseUrl + href)).status(), href).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });
});

describe('for schools', () => {
  it('shows school-based programs, the five trainings and the four case studies, with no axe violations', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/schools/`);
    const text = await page.locator('main').innerText();
    for (const name of [
      'Creating Connections',
      'Healing and Trauma-Informed Care',
      'Culturally Responsive Practices',
      'Success Mentors',
      'Relational School Model',
    ]) {
      expect(text).toContain(name);
    }
    for (const name of [
      "Boston's Circle of Promise",
      'Holland Elementary',
      'Mentor Springfield',
      'MassMutual Career Pathways',
    ])
      expect(text).toContain(name);
    expect(text).toContain('Chestnut Middle School, Forest Park Middle School');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('takes a technical-assistance request without JavaScript and tells staff', async () => {
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/schools/`);
    // requests are kept across runs of the local stack and a repeat is one request: make this one new
    const school = `No Script Middle School ${Date.now()}`;
    await fillRequest(page, school);
    await Promise.all([page.waitForURL('**/schools/request-received/'), page.click('button:has-text("Send request")')]);
    expect(await page.locator('h1').innerText()).toBe('Thank you: we have your request');
    await expect.poll(() => staffEmailsAbout(school), { timeout: 15_000 }).toHaveLength(1);
    expect(staffEmailsAbout(school)[0]).toMatchObject({ to: ['staff@outbox.invalid'], replyTo: 'ana@example.org' });
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();

    // axe needs JavaScript: check the confirmation page in a browser that runs it
    const checked = await openPage(browser);
    await checked.page.goto(`${baseUrl}/schools/request-received/`);
    expect(await axeViolations(checked.page)).toEqual([]);
    await checked.page.context().close();
  });

  it('with JavaScript, shows what to fix beside each field, then thanks the requester in place', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/schools/`);
    await page.click('a:has-text("Ask us about Success Mentors")');
    expect(await page.locator('#ta-help-success-mentors').isChecked()).toBe(true);
    await page.uncheck('#ta-help-success-mentors');
    await page.click('button:has-text("Send request")');
    const summary = page.locator('[data-error-summary]');
    await expect.poll(() => summary.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    expect(await page.locator('#ta-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#ta-email').getAttribute('aria-describedby')).toContain('ta-email-error');
    expect(await page.locator('#ta-email-error').innerText()).toBe('Enter an email address like name@example.org');
    expect(await page.locator('#ta-help-error').innerText()).toBe('Choose at least one kind of help');
    expect(await axeViolations(page)).toEqual([]);

    const school = `Scripted Elementary School ${Date.now()}`;
    await fillRequest(page, school);
    await page.click('button:has-text("Send request")');
    const thanks = page.locator('[data-success] h3');
    await expect.poll(() => thanks.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Thank you: we have your request');
    expect(new URL(page.url()).pathname).toBe('/schools/');
    await expect.poll(() => staffEmailsAbout(school)).toHaveLength(1);
    // the browser itself logs the 422 answer to the first, empty attempt; nothing else may appear
    expect(problems.consoleErrors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await page.context().close();
  });
});
