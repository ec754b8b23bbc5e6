// Daily: deletes alert sign-ups nobody confirmed within 7 days, and old rate-limit marks. See /about/privacy/.
import type { Config } from '@netlify/functions';
import { purgeLapsedSignups } from '../src/server/alert-signups.ts';
import { openStore } from '../src/server/store.ts';

export default async () => {
  const purged = await purgeLapsedSignups(openStore('alert-signups'), new Date());
  if (purged > 0) console.log('purge-alert-signups', purged);
};

export const config: Config = { schedule: '@daily' };
