// After writing, the sender follows their letter: the result links to its status page, which says "on its way" for
// each legislator until Resend reports, then "delivered" (here the journey plays Resend's signed webhook for the
// House email the local outbox received). Without JavaScript the page works the same with its "Check again" link.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { signWebhook } from '../helpers/webhook-sign.ts';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const outboxDir = inject('outboxDir');
const slow = { timeout: 90_000 };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

type OutboxEmail = {
  id: string;
  to: string[];
  replyTo?: string;
  subject: string;
  tags?: { name: string; value: string }[];
};
const outboxFor = (address: string): OutboxEmail[] =>
  readdirSync(outboxDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(outboxDir, f), 'utf8')) as OutboxEmail)
    .filter((e) => e.replyTo === address);

/** Resend reporting that an email reached the inbox, signed as Resend signs its webhooks. */
async function reportDelivered(email: OutboxEmail): Promise<number> {
  const tags = Object.fromEntries((email.tags ?? []).map((t) => [t.name, t.value]));
  const payload = JSON.stringify({
    type: 'email.delivered',
    created_at: new Date().toISOString(),
    data: { email_id: email.id, to: email.to, subject: email.subject, tags },
  });
  const headers = signWebhook(inject('webhookSecret'), `msg_${email.id}`, payload);
  const res = await fetch(`${baseUrl}/api/resend-webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: payload,
  });
  return res.status;
}

const states = (page: Page) => page.locator('[data-letter-status] li').allInnerTexts();

describe('following a letter', { timeout: 300_000 }, () => {
  it('shows "on its way", then "delivered" once Resend reports, from the link after sending', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/campaigns/mentoring-matching-grants/`);
    await page.getByLabel(/^Your address/).fill('Nantucket');
    await expect
      .poll(() => page.locator('find-legislators [data-status]').innerText(), slow)
      .toMatch(/Barnstable, Dukes and Nantucket/);
    await page.getByLabel('Your name', { exact: true }).fill('Lena Follows');
    await page.getByLabel(/^Your email/).fill('lena@example.com');
    await page.getByRole('button', { name: 'Send my letter' }).click();
    const follow = page.getByRole('link', { name: /See where your letter is/ });
    await follow.waitFor(slow);
    await follow.click();
    await page.waitForURL(/\/letters\/status\/mentoring-matching-grants\/[0-9a-f]{56}\/$/, slow);

    expect(await page.locator('h1').innerText()).toBe('Where your letter is');
    expect(await states(page)).toEqual([
      expect.stringMatching(/^Representative .+ \(Barnstable, Dukes and Nantucket\): On its way\./),
      expect.stringMatching(/^Senator .+ \(Cape and Islands\): On its way\./),
    ]);
    expect(await page.locator('[data-letter-status]').getAttribute('aria-live')).toBe('polite');
    expect(await axeViolations(page)).toEqual([]);

    const house = outboxFor('lena@example.com').find((e) => e.to[0]!.endsWith('@mahouse.gov'))!;
    expect(await reportDelivered(house)).toBe(200);
    await page.getByRole('link', { name: 'Check again' }).click();
    await expect
      .poll(() => states(page), slow)
      .toEqual([expect.stringMatching(/: Delivered\./), expect.stringMatching(/: On its way\./)]);
    expect(await page.content()).not.toContain('lena@example.com');
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('a link nobody was given finds nothing', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl}/letters/status/mentoring-matching-grants/${'0'.repeat(56)}/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('No letter here');
    await page.context().close();
  });
});
