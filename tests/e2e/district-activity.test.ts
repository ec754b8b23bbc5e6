// A district page for officials: its member's champion status, and the letters its people sent, live from the
// public summary, after a constituent writes.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('action in a district', () => {
  it('shows the letters sent from the district once someone there writes, and the champion status', async () => {
    const letter = {
      campaign: 'mentoring-matching-grants',
      name: 'Dana Official-Test',
      email: `dana.${Date.now()}@example.com`,
      lat: 42.3588,
      lon: -71.0638, // the State House: 8th Suffolk
      message: 'Please fund Mentoring Matching Grants, line item 7061-9634, at the full amount.',
    };
    const sent = await fetch(`${baseUrl}/api/letters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(letter),
    });
    expect(sent.status).toBeLessThan(300);
    const summary = (await (
      await fetch(`${baseUrl}/api/letters/summary?campaign=mentoring-matching-grants`)
    ).json()) as { data: { byDistrict: Record<string, number> } };
    const expected = summary.data.byDistrict['ma-house-130']; // 8th Suffolk ?? 0;
    expect(expected).toBeGreaterThanOrEqual(1);

    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl}/districts/house/8th-suffolk/`);
    const section = page.getByRole('region', { name: 'Action in this district' });
    await expect
      .poll(
        () =>
          section
            .locator('tr[data-campaign="mentoring-matching-grants"][data-kind="letters"] [data-count]')
            .innerText(),
        {
          timeout: 30_000,
        },
      )
      .toBe(String(expected));
    // the champion note is only for champions the organization names (the list ships empty)
    expect(await section.innerText()).not.toMatch(/champion/i);
    // the page opens with the district's map and its numbers, the letters among them
    expect(await page.getByRole('img', { name: /Map of the 8th Suffolk district/ }).count()).toBe(1);
    await expect
      .poll(() => page.locator('district-totals li[data-kind="letters"] [data-count]').innerText())
      .toBe(String(expected));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await page.context().close();
  });

  it('says the counts are live when JavaScript does not run, and shows no number it cannot keep current', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/districts/house/8th-suffolk/`);
    const section = page.getByRole('region', { name: 'Action in this district' });
    expect(await section.innerText()).toMatch(/The counts are live: they load when JavaScript runs/);
    expect(await section.locator('[data-count]').first().innerText()).toBe('not loaded');
    await page.context().close();
  });
});
