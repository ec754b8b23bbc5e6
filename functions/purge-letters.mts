// Daily privacy purge (one scheduled function: each function is bundled separately, so fewer start faster):
// - letters older than LETTER_RETENTION_DAYS (default 90): their text, and the senders' details unless they agreed to
//   be contacted. Counts and delivery records stay.
// - champion thank-yous older than LETTER_RETENTION_DAYS, whole, whatever became of them.
// - budget alert sign-ups nobody confirmed within 7 days.
// - technical-assistance requests older than TA_REQUEST_RETENTION_DAYS (default 180) once staff were emailed.
// - pledges nobody confirmed (also hourly, purge-pledges), and the limiter's and the letters' pace markers.
// See /about/privacy/.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { storeNames } from '../src/lib/store-keys.ts';
import { purgePersonalData, type PurgeStores } from '../src/server/privacy-purge.ts';
import { openStore } from '../src/server/store.ts';

export default async () => {
  const days = z.coerce.number().int().min(1).default(90).parse(process.env.LETTER_RETENTION_DAYS);
  const taDays = z.coerce.number().int().min(1).default(180).parse(process.env.TA_REQUEST_RETENTION_DAYS);
  const stores = Object.fromEntries(Object.entries(storeNames).map(([k, name]) => [k, openStore(name)])) as PurgeStores;
  const purged = await purgePersonalData(stores, new Date(), { letters: days, taRequests: taDays });
  if (Object.values(purged).some((n) => n > 0)) console.log('purge', purged);
};

export const config: Config = { schedule: '@daily' };
