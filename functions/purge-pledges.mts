// Hourly: deletes pledges nobody confirmed within a week, with every personal detail (counts already ignore them
// once expired). Confirmed pledges stay until the person withdraws. See /about/privacy/.
import type { Config } from '@netlify/functions';
import { cancelMail, openMailStore } from '../src/server/mail-engine/index.ts';
import { purgeExpiredPledges } from '../src/server/pledges.ts';
import { openStore } from '../src/server/store.ts';

export default async () => {
  const now = new Date();
  // an expired pledge's confirmation, if still queued (mail not configured all week), never goes
  const cancel = (key: string) => cancelMail(openMailStore(), key, now);
  const purged = await purgeExpiredPledges(openStore('pledges'), now, cancel);
  if (purged > 0) console.log('purge-pledges', purged);
};

export const config: Config = { schedule: '@hourly' };
