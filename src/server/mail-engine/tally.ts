/**
 * Running counts of a group of emails (one alert's, say), kept by the sender as it goes, so staff can watch a send of
 * tens of thousands without anything reading every email or every subscriber. Blobs has no atomic increment, so each
 * sender run keeps its own record, `tally/<group>/<run>`, rewritten whole after each batch (one writer per key: two
 * runs at once lose nothing); a reader adds up the few records, one per run that sent any of the group's emails.
 * Counted after a batch's result is recorded, so a batch sent again after a crash is never counted twice; a crash in
 * the moment between the two leaves that batch out of the count (its emails went, and show as still queued).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { JsonStore } from '../store.ts';
import type { EngineDeps } from './sender.ts';

export type Tally = { sent: number; failed: number };

const runTallySchema = z.object({ sent: z.number().int().min(0), failed: z.number().int().min(0), at: z.string() });

export const tallyKeys = {
  run: (group: string, run: string) => `tally/${group}/${run}`,
  group: (group: string) => `tally/${group}/`,
};

/**
 * One sender run's counts: `add` the emails of a batch as it ends (one write per group it touched, in order), and
 * `flush` before the run ends.
 */
export function runTally(store: JsonStore, now: () => Date, log?: EngineDeps['log']) {
  const run = `${now().toISOString().replace(/\D/g, '').slice(0, 14)}-${randomBytes(6).toString('hex')}`;
  const counts = new Map<string, Tally>();
  let writing: Promise<void> = Promise.resolve();
  return {
    add(ended: { group: string | undefined; outcome: keyof Tally }[]): void {
      const touched = new Set<string>();
      for (const { group, outcome } of ended) {
        if (!group) continue;
        const tally = counts.get(group) ?? { sent: 0, failed: 0 };
        tally[outcome]++;
        counts.set(group, tally);
        touched.add(group);
      }
      for (const group of touched) {
        const record = { ...counts.get(group)!, at: now().toISOString() };
        writing = writing
          .then(() => store.set(tallyKeys.run(group, run), record))
          .catch((error) => log?.('mail-engine: a tally was not written', { group, error: String(error) }));
      }
    },
    flush: () => writing,
  };
}

/** How many of a group's emails were handed to Resend or given up, so far: one read per sender run that sent any. */
export async function readTally(store: JsonStore, group: string): Promise<Tally> {
  const keys = await store.keys(tallyKeys.group(group));
  const records = await Promise.all(keys.map((key) => store.get(key).catch(() => null)));
  const total: Tally = { sent: 0, failed: 0 };
  for (const record of records) {
    const parsed = runTallySchema.safeParse(record);
    if (!parsed.success) continue;
    total.sent += parsed.data.sent;
    total.failed += parsed.data.failed;
  }
  return total;
}
