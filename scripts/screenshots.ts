#!/usr/bin/env tsx
/**
 * Screenshots of every page type at a phone's width (390 px) and a laptop's (1280 px), so every change gets looked
 * at. The pages are scripts/page-types.ts's list. Builds nothing: it serves the existing dist/ with the local stack
 * (scripts/serve.ts; run `npm run build` first) and writes PNGs to .screenshots/ (not committed), the top 3,000 px of
 * each page.
 *
 *   npm run screenshots                     # every page type
 *   npm run screenshots -- --only home,map  # some of them
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cookie } from 'playwright-core';
import { startLocalStack } from './serve.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { pageTypes } from './page-types.ts';
import { seedConsoleActivity, signInFromOutbox } from './screenshot-staff.ts';

/**
 * The staff console's pages (rendered by functions, so not in the site's page types the benchmarks measure). Those
 * marked signedIn are shot after signing in as staff do, from the emailed link, over some seeded activity.
 */
const staffPageTypes = [
  { name: 'staff-sign-in', path: '/staff/sign-in/' },
  { name: 'staff-link', path: `/staff/link/?token=${'a'.repeat(43)}` },
  { name: 'staff-home', path: '/staff/', signedIn: true },
  { name: 'staff-campaign', path: '/staff/campaigns/mentoring-matching-grants/', signedIn: true },
  { name: 'staff-campaign-senate', path: '/staff/campaigns/mentoring-matching-grants/?map=senate', signedIn: true },
  { name: 'staff-alerts', path: '/staff/alerts/', signedIn: true },
  {
    name: 'staff-alert',
    path: '/staff/alerts/fy2028-budget-what-happens-next/?house=ma-house-130&senate=ma-senate-29',
    signedIn: true,
  },
  // after 'Rebuild the alert audience': the status line says what the audience index's last rebuild counted
  {
    name: 'staff-alert-rebuilt',
    path: '/staff/alerts/fy2028-budget-what-happens-next/?status=audience_rebuilt',
    signedIn: true,
  },
  { name: 'staff-programs', path: '/staff/programs/', signedIn: true },
  { name: 'staff-pledges', path: '/staff/pledges/', signedIn: true },
  { name: 'staff-audit', path: '/staff/audit/', signedIn: true },
];

const widths = [390, 1280];

if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > -1 ? new Set(process.argv[onlyArg + 1]!.split(',')) : null;
const outDir = '.screenshots';
mkdirSync(outDir, { recursive: true });
const blobsDir = mkdtempSync(join(tmpdir(), 'screenshots-blobs-'));
// the console's sign-in link is read from this run's own outbox
const outboxDir = mkdtempSync(join(tmpdir(), 'screenshots-outbox-'));
process.env.OUTBOX_DIR = outboxDir;
// functions warm in this process, as the browser journeys run them (a fresh worker per request takes seconds)
const stack = await startLocalStack(0, { blobsDirectory: blobsDir, warmFunctions: true });
await seedConsoleActivity();
/** A letter sent on this stack (to the outbox), so its status page (a function's) has something to show. */
async function sampleLetterStatusPath(): Promise<string> {
  const res = await fetch(`${stack.url}/api/letters`, {
    method: 'POST',
    // a cold function on a busy machine can take long; past this, the page type is shot as its not-found page
    signal: AbortSignal.timeout(120_000),
    headers: { 'content-type': 'application/json', origin: stack.url },
    body: JSON.stringify({
      campaign: 'mentoring-matching-grants',
      name: 'Sample Sender',
      email: 'sample.sender@example.com',
      lat: 42.3588,
      lon: -71.0638,
      message: 'Please fund Mentoring Matching Grants: a screenshot of the letter status page.',
    }),
  });
  const reply = (await res.json()) as { data?: { statusUrl?: string } };
  return reply.data?.statusUrl ?? '/letters/status/no-letter/';
}
const statusPath = await sampleLetterStatusPath().catch((error: Error) => {
  console.warn(`letter-status: no sample letter (${error.message}); its not-found page is shot instead`);
  return '/letters/status/no-letter/';
});
const letterStatusPageType = { name: 'letter-status', path: statusPath };
const browser = await launchBrowser();
/** the console's session, from the first sign-in: later widths reuse it rather than ask for another link */
let staffCookies: Cookie[] | null = null;
try {
  for (const width of widths) {
    const context = await browser.newContext({
      viewport: { width, height: width < 600 ? 844 : 800 },
      deviceScaleFactor: 1,
    });
    await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'));
    let page = await context.newPage();
    let signedIn = false;
    // the signed-in pages come last: signed in once, as staff do, from the emailed link
    for (const { name, path, ...type } of [...pageTypes, letterStatusPageType, ...staffPageTypes]) {
      if (only && !only.has(name)) continue;
      try {
        if ('signedIn' in type && !signedIn) {
          if (staffCookies) await context.addCookies(staffCookies);
          else {
            await signInFromOutbox(page, stack.url, outboxDir);
            staffCookies = await context.cookies();
          }
          signedIn = true;
        }
        await page.goto(stack.url + path, { waitUntil: 'load', timeout: 60_000 });
        // live counts come from the functions, slow on a cold local stack: wait a little for them, not forever
        await page.waitForLoadState('networkidle', { timeout: 8_000 }).catch(() => {});
        await page.waitForTimeout(300);
        const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 3000);
        const file = join(outDir, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height } });
        console.log(file);
      } catch (error) {
        console.warn(`${path} at ${width} px: ${(error as Error).message.split('\n')[0]}`);
        await page.close().catch(() => {});
        page = await context.newPage();
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await stack.close();
  rmSync(blobsDir, { recursive: true, force: true });
  rmSync(outboxDir, { recursive: true, force: true });
}
