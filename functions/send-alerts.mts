// Scheduled every 10 minutes: emails each budget alert marked `email: true` (src/data/alerts.json, from content at
// build) to every confirmed subscriber in its audience, once. So a deploy that adds an alert sends it within minutes.
import type { Config } from '@netlify/functions';
import { sendDueAlerts, type AlertMailDeps } from '../src/server/alert-mail.ts';
import { liveAlertMailDeps } from '../src/server/alert-mail-wiring.ts';
import { readConfig } from '../src/server/config.ts';

/** One run; tests give it their own stores, fake Resend and clock. */
export async function handle(deps: AlertMailDeps, budgetMs = 22_000) {
  const run = await sendDueAlerts(deps, { budgetMs });
  if (run.alerts.length > 0 || (run.report?.calls ?? 0) > 0) console.log('send-alerts', JSON.stringify(run));
  return run;
}

export default async () => {
  await handle(liveAlertMailDeps(readConfig(process.env)));
};

export const config: Config = { schedule: '*/10 * * * *' };
