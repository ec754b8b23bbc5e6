// Daily privacy purge (one scheduled function: each function is bundled separately, so fewer start faster):
// - letters older than LETTER_RETENTION_DAYS (default 90): their text, and the senders' details unless they agreed to
//   be contacted. Counts and delivery records stay.
// - champion thank-yous older than LETTER_RETENTION_DAYS, whole.
// - budget alert sign-ups nobody confirmed within 7 days.
// - technical-assistance requests older than TA_REQUEST_RETENTION_DAYS (default 180) once staff were emailed.
// See /about/privacy/.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { purgeLapsedSignups } from '../src/server/alert-signups.ts';
import { purgeOldChampionThanks } from '../src/server/champion-thanks.ts';
import { purgeOldLetters } from '../src/server/letter-records.ts';
import { openStore } from '../src/server/store.ts';
import { purgeOldTaRequests } from '../src/server/ta-requests.ts';

export default async () => {
  const days = z.coerce.number().int().min(1).default(90).parse(process.env.LETTER_RETENTION_DAYS);
  const taDays = z.coerce.number().int().min(1).default(180).parse(process.env.TA_REQUEST_RETENTION_DAYS);
  const now = new Date();
  const purged = {
    letters: await purgeOldLetters(openStore('letters'), now, days),
    championThanks: await purgeOldChampionThanks(openStore('champion-thanks'), now, days),
    alertSignups: await purgeLapsedSignups(openStore('alert-signups'), now),
    taRequests: await purgeOldTaRequests(openStore('ta-requests'), now, taDays),
  };
  if (Object.values(purged).some((n) => n > 0)) console.log('purge', purged);
};

export const config: Config = { schedule: '@daily' };
