/**
 * The budget-alert audience as an index, so counting an alert's audience and listing its recipients read a few
 * records, not one per subscriber (20,000 reads took 23.8 s). Every confirmed subscriber is one member of one shard,
 * `audience/shard/<nn>` (a hash of their id picks it), holding what an alert email needs: address, name, districts,
 * language. Shards are changed only by conditional writes (updateRecord), so two confirms at once, or a confirm beside
 * an unsubscribe, both land. It is kept where a subscription changes: confirm adds, unsubscribe removes; a bounce or
 * complaint is read from the mail engine's suppression list when counting (one listing), so it needs no write here.
 * Sign-ups stored before the index existed are added once by rebuildAudienceIndex (re-runnable), which the alert job
 * and the staff console run when the index is missing.
 */
import { z } from 'zod';
import type { AlertAudience } from '../lib/schemas/alert.ts';
import { alertSignupRecordSchema, type AlertSignupRecord } from '../lib/schemas/alert-signup.ts';
import { signupKeys } from '../lib/store-keys.ts';
import { sha256hex } from './ids.ts';
import { addressHash, suppressedHashes } from './mail-engine/queue.ts';
import { readRecord, updateRecord, type JsonStore } from './store.ts';

/** What an alert email needs of a subscriber: kept in the index, so sending reads no sign-up record. */
export type Subscriber = Pick<AlertSignupRecord, 'id' | 'email' | 'name' | 'districts' | 'lang'>;

/** Enough shards that each stays small (20,000 subscribers: about 300 a shard) and writers rarely meet. */
export const AUDIENCE_SHARDS = 64;

export const audienceKeys = {
  shard: (n: number) => `audience/shard/${String(n).padStart(2, '0')}`,
  shards: 'audience/shard/',
  /** written once every sign-up stored before the index is in it: from then on confirms keep it whole */
  built: 'audience/built',
};

const memberSchema = z.object({
  email: z.string(),
  name: z.string().nullable(),
  districts: z.object({ house: z.string().nullable(), senate: z.string().nullable() }).nullable(),
  lang: alertSignupRecordSchema.shape.lang,
});
const shardSchema = z.object({ members: z.record(z.string(), memberSchema) });
type Shard = z.infer<typeof shardSchema>;

/** The shard a subscriber's membership lives in. */
export function shardOf(id: string): number {
  return Number.parseInt(sha256hex(`audience\n${id}`).slice(0, 8), 16) % AUDIENCE_SHARDS;
}

const parsedShard = (raw: unknown): Shard => {
  const parsed = shardSchema.safeParse(raw);
  return parsed.success ? parsed.data : { members: {} };
};

/** Adds or removes members of one shard in one conditional write (retried when another writer came first). */
async function changeShard(store: JsonStore, n: number, add: Subscriber[], remove: string[]): Promise<void> {
  await updateRecord<Shard>(store, audienceKeys.shard(n), (raw) => {
    const shard = parsedShard(raw);
    let changed = raw === null && add.length > 0;
    for (const id of remove) {
      if (!(id in shard.members)) continue;
      delete shard.members[id];
      changed = true;
    }
    for (const { id, email, name, districts, lang } of add) {
      const member = { email, name, districts: districts ?? null, ...(lang ? { lang } : {}) };
      if (JSON.stringify(shard.members[id]) === JSON.stringify(member)) continue;
      shard.members[id] = member;
      changed = true;
    }
    return changed ? shard : undefined;
  });
}

/** Whether a sign-up's record is still there and confirmed: what the index must agree with. */
async function stillConfirmed(store: JsonStore, id: string): Promise<boolean> {
  return (await readRecord(store, signupKeys.signup(id), alertSignupRecordSchema))?.status === 'confirmed';
}

/**
 * Puts a confirmed subscriber in the index, after their record says confirmed. Then reads the record again: an
 * unsubscribe that deleted it meanwhile may have removed them from the index before this add, and this undoes the add.
 */
export async function addToAudience(store: JsonStore, subscriber: Subscriber): Promise<void> {
  await changeShard(store, shardOf(subscriber.id), [subscriber], []);
  if (!(await stillConfirmed(store, subscriber.id))) await removeFromAudience(store, subscriber.id);
}

/** Takes a subscriber out of the index, after their record is deleted. */
export async function removeFromAudience(store: JsonStore, id: string): Promise<void> {
  await changeShard(store, shardOf(id), [], [id]);
}

/**
 * Every confirmed sign-up, read record by record, a few at a time (a list can be tens of thousands); a corrupt record
 * is logged and skipped. What the index is built from, and what counting cost before it (the surge bench compares).
 */
