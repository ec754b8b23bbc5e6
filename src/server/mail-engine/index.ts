/**
 * The one outbound mail engine (DESIGN.md, convention 15): callers enqueue (queue.ts); the sender (sender.ts) delivers
 * in batches at the account's shared pace; delivery events (events.ts) suppress bad addresses and keep each email's
 * status for staff and for a letter's sender (src/server/letter-status.ts). Every email goes through it: letters,
 * alerts, confirmations, champion thank-yous, staff notices and sign-in links.
 */
import type { AppConfig } from '../config.ts';
import { createMailer, fromHeader } from '../mailer.ts';
import { openStore, type JsonStore } from '../store.ts';
import { storeNames } from '../../lib/store-keys.ts';
import type { EngineDeps } from './sender.ts';

export { cancelMail, mailStatus, type CancelOutcome, type MailStatus } from './cancel.ts';
export { DEFERRED, type DeferredAddresses } from './deferred-addresses.ts';
export {
  enqueueBundled,
  enqueueMail,
  enqueueMany,
  isSuppressed,
  suppressAddress,
  type EnqueueOptions,
} from './queue.ts';
export { mailStateOf, pendingMail, purgeMailRecords, runSender, type EngineDeps, type SendReport } from './sender.ts';
export { engineMailer } from './engine-mailer.ts';
export { entryIdFor, mailKeys, type MailEntry, type MailState } from './records.ts';
export { readTally, type Tally } from './tally.ts';

/** The engine's store: the queue, batches, paces, suppressions and delivery statuses. */
export function openMailStore(): JsonStore {
  return openStore('mail');
}

/** The live engine: Netlify Blobs, Resend or the outbox, the real clock. */
export function liveEngineDeps(config: AppConfig): EngineDeps {
  return {
    store: openMailStore(),
    letters: openStore(storeNames.letters),
    mailer: createMailer(config.mailer),
    now: () => new Date(),
    salt: config.salt,
    perSecond: config.sendPerSecond,
    log: (message, detail) => console.log(message, JSON.stringify(detail ?? {})),
    addresses: {
      from: config.mailFrom ? fromHeader(config.senderName, config.mailFrom) : null,
      staffFrom: config.mailFromHeader,
      staff: config.staffEmail,
    },
  };
}
