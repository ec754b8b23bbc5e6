// Hourly: deletes pledges nobody confirmed within a week, with every personal detail (counts already ignore them
// once expired). Confirmed pledges stay until the person withdraws. See /about/privacy/.
import type { Config } from '@netlify/functions';
import { purgeExpiredPledges } from '../src/server/pledges.ts';
import { openStore } from '../src/server/store.ts';

export default async () => {
  const purged = await purgeExpiredPledges(openStore('pledges'), new Date());
  if (purged > 0) console.log('purge-pledges', purged);
};

export const config: Config = { schedule: '@hourly' };
