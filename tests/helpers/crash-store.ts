// A store that fails once, as a function instance that dies mid-request would: the first write to a matching key
// throws, and nothing after it in that request happens.
import type { JsonStore } from '../../src/server/store.ts';

export function crashOnce(store: JsonStore, matches: (key: string) => boolean): JsonStore {
  let crashed = false;
  const maybeCrash = (key: string) => {
    if (!crashed && matches(key)) {
      crashed = true;
      throw new Error(`simulated crash before writing ${key}`);
    }
  };
  return {
    ...store,
    get: (key) => store.get(key),
    keys: (prefix) => store.keys(prefix),
    delete: (key) => store.delete(key),
    async set(key, value) {
      maybeCrash(key);
      return store.set(key, value);
    },
    async create(key, value) {
      maybeCrash(key);
      return store.create(key, value);
    },
  };
}
