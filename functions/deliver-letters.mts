// Scheduled every minute: sends what is queued (after a 429, an outage, or the per-legislator pace), oldest
// first, within Netlify's 30-second limit for scheduled functions. (Champion thank-yous, confirmations and staff
// notices are retried by the engine's own sender, functions/send-mail.mts.)
import type { Config } from '@netlify/functions';
import { readConfig } from '../src/server/config.ts';
import { drainLetterQueue } from '../src/server/letter-delivery.ts';
import type { LetterDeps } from '../src/server/letter-records.ts';
import { liveLetterDeps } from '../src/server/letter-wiring.ts';

/** One run of the job; tests (tests/load) give it their own clock to play hours of retries in seconds. */
export async function handle(deps: LetterDeps, budgetMs = 20_000) {
  const totals = await drainLetterQueue(deps, budgetMs);
  if (totals.letters > 0) console.log('deliver-letters', JSON.stringify(totals));
  return totals;
}

export default async () => {
  await handle(liveLetterDeps(readConfig(process.env)));
};

export const config: Config = { schedule: '* * * * *' };
