// Scheduled, hourly: emails staff about any technical-assistance request whose notification has not gone out yet
// (the mail provider was down, or STAFF_EMAIL was not set when it arrived). Requests are never lost, only late.
import type { Config } from '@netlify/functions';
import { readConfig } from '../src/server/config.ts';
import { engineMailer, liveEngineDeps } from '../src/server/mail-engine/index.ts';
import { openStore } from '../src/server/store.ts';
import { retryUnnotified } from '../src/server/ta-requests.ts';

export default async () => {
  const config = readConfig(process.env);
  const result = await retryUnnotified(
    openStore('ta-requests'),
    engineMailer(liveEngineDeps(config), 'staff', 'staff'),
    config,
    new Date(),
  );
  console.log(`ta-requests retry: ${result.sent} sent, ${result.pending} still pending`);
};

export const config: Config = { schedule: '@hourly' };
