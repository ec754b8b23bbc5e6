// Writing to your legislators, end to end on the local stack (built site, functions, local Blobs, outbox): with
// JavaScript (find your districts, edit the letter, send, see who it went to) and without (plain form post, then the
// thank-you page). The proof is in the outbox: one email per legislator and a copy to the sender, each once.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const outboxDir = inject('outboxDir');
const campaign = `${baseUrl}/campaigns/mentoring-matching-grants/`;
const slow = { timeout: 90_000 };
/** a whole journey: several function calls, each a fresh worker on the local stack (slow on a busy machine) */
const journey = 300_000;
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

describe('writing to your legislators', { timeout: journey }, () => {
  it('with JavaScript: finds the districts, nudges away from the template, sends, and says to whom', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(campaign);
    const hint = page.locator('[data-template-hint]');
    await expect.poll(() => hint.innerText(), slow).toMatch(/still almost word for word the template/);

    await page.getByLabel(/^Your address/).fill('Nantucket');
    await expect
      .poll(() => page.locator('find-legislators [data-status]').innerText(), slow)
      .toMatch(/Barnstable, Dukes and Nantucket/);
    expect(await page.locator('[data-letter-to]').innerText()).toMatch(
      /^To Representative .+ \(Barnstable, Dukes and Nantucket\) and Senator .+ \(Cape and Islands\)/,
    );
    await page
      .getByLabel(/^Why mentoring matters to you/)
      .fill('My mentor at the Boys and Girls Club helped me finish high school and find my first job.');
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
    await page.getByLabel(/^Your address/).fill('Nantucket');
    await fillSender(page, 'Sam No-Script', 'sam@example.com');
    await page.getByRole('button', { name: 'Send my letter' }).click(slow);
    await page.waitForURL(/\/thanks\/$/, slow);
    expect(await page.locator('h1').innerText()).toBe('Thank you: your letter is on its way');
    expect(await page.getByRole('link', { name: 'Email a friend' }).getAttribute('href')).toMatch(/^mailto:\?subject=/);
    expect(await page.getByRole('link', { name: 'Call your legislators' }).getAttribute('href')).toBe(
      '/campaigns/mentoring-matching-grants/#call',
    );
    expect(await page.getByRole('link', { name: 'Get budget alerts' }).getAttribute('href')).toBe(
      '/alerts/#alert-signup',
    );
    expect(await page.getByRole('link', { name: 'Pledge to mentor' }).getAttribute('href')).toBe('/pledge/');
    expect(problems.cspViolations).toEqual([]);
    expect(outboxFor('sam@example.com')).toHaveLength(3);
    await page.context().close();
  });

  it('without JavaScript: a split town asks which district, keeping the letter, then sends it', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(campaign);
    await page.getByLabel(/^Your address/).fill('Acton');
    await fillSender(page, 'Pat Split', 'pat@example.com');
    await page.getByRole('button', { name: 'Send my letter' }).click();
    await expect.poll(() => page.locator('h1').innerText(), slow).toBe('Which district do you live in?');
    await page.getByLabel('37th Middlesex').check();
    await page.getByRole('button', { name: 'Send my letter' }).click(slow);
    await page.waitForURL(/\/thanks\/$/, slow);
    const [house] = outboxFor('pat@example.com').filter((e) => e.to[0]!.endsWith('@mahouse.gov'));
    expect(house!.text).toContain('Constituent, 37th Middlesex House district');
    await page.context().close();
  });
});

