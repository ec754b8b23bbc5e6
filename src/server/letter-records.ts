/**
 * Letters as records: what a letter and its deliveries look like in the "letters" store, how they are read (parsed:
 * a corrupt record is skipped), counted and, after the retention period, emptied. Intake is letter-intake.ts,
 * sending letter-delivery.ts (through the mail engine); the key layout is src/lib/store-keys.ts.
 */
import type { LetterKind, LetterStage } from '../lib/schemas/letter-stage.ts';
import {
  deliveryStateSchema,
  letterRecordSchema,
  type DeliveryState,
  type LetterRecord,
  type RecipientKey,
} from '../lib/schemas/letter-record.ts';
import { letterKeys, type DeliveryKey } from '../lib/store-keys.ts';
import type { AppConfig } from './config.ts';
import { sha256hex } from './ids.ts';
import { purgeLimitMarkers } from './limiter.ts';
import type { Mailer } from './mailer.ts';
import { purgeOldLetterLinks } from './old-confirmation-links.ts';
import { readRecord, type JsonStore } from './store.ts';

export type { DeliveryState, LetterRecord, Recipient, RecipientKey } from '../lib/schemas/letter-record.ts';
export type { DeliveryKey } from '../lib/store-keys.ts';
export { letterKeys } from '../lib/store-keys.ts';

export type LetterCampaign = {
  slug: string;
  title: string;
  kind: LetterKind;
  subject: string;
  template: string;
  confirmSender: boolean;
  targets: RecipientKey[];
  /** the budget's current stage as content set it at build time (src/data/campaigns.json), or null */
  stage: LetterStage | null;
};

export type LetterDeps = {
  store: JsonStore;
  /** the limiter's store ("limits", shared by every flow); the letters store when not given (tests) */
  limits?: JsonStore;
  /** the mail engine's store ("mail"): letters are sent through its queue */
  mail: JsonStore;
  mailer: Mailer;
  config: AppConfig;
  now: () => Date;
  /**
   * Runs bookkeeping after the reply is sent (Netlify's context.waitUntil); without it the work is awaited before
   * replying. Only what the queue job mends if it is lost goes here, never the letter or its queue records.
   */
  defer?: (work: Promise<unknown>) => void;
};

export type DeliveryReport = Record<DeliveryKey, DeliveryState['status'] | 'none'>;

/**
 * A letter with its content hash: what its queued emails name, so a sender can tell the stored letter from another
 * submission that raced it under the same id and lost (letter-delivery.ts, enqueueEmails).
 */
export function withContentHash(letter: Omit<LetterRecord, 'contentHash'>): LetterRecord {
  return { ...letter, contentHash: sha256hex(`letter\n${JSON.stringify(letter)}`).slice(0, 24) };
}

/** One letter, parsed; null when absent or corrupt. */
export function readLetter(store: JsonStore, campaign: string, id: string): Promise<LetterRecord | null> {
  return readRecord(store, letterKeys.letter(campaign, id), letterRecordSchema);
}

/** One email's delivery state, parsed; null when nothing was tried yet (or the record is corrupt). */
export function readDelivery(store: JsonStore, id: string, key: DeliveryKey): Promise<DeliveryState | null> {
  return readRecord(store, letterKeys.delivery(id, key), deliveryStateSchema);
}

/** What became of each email of a letter, as stored. */
export async function reportFor(letter: LetterRecord, store: JsonStore): Promise<DeliveryReport> {
  const report: DeliveryReport = { house: 'none', senate: 'none', copy: 'none' };
  for (const key of ['house', 'senate', 'copy'] as const) {
    if (key !== 'copy' && !letter.recipients.some((r) => r.key === key)) continue;
    report[key] = (await readDelivery(store, letter.id, key))?.status ?? 'queued';
  }
  return report;
}

/**
 * Marks a letter as counted for the campaign and for each of its districts (the thermometer and district pages).
 * Idempotent: the request that stores a letter counts it, and the queue job and a resubmission count it again, so a
 * crash between storing and counting never leaves a letter out of the counts.
 */
export async function countLetter(letter: LetterRecord, store: JsonStore): Promise<void> {
  if (letter.status !== 'accepted') return;
  // the districts first (side by side), the total last: a letter with its total marker is counted everywhere
  await countDistricts(letter, store);
  await markCounted(letter, store);
}

