// Daily privacy purge of every store that holds personal data (one scheduled function: each function is bundled
// separately, so fewer start faster):
// - letters older than LETTER_RETENTION_DAYS (default 90): their text, and the senders' details unless they agreed to
//   be contacted. Counts and delivery records stay.
// - champion thank-yous older than LETTER_RETENTION_DAYS, whole.
// - budget alert sign-ups nobody confirmed within 7 days.
// - technical-assistance requests older than TA_REQUEST_RETENTION_DAYS (default 180) once staff were emailed.
// - emails the mail engine gave up on (kept whole for staff) after 30 days; webhook replay markers after 7.
// See /about/privacy/.
import type { Config } from '@netlify/functions';
import { purgeLapsedSignups } from '../src/server/alert-signups.ts';
import { purgeOldChampionThanks } from '../src/server/champion-thanks.ts';
import { readConfig } from '../src/server/config.ts';
import { purgeOldLetters } from '../src/server/letters.ts';
import { openMailStore, purgeMailRecords } from '../src/server/mail-engine/index.ts';
import { openStore } from '../src/server/store.ts';
import { purgeOldTaRequests } from '../src/server/ta-requests.ts';

export default async () => {
  const { retentionDays } = readConfig(process.env);
  const now = new Date();
  const purged = {
    letters: await purgeOldLetters(openStore('letters'), now, retentionDays.letters),
    championThanks: await purgeOldChampionThanks(openStore('champion-thanks'), now, retentionDays.letters),
    alertSignups: await purgeLapsedSignups(openStore('alert-signups'), now),
    taRequests: await purgeOldTaRequests(openStore('ta-requests'), now, retentionDays.taRequests),
    mail: await purgeMailRecords(openMailStore(), now),
  };
  if (Object.values(purged).some((n) => n > 0)) console.log('purge', purged);
};

export const config: Config = { schedule: '@daily' };
