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
  };
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
