// Daily privacy purge of every store that holds personal data (one scheduled function: each function is bundled
// separately, so fewer start faster):
// - letters older than LETTER_RETENTION_DAYS (default 90): their text, and the senders' details unless they agreed to
//   be contacted. Counts and delivery records stay.
// - champion thank-yous older than LETTER_RETENTION_DAYS, whole, whatever became of them.
// - budget alert sign-ups nobody confirmed within 7 days.
// - technical-assistance requests older than TA_REQUEST_RETENTION_DAYS (default 180) once staff were emailed.
// - pledges nobody confirmed (also hourly, purge-pledges), and the limiter's and the letters' pace markers.
// - the staff audit log after a year; staff sign-in links and signed-out sessions once they no longer work.
// - emails the mail engine gave up on (kept whole for staff) after 30 days; webhook replay markers after 7.
// See /about/privacy/.
import type { Config } from '@netlify/functions';
import { storeNames } from '../src/lib/store-keys.ts';
import { readConfig } from '../src/server/config.ts';
import { purgeLimitMarkers } from '../src/server/limiter.ts';
import { openMailStore, purgeMailRecords } from '../src/server/mail-engine/index.ts';
import { purgePersonalData, type PurgeStores } from '../src/server/privacy-purge.ts';
import { openStore } from '../src/server/store.ts';

export default async () => {
  const { retentionDays } = readConfig(process.env);
  const stores = Object.fromEntries(Object.entries(storeNames).map(([k, name]) => [k, openStore(name)])) as PurgeStores;
  const now = new Date();
  const mail = openMailStore();
  const purged = {
    ...(await purgePersonalData(stores, now, retentionDays, mail)),
    mail: await purgeMailRecords(mail, now),
    submissionLimitMarkers: await purgeLimitMarkers(openStore('program-submissions'), now),
  };
  if (Object.values(purged).some((n) => n > 0)) console.log('purge', purged);
};

export const config: Config = { schedule: '@daily' };