/**
 * Counts a letter unless its total marker shows it was (one read, for the queue job and resubmissions). The total
 * marker is the request's last write: without it the request was cut short, so the letter goes back in the queue too
 * (its queue record and the letter were written side by side, and either may be the one that failed).
 */
export async function ensureCounted(letter: LetterRecord, store: JsonStore): Promise<void> {
  if (letter.status !== 'accepted') return;
  if ((await store.get(letterKeys.accepted(letter.campaign, letter.id))) !== null) return;
  await markDue(letter, store);
  await countLetter(letter, store);
}

/** Puts a letter in the letters' queue (the scheduled job enqueues its emails if the request did not). */
export async function markDue(letter: LetterRecord, store: JsonStore, enqueued = false): Promise<void> {
  const due = { campaign: letter.campaign, createdAt: letter.createdAt, ...(enqueued ? { enqueued } : {}) };
  await store.set(letterKeys.due(letter.id), due);
}

/** The counts of a letter's districts: what countLetter writes before its total marker. */
export async function countDistricts(letter: LetterRecord, store: JsonStore): Promise<void> {
  await Promise.all(
    letter.recipients.map((r) => store.set(letterKeys.counted(letter.campaign, r.districtId, letter.id), {})),
  );
}

/** The total marker: the letter is counted everywhere (and, on the request path, its emails are queued). */
export async function markCounted(letter: LetterRecord, store: JsonStore): Promise<void> {
  await store.set(letterKeys.accepted(letter.campaign, letter.id), {});
}

/** Public counts for a campaign: letters in total and per district. No personal data. */
export async function letterSummary(
  store: JsonStore,
  campaign: string,
): Promise<{ total: number; byDistrict: Record<string, number> }> {
  const [accepted, counted] = await Promise.all([
    store.keys(letterKeys.accepteds(campaign)),
    store.keys(letterKeys.counts(campaign)),
  ]);
  const byDistrict: Record<string, number> = {};
  for (const key of counted) {
    const districtId = letterKeys.districtOfCount(key);
    byDistrict[districtId] = (byDistrict[districtId] ?? 0) + 1;
  }
  return { total: accepted.length, byDistrict };
}

/** The letters of a campaign, parsed, skipping corrupt records: what the staff export reads. */
export async function lettersOf(store: JsonStore, campaign: string): Promise<LetterRecord[]> {
  const out: LetterRecord[] = [];
  for (const key of await store.keys(letterKeys.letters(campaign))) {
    const letter = await readRecord(store, key, letterRecordSchema);
    if (letter) out.push(letter);
  }
  return out;
}

/**
 * Privacy: once a letter is old enough (delivered or given up), its text and the sender's street address are
 * deleted; what remains is what the counts and staff need (date, districts, delivery status, and the sender's name
 * and email only if they agreed to be contacted). Letters still queued are kept whole until they are final.
 */
export async function purgeOldLetters(store: JsonStore, now: Date, retentionDays: number): Promise<number> {
  const cutoff = now.getTime() - retentionDays * 86_400_000;
  let purged = 0;
  for (const key of await store.keys(letterKeys.letters())) {
    const letter = await readRecord(store, key, letterRecordSchema);
    if (!letter || letter.purgedAt || Date.parse(letter.createdAt) > cutoff) continue;
    if ((await store.keys(letterKeys.due(letter.id))).length > 0) continue;
    const { street: _street, zip: _zip, ...sender } = letter.sender;
    await store.set(key, {
      ...letter,
      body: '',
      sender: letter.contactConsent ? sender : { name: '', email: '', ...(sender.town ? { town: sender.town } : {}) },
      purgedAt: now.toISOString(),
    });
    purged++;
  }
  await purgeMarkers(store, now);
  return purged;
}

/** Pace markers and old confirmation links are only needed for their window; limit markers, the limiter's way. */
async function purgeMarkers(store: JsonStore, now: Date): Promise<void> {
  const t = now.getTime();
  for (const key of await store.keys(letterKeys.paces)) {
    const bucket = letterKeys.bucketOfPace(key);
    if (!(bucket >= t - 2 * 86_400_000)) await store.delete(key);
  }
  await purgeOldLetterLinks(store, now);
  await purgeLimitMarkers(store, now);
}
