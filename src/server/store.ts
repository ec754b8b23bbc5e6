/**
 * Storage behind one small interface (Netlify Blobs today), so records could move to a database without touching
 * handlers. Stores are strongly consistent: a letter written before sending must be readable by the retry job.
 */
import { getStore, type Store } from '@netlify/blobs';
import type { z } from 'zod';

export type JsonStore = {
  /**
   * Which store this is, the same for every handle on it in this process (a warm instance opens a store per
   * request): what lets a process remember facts about a store's keys across requests (the mail engine's paces).
   */
  readonly id?: string;
  /** Reads one record, or null when the key is absent. */
  get<T>(key: string): Promise<T | null>;
  /** Writes one record, replacing any previous value. */
  set(key: string, value: unknown): Promise<void>;
  /**
   * Writes a record only if the key is absent. Returns false when it already existed: how duplicates are caught
   * without a read-then-write race.
   */
  create(key: string, value: unknown): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Lists keys under a prefix; callers design keys so the reads they need are prefix scans. */
  keys(prefix?: string): Promise<string[]>;
  /** Reads one record with its version (the Blobs ETag), for a write that must not overwrite a newer one. */
  getVersioned?<T>(key: string): Promise<{ value: T; version: string } | null>;
  /**
   * Writes a record only if it is still at `version` (null: only if absent). False when another write came first:
   * how a record many writers change (a shard of an index) stays exact without a lock.
   */
  setIfVersion?(key: string, value: unknown, version: string | null): Promise<boolean>;
};

/** Options for reaching a Blobs server explicitly (tests, scripts); inside Netlify the context supplies them. */
export type BlobsConnection = {
  siteID: string;
  token: string;
  apiURL?: string;
  edgeURL?: string;
  uncachedEdgeURL?: string;
};

/**
 * Creates of one key within this process, one at a time: Netlify's `onlyIfNew` is atomic, but the local Blobs server
 * checks and writes in two steps, so without this a burst on one process (tests, the local stack) could create a key
 * twice, and the limiter's slots would not hold there.
 */
const creating = new Map<string, Promise<unknown>>();
function oneCreateAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const before = creating.get(key) ?? Promise.resolve();
  const mine = before.then(run, run);
  const settled = mine.catch(() => undefined);
  creating.set(key, settled);
  void settled.then(() => {
    if (creating.get(key) === settled) creating.delete(key);
  });
  return mine;
}

export type StoreCallCounts = Record<'get' | 'set' | 'create' | 'delete' | 'list', number>;

const callCounts: StoreCallCounts = { get: 0, set: 0, create: 0, delete: 0, list: 0 };

/**
 * How many Blobs calls this process has made, by kind, since it started: what the benchmarks report, since in a surge
 * the Blobs service's calls, not our CPU, bound how fast mail goes.
 */
export function storeCallCounts(): StoreCallCounts {
  return { ...callCounts };
}

/** Whether the Blobs server answers a read with its ETag (Netlify's does; the local emulator's does not). */
let readsHaveETags = true;

function wrap(store: Store, name: string): JsonStore {
  return {
    id: name,
    async get<T>(key: string) {
      callCounts.get++;
      return (await store.get(key, { type: 'json', consistency: 'strong' })) as T | null;
    },
    async set(key, value) {
      callCounts.set++;
      await store.setJSON(key, value);
    },
    async create(key, value) {
      callCounts.create++;
      const create = async () => (await store.setJSON(key, value, { onlyIfNew: true })).modified;
      return oneCreateAtATime(`${name}\n${key}`, create);
    },
    async delete(key) {
      callCounts.delete++;
      await store.delete(key);
    },
    async keys(prefix) {
      callCounts.list++;
      const { blobs } = await store.list({ prefix });
      return blobs.map((b) => b.key).sort();
    },
    async getVersioned<T>(key: string) {
      callCounts.get++;
      if (readsHaveETags) {
        const found = await store.getWithMetadata(key, { type: 'json', consistency: 'strong' });
        if (!found) return null;
        if (found.etag) return { value: found.data as T, version: found.etag };
        readsHaveETags = false;
      }
      // the local emulator (netlify dev) sends no ETag with a read, but lists them: the listing goes first, so a
      // write between the two makes the conditional write fail and the caller read again
      callCounts.list++;
      const listed = (await store.list({ prefix: key })).blobs.find((b) => b.key === key);
      const value = listed ? await store.get(key, { type: 'json', consistency: 'strong' }) : null;
      return listed && value !== null ? { value: value as T, version: listed.etag } : null;
    },
    async setIfVersion(key, value, version) {
      callCounts[version ? 'set' : 'create']++;
      const write = async () =>
        (await store.setJSON(key, value, version ? { onlyIfMatch: version } : { onlyIfNew: true })).modified;
      return oneCreateAtATime(`${name}\n${key}`, write);
    },
  };
}

