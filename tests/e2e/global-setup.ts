// Starts the production-like local stack once for all browser journeys: the built site (dist/), the netlify.toml
// headers and redirects and a local Blobs store through Netlify's own emulation, and the functions warm in this
// process (as a Netlify instance is after its first request; the emulation's fresh worker per request re-parses a
// 16 MB bundle each time, which made a journey wait seconds per request). The outbox goes to a fresh folder.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../scripts/serve.ts';
import { startFakeCensus } from '../helpers/fake-census.ts';
import { webhookSecret } from '../helpers/webhook-sign.ts';
import { launchSharedBrowser, SHARED_BROWSER_VARIABLE } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    outboxDir: string;
    /** what Resend's webhook is signed with here: a journey plays Resend reporting a delivery */
    webhookSecret: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  // One Chromium for every journey file (each connects to it): fails loudly now, not in every test, when it is missing
  const browser = await launchSharedBrowser();
  process.env[SHARED_BROWSER_VARIABLE] = browser.wsEndpoint();
  const outboxDir = mkdtempSync(join(tmpdir(), 'e2e-outbox-'));
  process.env.OUTBOX_DIR = outboxDir;
  process.env.RESEND_WEBHOOK_SECRET = webhookSecret();
  // The browser journeys cannot reach the real Census geocoder: the functions use a local fake that knows the
  // State House's address (tests/helpers/fake-census.ts) and answers "no match" to anything else.
  const census = await startFakeCensus();
  census.know('24 Beacon St, Boston, MA 02133', {
    lon: -71.0638,
    lat: 42.3588,
    matchedAddress: '24 BEACON ST, BOSTON, MA, 02133',
    state: 'MA',
    zip: '02133',
  });
  // Any address on "Outage Road" finds the geocoder down (503): the journeys where the town must answer instead.
  census.failFor('Outage Road', 503);
  process.env.CENSUS_GEOCODER_URL = census.url;
  // A fresh Blobs store per run: journeys start from nothing and never touch the developer's own local data.
  const blobsDir = mkdtempSync(join(tmpdir(), 'e2e-blobs-'));
  const stack = await startLocalStack(0, { blobsDirectory: blobsDir, warmFunctions: true });
  project.provide('baseUrl', stack.url);
  project.provide('outboxDir', outboxDir);
  project.provide('webhookSecret', process.env.RESEND_WEBHOOK_SECRET);
  return async () => {
    await browser.close();
    await stack.close();
    await census.close();
    rmSync(outboxDir, { recursive: true, force: true });
    rmSync(blobsDir, { recursive: true, force: true });
  };
}
