// Daily: deletes technical-assistance requests older than TA_REQUEST_RETENTION_DAYS (default 180) once staff have been
// emailed about them. See /about/privacy/.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { openStore } from '../src/server/store.ts';
import { purgeOldTaRequests } from '../src/server/ta-requests.ts';

export default async () => {
  const days = z.coerce.number().int().min(1).default(180).parse(process.env.TA_REQUEST_RETENTION_DAYS);
  const purged = await purgeOldTaRequests(openStore('ta-requests'), new Date(), days);
  if (purged > 0) console.log('purge-ta-requests', purged);
};

export const config: Config = { schedule: '@daily' };
