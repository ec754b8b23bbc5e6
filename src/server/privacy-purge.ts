/**
 * The daily privacy purge, every store at once (see /about/privacy/): old letters' text and, without consent, their
 * senders; old champion thank-yous whole, whatever became of them; unconfirmed alert sign-ups and pledges; old
 * technical-assistance requests once staff were emailed; the limiter's and the pace's markers, and confirmation links,
 * once their window is over; the staff audit log after a year. Afterwards nothing kept without consent can be linked
 * to an email address: ids and limit keys are keyed hashes.
 */
import type { storeNames } from '../lib/store-keys.ts';
import { purgeLapsedSignups } from './alert-signups.ts';
import { purgeOldChampionThanks } from './champion-thanks.ts';
import { purgeExpiredConfirmations } from './confirmations.ts';
import { purgeOldLetters } from './letter-records.ts';
import { purgeLimitMarkers } from './limiter.ts';
import { cancelMail } from './mail-engine/index.ts';
import { purgeExpiredPledges } from './pledges.ts';
import type { JsonStore } from './store.ts';
import { purgeStaffRecords } from './staff/records.ts';
import { purgeOldTaRequests } from './ta-requests.ts';

export type PurgeStores = Record<keyof typeof storeNames, JsonStore>;

/**
 * Runs every purge; returns how many records (or markers) each deleted or emptied. `mail`, the mail engine's store:
 * an expired pledge's confirmation still queued is cancelled, and a request counts as emailed once the engine sent it.
 */
export async function purgePersonalData(
  stores: PurgeStores,
  now: Date,
  days: { letters: number; taRequests: number },
  mail?: JsonStore,
) {
  const cancelEmail = mail ? (key: string) => cancelMail(mail, key, now) : undefined;
  return {
    letters: await purgeOldLetters(stores.letters, now, days.letters),
    championThanks: await purgeOldChampionThanks(stores.championThanks, now, days.letters),
    alertSignups: await purgeLapsedSignups(stores.alertSignups, now),
    pledges: await purgeExpiredPledges(stores.pledges, now, cancelEmail),
    taRequests: await purgeOldTaRequests(stores.taRequests, now, days.taRequests, mail),
    limitMarkers: await purgeLimitMarkers(stores.limits, now),
    /** confirmation links past their expiry, in each flow's store (a pledge's go with the pledge) */
    confirmationLinks:
      (await purgeExpiredConfirmations(stores.letters, now)) +
      (await purgeExpiredConfirmations(stores.pledges, now)) +
      (await purgeExpiredConfirmations(stores.alertSignups, now)),
    /** the staff audit log after a year; sign-in links and signed-out sessions once they are useless */
    staff: await purgeStaffRecords(stores.staff, now),
  };
}
