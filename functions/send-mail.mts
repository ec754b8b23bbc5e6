// Scheduled every minute: the mail engine's sender. Sends what is due in batches at the account-wide pace, and
// retries what a crash, a 429 or an outage left (same batch, same idempotency key), within the 30-second limit.
import type { Config } from '@netlify/functions';
import { readConfig } from '../src/server/config.ts';
import { liveEngineDeps, runSender, type EngineDeps } from '../src/server/mail-engine/index.ts';

/** One run; tests give it their own store, mailer and clock. */
export async function handle(deps: EngineDeps, budgetMs = 22_000) {
  const report = await runSender(deps, { budgetMs });
  if (report.calls > 0 || report.suppressed > 0) console.log('send-mail', JSON.stringify(report));
  return report;
}

export default async () => {
  await handle(liveEngineDeps(readConfig(process.env)));
};

export const config: Config = { schedule: '* * * * *' };
