/**
 * Storage behind one small interface (Netlify Blobs today), so records could move to a database without touching
 * handlers. Stores are strongly consistent: a letter written before sending must be readable by the retry job.
 */
import { getStore, type Store } from '@netlify/blobs';

export type JsonStore = {
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
export type BlobsConnection = { siteID: string; token: string; apiURL?: string; edgeURL?: string; uncachedEdgeURL?: string };

function wrap(store: Store): JsonStore {
  return {
    async get<T>(key: string) {
      return (await store.get(key, { type: 'json', consistency: 'strong' })) as T | null;
    },
    async set(key, value) {
      await store.setJSON(key, value);
    },
    async create(key, value) {
      const result = await store.setJSON(key, value, { onlyIfNew: true });
      return result.modified;
    },
    async delete(key) {
      await store.delete(key);
    },
    async keys(prefix) {
      const { blobs } = await store.list({ prefix });
      return blobs.map((b) => b.key).sort();
    },
  };
}

/** Opens a named store: from the Netlify runtime context by default, or from an explicit connection. */
export function openStore(name: string, connection?: BlobsConnection): JsonStore {
  return wrap(connection ? getStore({ name, consistency: 'strong', ...connection }) : getStore({ name, consistency: 'strong' }));
}
