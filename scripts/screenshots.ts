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
import { startLocalStack } from './serve.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { LOCAL_STAFF_EMAIL, LOCAL_STAFF_SESSION_SECRET } from '../src/server/config.ts';
import { createStaffSession, STAFF_COOKIE } from '../src/server/staff/session.ts';
import { pageTypes } from './page-types.ts';

/**
 * The staff console's pages (rendered by functions, so not in the site's page types the benchmarks measure); those
 * marked signedIn are shot with a session of the local staff address (the stack runs with the local settings).
 */
const staffPageTypes = [
  { name: 'staff-sign-in', path: '/staff/sign-in/' },
  { name: 'staff-link', path: `/staff/link/?token=${'a'.repeat(43)}` },
  { name: 'staff-home', path: '/staff/', signedIn: true },
];

const widths = [390, 1280];

if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > -1 ? new Set(process.argv[onlyArg + 1]!.split(',')) : null;
const outDir = '.screenshots';
mkdirSync(outDir, { recursive: true });
const blobsDir = mkdtempSync(join(tmpdir(), 'screenshots-blobs-'));
const stack = await startLocalStack(0, { blobsDirectory: blobsDir });
// the first request to any function bundles them all (tens of seconds): pay it once, before the first page
await fetch(`${stack.url}/api/health`);
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
const functionPageTypes = [...staffPageTypes, { name: 'letter-status', path: statusPath }];
const browser = await launchBrowser();
try {
  for (const width of widths) {
    const context = await browser.newContext({
      viewport: { width, height: width < 600 ? 844 : 800 },
      deviceScaleFactor: 1,
    });
    await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'));
    let page = await context.newPage();
    for (const { name, path, ...type } of [...pageTypes, ...functionPageTypes]) {
      if (only && !only.has(name)) continue;
      try {
        await context.unroute(`${stack.url}/staff/**`);
        if ('signedIn' in type) {
          // the session cookie rides on each console request (a __Host- cookie cannot be planted on http://localhost)
          const { token } = await createStaffSession(LOCAL_STAFF_EMAIL, LOCAL_STAFF_SESSION_SECRET, new Date());
          await context.route(`${stack.url}/staff/**`, (route) =>
            route.continue({ headers: { ...route.request().headers(), cookie: `${STAFF_COOKIE}=${token}` } }),
          );
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
}
