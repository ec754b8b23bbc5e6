// Daily: deletes the text of letters older than LETTER_RETENTION_DAYS (default 90) and the senders' details unless
// they agreed to be contacted. Counts and delivery records stay. See /about/privacy/.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { purgeOldLetters } from '../src/server/letters.ts';
import { openStore } from '../src/server/store.ts';

export default async () => {
  const days = z.coerce.number().int().min(1).default(90).parse(process.env.LETTER_RETENTION_DAYS);
  const purged = await purgeOldLetters(openStore('letters'), new Date(), days);
  if (purged > 0) console.log('purge-letters', purged);
};

export const config: Config = { schedule: '@daily' };