/** Opens a named store: from the Netlify runtime context by default, or from an explicit connection. */
export function openStore(name: string, connection?: BlobsConnection): JsonStore {
  const store = connection
    ? getStore({ name, consistency: 'strong', ...connection })
    : getStore({ name, consistency: 'strong' });
  return wrap(store, `${connection?.siteID ?? ''}/${name}`);
}

/**
 * One store seen as another under a key prefix: tests give a flow and the mail engine one Blobs store each this way
 * (their keys, such as `due/`, would otherwise meet).
 */
export function scopedStore(store: JsonStore, prefix: string): JsonStore {
  return {
    ...(store.id ? { id: `${store.id}/${prefix}` } : {}),
    get: <T>(key: string) => store.get<T>(prefix + key),
    set: (key, value) => store.set(prefix + key, value),
    create: (key, value) => store.create(prefix + key, value),
    delete: (key) => store.delete(prefix + key),
    keys: async (under = '') => (await store.keys(prefix + under)).map((k) => k.slice(prefix.length)),
    ...(store.getVersioned && store.setIfVersion ? versionedUnder(store, prefix) : {}),
  };
}

/** A store's conditional reads and writes under a key prefix (scopedStore's). */
function versionedUnder(store: JsonStore, prefix: string): Pick<JsonStore, 'getVersioned' | 'setIfVersion'> {
  return {
    getVersioned: <T>(key: string) => store.getVersioned!<T>(prefix + key),
    setIfVersion: (key, value, version) => store.setIfVersion!(prefix + key, value, version),
  };
}

/**
 * Changes one record that several writers may change at once, without losing any change: read it with its version,
 * apply `change`, write only if no one wrote meanwhile, else again from the newer record. `change` returns the new
 * record, or undefined to leave it as it is. Needs a store with conditional writes (Netlify Blobs has them).
 */
export async function updateRecord<T>(
  store: JsonStore,
  key: string,
  change: (current: T | null) => T | undefined,
  attempts = 50,
): Promise<T | null> {
  if (!store.getVersioned || !store.setIfVersion) throw new Error(`store: ${key} needs conditional writes`);
  for (let attempt = 0; attempt < attempts; attempt++) {
    const found = await store.getVersioned<T>(key);
    const next = change(found?.value ?? null);
    if (next === undefined) return found?.value ?? null;
    if (await store.setIfVersion(key, next, found?.version ?? null)) return next;
    // another writer came first: a short random wait, so a crowd of writers does not collide again at once
    await new Promise((r) => setTimeout(r, Math.random() * 10 * (attempt + 1)));
  }
  throw new Error(`store: ${key} kept changing; gave up after ${attempts} tries`);
}

/**
 * Reads one record and checks it against its schema: a corrupt or outdated record is logged (by key, never its
 * content) and treated as absent, so one bad record can never turn a page, an export or a job into a 500.
 */
export async function readRecord<S extends z.ZodType>(
  store: JsonStore,
  key: string,
  schema: S,
): Promise<z.infer<S> | null> {
  let raw: unknown;
  try {
    raw = await store.get<unknown>(key);
  } catch (error) {
    if (error instanceof SyntaxError) {
      console.warn(`store: skipped ${key}: not JSON`);
      return null;
    }
    throw error;
  }
  if (raw === null) return null;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`);
  console.warn(`store: skipped ${key}: ${issues.join('; ')}`);
  return null;
}
