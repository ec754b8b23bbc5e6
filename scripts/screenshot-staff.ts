/**
 * The staff console for the screenshots (scripts/screenshots.ts): some activity to show, and signing in as staff do.
 * The activity is made up and lives only in the run's own throwaway Blobs store: calls counted in a spread of House
 * and Senate districts (so the dashboard's chart, map and tables have something to draw) and a program's request to
 * be listed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { callKeys } from '../src/lib/calls.ts';
import { programSubmissionSchema } from '../src/lib/schemas/program-submission.ts';
import { siteData } from '../src/server/campaign-data.ts';
import { callStore } from '../src/server/call-wiring.ts';
import { LOCAL_STAFF_EMAIL } from '../src/server/config.ts';
import { saveSubmission } from '../src/server/program-submissions.ts';
import { liveSubmissionStore } from '../src/server/staff/console-wiring.ts';

const CAMPAIGN = 'mentoring-matching-grants';

/** Writes the made-up activity; call once the local stack's Blobs context is set. */
export async function seedConsoleActivity(now = new Date()): Promise<void> {
  const { districts } = siteData();
  const calls = callStore();
  const writes: Promise<void>[] = [];
  // every third House district and every second Senate district, a few calls each over the last week
  districts.forEach((d, i) => {
    if (i % (d.chamber === 'house' ? 3 : 2) !== 0) return;
    for (let n = 0; n < 1 + ((i * 7) % 9); n++) {
      const day = new Date(now.getTime() - ((i + n) % 7) * 86_400_000).toISOString().slice(0, 10);
      const entry = { campaign: CAMPAIGN, day, district: d.id, legislator: d.slug, id: `seed${i}-${n}` };
      writes.push(calls.set(callKeys.count({ ...entry, outcome: n % 2 ? 'left_voicemail' : 'talked_to_staff' }), {}));
    }
  });
  await Promise.all(writes);
  const request = programSubmissionSchema.parse({
    name: 'Screenshot Mentors',
    organization: 'A Made-Up Organization for Screenshots',
    towns: 'Lynn, Salem',
    kinds: ['community'],
    ages: '8-14',
    languages: '',
    website: '',
    email: 'screenshots@example.org',
    consent: 'on',
  });
  await saveSubmission(liveSubmissionStore(), request, 'screenshots', now, 100);
}

/** Asks for a sign-in link as staff do, opens the newest one from the outbox and presses its button. */
export async function signInFromOutbox(page: Page, baseUrl: string, outboxDir: string): Promise<void> {
  const links = () =>
    readdirSync(outboxDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(outboxDir, f), 'utf8')) as { to: string[]; text: string })
      .filter((e) => e.to.includes(LOCAL_STAFF_EMAIL))
      .map((e) => /\/staff\/link\/\?token=[A-Za-z0-9_-]+/.exec(e.text)?.[0]);
  const before = links().length;
  await page.goto(`${baseUrl}/staff/sign-in/`);
  await page.getByLabel('Work email').fill(LOCAL_STAFF_EMAIL);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  for (let tries = 0; links().length === before; tries++) {
    if (tries > 100) throw new Error('no sign-in link arrived in the outbox');
    await page.waitForTimeout(200);
  }
  await page.goto(`${baseUrl}${links().at(-1)}`);
  await Promise.all([page.waitForURL(/\/staff\/$/), page.getByRole('button', { name: 'Sign in' }).click()]);
}
