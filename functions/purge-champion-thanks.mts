// Daily: deletes champion thank-yous older than LETTER_RETENTION_DAYS (default 90), sender details included, and
// old rate-limit marks. See /about/privacy/.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { purgeOldChampionThanks } from '../src/server/champion-thanks.ts';
import { openStore } from '../src/server/store.ts';

export default async () => {
  const days = z.coerce.number().int().min(1).default(90).parse(process.env.LETTER_RETENTION_DAYS);
  const purged = await purgeOldChampionThanks(openStore('champion-thanks'), new Date(), days);
  if (purged > 0) console.log('purge-champion-thanks', purged);
};

export const config: Config = { schedule: '@daily' };
