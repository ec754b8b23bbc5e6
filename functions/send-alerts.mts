// Scheduled every 10 minutes: emails each budget alert marked `email: true` (src/data/alerts.json, from content at
// build) to every confirmed subscriber in its audience, once. So a deploy that adds an alert sends it within minutes.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import alertsJson from '../src/data/alerts.json' with { type: 'json' };
import { alertDataSchema } from '../src/lib/schemas/alert.ts';
import { sendDueAlerts, type AlertMailDeps } from '../src/server/alert-mail.ts';
import { liveAlertSignupDeps } from '../src/server/alert-signup-wiring.ts';
import { readConfig } from '../src/server/config.ts';
import { loadLocationData } from '../src/server/find-data.ts';
import { liveEngineDeps } from '../src/server/mail-engine/index.ts';

/** One run; tests give it their own stores, fake Resend and clock. */
export async function handle(deps: AlertMailDeps, budgetMs = 22_000) {
  const run = await sendDueAlerts(deps, { budgetMs });
  if (run.alerts.length > 0 || (run.report?.calls ?? 0) > 0) console.log('send-alerts', JSON.stringify(run));
  return run;
}

/** The live dependencies: the bundled alerts and legislator data, Netlify Blobs, Resend or the outbox. */
export function liveAlertMailDeps(): AlertMailDeps {
  const config = readConfig(process.env);
  const data = loadLocationData();
  return {
    signups: liveAlertSignupDeps(config).store,
    engine: liveEngineDeps(config),
    config,
    alerts: z.array(alertDataSchema).parse(alertsJson),
    legislators: data.legislators,
    districtNames: new Map([...data.districts].map(([id, d]) => [id, d.name])),
  };
}

export default async () => {
  await handle(liveAlertMailDeps());
};

export const config: Config = { schedule: '*/10 * * * *' };
