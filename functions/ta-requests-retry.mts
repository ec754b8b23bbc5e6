// Scheduled, hourly: emails staff about any technical-assistance request whose notification has not gone out yet
// (the mail provider was down, or STAFF_EMAIL was not set when it arrived). Requests are never lost, only late.
import type { Config } from '@netlify/functions';
import { createMailer } from '../src/server/mailer.ts';
import { openStore } from '../src/server/store.ts';
import { retryUnnotified } from '../src/server/ta-requests.ts';

export default async () => {
  const result = await retryUnnotified(openStore('ta-requests'), createMailer(process.env), process.env, new Date());
  console.log(`ta-requests retry: ${result.sent} sent, ${result.pending} still pending`);
};

export const config: Config = { schedule: '@hourly' };
