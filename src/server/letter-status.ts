/**
 * Where a letter's emails to legislators stand, read once for everyone who asks: the person who wrote it (their
 * status page, functions/letter-status.mts) and staff (the campaign dashboard), so the two can never disagree.
 * The mail engine says whether an email was sent or given up; Resend's delivery events (kept by the webhook under the
 * letter's status key) say whether the inbox took it or refused it.
 */
import { entryIdFor, mailKeys, mailStateOf } from './mail-engine/index.ts';
import { deliveryStatusSchema } from './mail-engine/records.ts';
import { keyedHash, safeEqual } from './ids.ts';
import { readDelivery, type LetterRecord } from './letter-records.ts';
import { letterMailKey } from './letter-delivery.ts';
import type { JsonStore } from './store.ts';

/** One email to a legislator: waiting, handed to Resend, in the inbox, given up on, or refused by the inbox. */
export type LetterEmailState = 'queued' | 'sent' | 'delivered' | 'failed' | 'bounced';

/** The same, in the three words a person is told. */
export type PersonFacingState = 'on_its_way' | 'delivered' | 'not_delivered';

/** Delivery events after which the email is not in the legislator's inbox. */
const REFUSED = new Set(['email.bounced', 'email.failed', 'email.suppressed']);

/** The stores the answer comes from: the letters store (older letters' outcomes) and the mail engine's. */
export type LetterStatusStores = { letters: JsonStore; mail: JsonStore };

/**
 * Where one email of a letter stands. Delivery events come first (a bounce is news even after "sent"; a complaint
 * means it reached the inbox), then what the delivery job settled in the letters store, then the engine's outcome.
 */
export async function letterEmailState(
  stores: LetterStatusStores,
  letter: Pick<LetterRecord, 'id' | 'contentHash'>,
  key: 'house' | 'senate',
): Promise<LetterEmailState> {
  const letterId = letter.id;
  const settled = await readDelivery(stores.letters, letterId, key);
  // letters sent through the engine are tagged with letter/<id>/<key>; older ones are known by provider id
  const statusKeys = [`letter/${letterId}/${key}`, ...(settled?.providerId ? [`email/${settled.providerId}`] : [])];
  for (const statusKey of statusKeys) {
    const event = deliveryStatusSchema.safeParse(await stores.mail.get(mailKeys.status(statusKey)));
    if (!event.success) continue;
    if (REFUSED.has(event.data.event)) return 'bounced';
    if (event.data.event === 'email.delivered' || event.data.event === 'email.complained') return 'delivered';
  }
  // once the delivery job settled it, that is final: the engine's records need not be read (a dashboard reads many)
  if (settled && settled.status !== 'queued') return settled.status;
  const state = await mailStateOf(stores.mail, entryIdFor(letterMailKey(letter, key)));
  return state?.status ?? 'queued';
}

/** What the person is told: "on its way" until the inbox took it ("delivered") or it could not be delivered. */
export function personFacing(state: LetterEmailState): PersonFacingState {
  if (state === 'delivered') return 'delivered';
  return state === 'failed' || state === 'bounced' ? 'not_delivered' : 'on_its_way';
}

/**
 * The unguessable part of a letter's status link: its id and a keyed hash of campaign and id, so only someone given
 * the link can open it, and nobody can walk through letters by changing a character.
 */
export function letterStatusToken(salt: string, campaign: string, letterId: string): string {
  return `${letterId}${keyedHash(salt, 'letter-status', campaign, letterId).slice(0, 24)}`;
}

/** The letter id a status token stands for, or null for a token this site did not make. */
export function letterIdOfStatusToken(salt: string, campaign: string, token: string): string | null {
  if (!/^[0-9a-f]{56}$/.test(token)) return null;
  const letterId = token.slice(0, 32);
  return safeEqual(token, letterStatusToken(salt, campaign, letterId)) ? letterId : null;
}

/** The path of a letter's status page (what the thank-you and the sender's copy link to). */
export function letterStatusPath(salt: string, campaign: string, letterId: string): string {
  return `/letters/status/${campaign}/${letterStatusToken(salt, campaign, letterId)}/`;
}