export async function confirmedSubscribers(store: JsonStore, concurrency = 48): Promise<AlertSignupRecord[]> {
  const keys = await store.keys(signupKeys.signups);
  const found: AlertSignupRecord[] = [];
  let next = 0;
  const reader = async () => {
    while (next < keys.length) {
      const record = await readRecord(store, keys[next++]!, alertSignupRecordSchema).catch(() => null);
      if (record?.status === 'confirmed') found.push(record);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, reader));
  return found.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Makes the index agree with the sign-up records: every confirmed sign-up in it, nobody whose record is gone. For
 * sign-ups stored before the index, and after anything that may have left it behind; safe to run again and beside
 * confirms and unsubscribes (a removal it may undo is made again from a listing taken after its writes). Reads every
 * sign-up, as counting did before the index. Returns how many members it holds.
 */
export async function rebuildAudienceIndex(store: JsonStore): Promise<number> {
  const byShard = new Map<number, Subscriber[]>();
  const confirmed = await confirmedSubscribers(store);
  for (const record of confirmed) {
    const shard = shardOf(record.id);
    byShard.set(shard, [...(byShard.get(shard) ?? []), record]);
  }
  await Promise.all([...byShard].map(([n, members]) => changeShard(store, n, members, [])));
  // whoever's record is gone now was unsubscribed: out, whether this rebuild or an earlier crash put them in. The
  // members are read before the listing, so each was added after its record was written, and before the listing.
  const shards = await readShards(store);
  const present = new Set((await store.keys(signupKeys.signups)).map((k) => k.slice(signupKeys.signups.length)));
  const gone = new Map<number, string[]>();
  for (const { id } of shards) if (!present.has(id)) gone.set(shardOf(id), [...(gone.get(shardOf(id)) ?? []), id]);
  await Promise.all([...gone].map(([n, ids]) => changeShard(store, n, [], ids)));
  const members = shards.length - [...gone.values()].flat().length;
  const built: AudienceIndexState = { at: new Date().toISOString(), confirmed: confirmed.length, members };
  await store.set(audienceKeys.built, built);
  return members;
}

/**
 * When the index was last rebuilt and what that rebuild found: the confirmed sign-ups it read, and the members the
 * index held after it (more or fewer when people confirmed or unsubscribed while it ran). Staff see it beside the
 * audience's count; a marker from before the counts were kept has only its time.
 */
const indexStateSchema = z.object({
  at: z.string(),
  confirmed: z.number().int().nonnegative().optional(),
  members: z.number().int().nonnegative().optional(),
});
export type AudienceIndexState = z.infer<typeof indexStateSchema>;

/** Every member of the index: one listing and one read per shard. */
async function readShards(store: JsonStore): Promise<Subscriber[]> {
  const keys = await store.keys(audienceKeys.shards);
  const shards = await Promise.all(keys.map((key) => store.get(key).catch(() => null)));
  return shards.flatMap((raw) => {
    const { members } = parsedShard(raw);
    return Object.entries(members).map(([id, m]) => ({ id, ...m }));
  });
}

/** The index's members, oldest id first, and its last rebuild (built first if it never was). */
async function readIndex(store: JsonStore): Promise<{ subscribers: Subscriber[]; index: AudienceIndexState | null }> {
  let raw = await store.get(audienceKeys.built);
  if (!raw) {
    await rebuildAudienceIndex(store);
    raw = await store.get(audienceKeys.built);
  }
  const index = indexStateSchema.safeParse(raw);
  const subscribers = (await readShards(store)).sort((a, b) => a.id.localeCompare(b.id));
  return { subscribers, index: index.success ? index.data : null };
}

/**
 * Every confirmed subscriber, oldest id first, from the index (built first if it never was): what an alert is
 * enqueued for. A suppressed address is still listed here: the sender drops it and counts it as failed.
 */
export async function indexedSubscribers(store: JsonStore): Promise<Subscriber[]> {
  return (await readIndex(store)).subscribers;
}

/** Whether a subscriber is in an alert's audience. */
export function inAudience(audience: AlertAudience, districts: Subscriber['districts'] | undefined): boolean {
  if (audience === 'everyone') return true;
  if ('chamber' in audience) return Boolean(districts?.[audience.chamber]);
  return [districts?.house, districts?.senate].some((d) => d && audience.districts.includes(d));
}

/**
 * The subscribers an alert would reach now: in its audience and not suppressed (a bounce or complaint). What staff
 * see before sending: a few reads however long the list (the index's shards and the suppression list's one listing).
 */
export async function reachableAudience(audience: AlertAudience, stores: AudienceStores): Promise<Subscriber[]> {
  const { subscribers } = await reachableSubscribers(stores);
  return subscribers.filter((s) => inAudience(audience, s.districts));
}

export type AudienceStores = { signups: JsonStore; mail: JsonStore; salt: string };

/**
 * Every subscriber an alert could reach now (not suppressed), whatever its audience, and the index's last rebuild: one
 * read of the index for a whole staff page, which counts the audience several ways.
 */
export async function reachableSubscribers(
  stores: AudienceStores,
): Promise<{ subscribers: Subscriber[]; index: AudienceIndexState | null }> {
  const [{ subscribers, index }, suppressed] = await Promise.all([
    readIndex(stores.signups),
    suppressedHashes(stores.mail),
  ]);
  return { subscribers: subscribers.filter((s) => !suppressed.has(addressHash(stores.salt, s.email))), index };
}
