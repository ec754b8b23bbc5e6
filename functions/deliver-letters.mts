// Scheduled every minute: sends what is queued (after a 429, an outage, or the per-legislator pace), oldest
// first, within Netlify's 30-second limit for scheduled functions; then the champion thank-yous still queued.
import type { Config } from '@netlify/functions';
import { readConfig } from '../src/server/config.ts';
import { drainLetterQueue } from '../src/server/letter-delivery.ts';
import type { LetterDeps } from '../src/server/letter-records.ts';
import { liveLetterDeps } from '../src/server/letter-wiring.ts';
import { retryQueuedChampionThanks } from '../src/server/champion-thanks.ts';
import { liveChampionThanksDeps } from '../src/server/champion-thanks-wiring.ts';

/** One run of the job; tests (tests/load) give it their own clock to play hours of retries in seconds. */
export async function handle(deps: LetterDeps, budgetMs = 20_000) {
  const totals = await drainLetterQueue(deps, budgetMs);
  if (totals.letters > 0) console.log('deliver-letters', JSON.stringify(totals));
  return totals;
}

export default async () => {
  const config = readConfig(process.env);
  await handle(liveLetterDeps(config));
  const thanks = await retryQueuedChampionThanks(liveChampionThanksDeps(config));
  if (thanks.sent + thanks.queued + thanks.failed > 0) {
    console.log('deliver-letters: champion thank-yous', JSON.stringify(thanks));
  }
};

export const config: Config = { schedule: '* * * * *' };
