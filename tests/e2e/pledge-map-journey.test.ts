// The whole way from a pledge to the map, on the local stack (built site, functions, local Blobs, outbox): pledge
// without JavaScript, confirm from the link in the outbox, and see the district's count go up on the map and in
// its table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { NO_PLEDGES_COLOUR } from '../../src/lib/pledge-map.ts';

const baseUrl = inject('baseUrl');
const outboxDir = inject('outboxDir');
// Functions start cold in the local stack, and slowly on a busy machine.
const slow = { timeout: 90_000 };
const campaign = 'national-mentoring-month';
const house = 'Barnstable, Dukes and Nantucket';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function confirmedIn(district: string): Promise<number> {
  const res = await fetch(`${baseUrl}/api/pledges/summary?campaign=${campaign}`);
  const { data } = (await res.json()) as { data: { house: Record<string, number> } };
  return data.house[district] ?? 0;
}

function confirmLink(address: string): string | undefined {
  for (const file of readdirSync(outboxDir).filter((f) => f.endsWith('.json'))) {
    const email = JSON.parse(readFileSync(join(outboxDir, file), 'utf8')) as { to: string[]; text: string };
    const link = email.to.includes(address)
      ? /https?:\/\/\S+\/api\/pledges\/confirm\?token=\S+/.exec(email.text)?.[0]
      : undefined;
    if (link) return link;
  }
  return undefined;
}

describe('from a pledge to the map', () => {
  it('counts a confirmed pledge in its House district, on the map and in the table', async () => {
    const before = await confirmedIn(house);
    const address = `map-journey-${Date.now()}@example.com`;

    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/campaigns/${campaign}/`);
    await page.getByLabel('Your name', { exact: true }).fill('Map Journey');
    await page.getByLabel(/^Your email/).fill(address);
    await page.getByLabel('City or town').fill('Nantucket');
    await page.getByLabel(/^I agree/).check();
    await page.getByRole('button', { name: 'Pledge to mentor' }).click();
    await expect.poll(() => confirmLink(address), slow).toBeTruthy();
    expect(await confirmedIn(house)).toBe(before); // not counted until confirmed

    const link = confirmLink(address)!.replace(/^https?:\/\/[^/]+/, baseUrl);
    await page.goto(link);
    await page.getByRole('button', { name: 'Confirm my pledge' }).click();
    await expect.poll(() => confirmedIn(house), slow).toBe(before + 1);
    await page.context().close();

    const map = await openPage(browser);
    await map.page.goto(`${baseUrl}/map/?campaign=${campaign}`);
    const row = map.page.locator(`#house-table tbody tr:has(th a:text-is("${house}"))`);
    await expect.poll(() => row.locator('td:nth-child(3)').textContent(), slow).toBe(String(before + 1));
    await expect
      .poll(() => map.page.locator('[data-summary]').innerText())
      .toMatch(/confirmed pledges? in \d+ House districts?/);
    const id = await row.getAttribute('data-id');
    const path = map.page.locator(`path[data-district="${id}"]`);
    await expect.poll(() => path.count(), slow).toBe(1);
    expect(await path.getAttribute('fill')).not.toBe(NO_PLEDGES_COLOUR);
    await path.focus();
    await expect
      .poll(() => map.page.locator('[data-details]').innerText())
      .toMatch(new RegExp(`^${house} \\(House\\), .+: ${before + 1} pledges?`));
    expect(map.problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await map.page.context().close();
  }, 300_000);
});