describe('the letter in three steps, measured', { timeout: journey }, () => {
  it('takes at most 4 clicks and 5 fields from the home page to "sent", naming the legislators', async () => {
    const { page, problems } = await openPage(browser);
    let clicks = 0;
    let fields = 0;
    const click = async (target: ReturnType<Page['locator']>) => {
      clicks++;
      await target.click();
    };
    const fill = async (target: ReturnType<Page['locator']>, value: string) => {
      fields++;
      await target.fill(value);
    };
    await page.goto(`${baseUrl}/`);
    await page.evaluate(() => {
      const w = window as unknown as { sent: unknown[] };
      w.sent = [];
      document.addEventListener('mentoring:action-sent', (e) => w.sent.push((e as CustomEvent).detail));
    });
    // the home page's primary action leads to the current letter campaign
    await click(page.locator('main a[href^="/campaigns/mentoring-matching-grants/"]').first());
    await page.waitForURL(/\/campaigns\/mentoring-matching-grants\//);
    await page.evaluate(() => {
      const w = window as unknown as { sent: unknown[] };
      w.sent = [];
      document.addEventListener('mentoring:action-sent', (e) => w.sent.push((e as CustomEvent).detail));
    });

    // 1. Where you live: one field, its button, the answer right below it, focused and announced
    await fill(page.getByLabel(/^Your address/), '24 Beacon St, Boston 02133');
    await click(page.getByRole('button', { name: 'Find my legislators' }));
    const status = page.locator('find-legislators [data-status]');
    await expect.poll(() => status.innerText(), slow).toMatch(/^You live in the 8th Suffolk House district/);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-result]')))).toBe(true);
    // 2. Your letter: prefilled, naming the person's own legislators
    expect(await page.locator('[data-letter-to]').innerText()).toMatch(
      /^To Representative .+ \(8th Suffolk\) and Senator .+ \(Third Suffolk\)/,
    );
    expect((await page.getByLabel(/^Letter/).inputValue()).length).toBeGreaterThan(100);
    // 3. Send
    await fill(page.getByLabel('Your name', { exact: true }), 'Maria Santos');
    await fill(page.getByLabel(/^Your email/), 'maria@example.com');
    expect(await axeViolations(page)).toEqual([]);
    await click(page.getByRole('button', { name: 'Send my letter' }));
    const result = page.locator('[data-letter-result]');
    await expect.poll(() => result.innerText(), slow).toMatch(/Thank you for writing/);
    expect(await result.innerText()).toMatch(/Representative .+ \(8th Suffolk\): sent/);
    expect(clicks).toBeLessThanOrEqual(4);
    expect(fields).toBeLessThanOrEqual(5);

    // the next asks, and the event the goal meter listens for
    expect(await result.getByRole('link', { name: 'Call your legislators' }).getAttribute('href')).toBe(
      '/campaigns/mentoring-matching-grants/#call',
    );
    expect(await result.getByRole('link', { name: 'Pledge to mentor' }).getAttribute('href')).toBe('/pledge/');
    expect(await result.getByRole('link', { name: 'Get budget alerts' }).getAttribute('href')).toBe(
      '/alerts/#alert-signup',
    );
    expect(await result.getByRole('link', { name: 'Email a friend' }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { sent: unknown[] }).sent)).toEqual([
      { kind: 'letter', campaign: 'mentoring-matching-grants' },
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });

    // a letter offices can trust: signed with the street and town the lookup found
    const [house] = outboxFor('maria@example.com').filter((e) => e.to[0]!.endsWith('@mahouse.gov'));
    expect(house!.text).toContain('\nMaria Santos\n24 Beacon St, Boston MA 02133\nmaria@example.com\n');
    await page.context().close();
  });

  it('with the address service down, a one-district town still finds the legislators and signs', async () => {
    const { page } = await openPage(browser);
    await page.goto(campaign);
    await page.getByLabel(/^Your address/).fill('12 Outage Road, Hawley');
    await page.getByRole('button', { name: 'Find my legislators' }).click();
    await expect
      .poll(() => page.locator('find-legislators [data-status]').innerText(), slow)
      .toMatch(/1st Franklin House district/);
    expect(await page.locator('find-legislators').innerText()).toContain(
      'We could not check street addresses just now, so we went by the town',
    );
    await fillSender(page, 'Hal Hawley', 'hal@example.com');
    await page.getByRole('button', { name: 'Send my letter' }).click();
    await expect.poll(() => page.locator('[data-letter-result]').innerText(), slow).toMatch(/Thank you for writing/);
    const [senate] = outboxFor('hal@example.com').filter((e) => e.to[0]!.endsWith('@masenate.gov'));
    expect(senate!.text).toContain('\nHal Hawley\n12 Outage Road, Hawley MA\n');
    await page.context().close();
  });

  it('without JavaScript: a place that contradicts itself is said on a page, and nothing is sent', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(campaign);
    await page.getByLabel(/^Your address/).fill('24 Beacon St');
    await fillSender(page, 'No Town', 'notown@example.com');
    await page.getByRole('button', { name: 'Send my letter' }).click();
    await expect.poll(() => page.locator('main').innerText(), slow).toMatch(/add your city or town after a comma/);
    expect(outboxFor('notown@example.com')).toHaveLength(0);
    await page.context().close();
  });

  it('is full width on a phone: the letter box is most of the screen wide', async () => {
    const { page } = await openPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(campaign);
    const box = await page.getByLabel(/^Letter/).boundingBox();
    expect(box!.width).toBeGreaterThan(330);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('page weight', () => {
  it('keeps the campaign page with its letter form under 50 KB gzipped (HTML, CSS, JS and its modules)', async () => {
    const html = await (await fetch(campaign)).text();
    const queue = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+|\/styles\/[^"]+)"/g)].map((m) => m[1]!);
    const seen = new Set<string>();
    let total = gzipSync(html).byteLength;
    while (queue.length > 0) {
      const asset = queue.shift()!;
      if (seen.has(asset)) continue;
      seen.add(asset);
      const text = await (await fetch(baseUrl + asset)).text();
      total += gzipSync(text).byteLength;
      // static imports only: the finder's map (a dynamic import) loads when opened
      if (asset.endsWith('.js'))
        for (const m of text.matchAll(/(?:import|from)\s*["'](\.\/[^"']+)["']/g))
          queue.push(new URL(m[1]!, baseUrl + asset).pathname);
    }
    expect([...seen].some((a) => a.includes('leaflet'))).toBe(false);
    expect(total).toBeLessThan(50_000);
  });
});
