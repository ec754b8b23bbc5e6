/**
 * Pledge confirmations the code before the mail engine kept as `unsent/<pledge>` markers (the provider had failed, or
 * mail was not configured yet) for its retry job to send. That job is gone, so they would never go: this moves them
 * into the engine once. Each still-pending pledge's email is queued with its original link under its original key
 * (confirmationMailKey: a rerun, or a marker left by a crash, queues nothing twice), the key is recorded so a
 * withdrawal or the expiry purge cancels it, then the marker goes. A confirmed, withdrawn or expired pledge's marker
 * just goes. The hourly pledge purge runs it: after the first run it finds nothing, for one listing.
 */
import { z } from 'zod';
import { pledgeEmailedSchema, pledgeRecordSchema, type PledgeRecord } from '../lib/schemas/pledge-record.ts';
import { pledgeKeys } from '../lib/store-keys.ts';
import { confirmationMailKey } from './pledges.ts';
import { readRecord, type JsonStore } from './store.ts';

/** An old marker: the campaign and the link's token its email carried. */
const oldUnsentSchema = z.object({ campaign: z.string(), token: z.string() });
const OLD_UNSENT = 'unsent/';

export type OldUnsentDeps = {
  store: JsonStore;
  now: () => Date;
  /**
   * queues the pledge's confirmation with this link (sendPledgeConfirmation through the engine, which queues it
   * whatever its one try says: sent, waiting for a Resend key, an outage); a failure to queue throws
   */
  send: (pledge: PledgeRecord, token: string) => Promise<unknown>;
};

/** Queues every old marker's confirmation still worth sending, once; returns how many were queued and dropped. */
export async function queueOldUnsentConfirmations(deps: OldUnsentDeps): Promise<{ queued: number; dropped: number }> {
  const { store } = deps;
  const counts = { queued: 0, dropped: 0 };
  for (const key of await store.keys(OLD_UNSENT)) {
    const id = key.slice(OLD_UNSENT.length);
    const marker = await readRecord(store, key, oldUnsentSchema);
    const pledge = marker ? await readRecord(store, pledgeKeys.pledge(marker.campaign, id), pledgeRecordSchema) : null;
    const live = pledge?.status === 'pending' && Date.parse(pledge.expiresAt) > deps.now().getTime();
    if (!marker || !pledge || !live) {
      await store.delete(key);
      counts.dropped++;
      continue;
    }
    // the key first, as acceptPledge does: a withdrawal from now on cancels the queued email
    const emailed = await readRecord(store, pledgeKeys.emailed(id), pledgeEmailedSchema);
    const mailKey = confirmationMailKey(id, marker.token);
    const keys = [...new Set([...(emailed?.keys ?? []), mailKey])].slice(-20);
    await store.set(pledgeKeys.emailed(id), { at: emailed?.at ?? deps.now().toISOString(), keys });
    // a throw (the engine could not take it) keeps the marker: the next run tries again, under the same key
    await deps.send(pledge, marker.token);
    await store.delete(key);
    counts.queued++;
  }
  return counts;
}
