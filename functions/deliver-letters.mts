// Scheduled every minute: sends what is queued (after a 429, an outage, or the per-legislator pace), oldest
// first, within Netlify's 30-second limit for scheduled functions.
import type { Config } from '@netlify/functions';
import { readConfig } from '../src/server/config.ts';
import { drainLetterQueue } from '../src/server/letters.ts';
import { liveLetterDeps } from '../src/server/letter-wiring.ts';

export default async () => {
  const totals = await drainLetterQueue(liveLetterDeps(readConfig(process.env)), 20_000);
  if (totals.letters > 0) console.log('deliver-letters', JSON.stringify(totals));
};

export const config: Config = { schedule: '* * * * *' };
