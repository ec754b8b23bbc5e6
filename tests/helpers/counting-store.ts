// A store that counts what is asked of it: how many Blobs calls a flow makes, of which kind, and in how many rounds
// (a round: calls that overlap in time; the next round starts when nothing is in flight), to keep a request's cost
// in view.
import type { JsonStore } from '../../src/server/store.ts';

export type CallCount = { calls: number; rounds: number; byKind: Record<string, number>; keys: string[] };

export function countingStore(store: JsonStore): { store: JsonStore; count: CallCount; reset(): void } {
  const count: CallCount = { calls: 0, rounds: 0, byKind: {}, keys: [] };
  let inFlight = 0;
  const counted =
    <A extends unknown[], R>(kind: string, run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      count.calls++;
      count.byKind[kind] = (count.byKind[kind] ?? 0) + 1;
      count.keys.push(`${kind} ${String(args[0] ?? '')}`);
      if (inFlight++ === 0) count.rounds++;
      try {
        return await run(...args);
      } finally {
        inFlight--;
      }
    };
  const wrapped: JsonStore = {
    ...(store.id ? { id: store.id } : {}),
    get: counted('get', (key: string) => store.get(key)) as JsonStore['get'],
    set: counted('set', (key: string, value: unknown) => store.set(key, value)),
    create: counted('create', (key: string, value: unknown) => store.create(key, value)),
    delete: counted('delete', (key: string) => store.delete(key)),
    keys: counted('list', (prefix?: string) => store.keys(prefix)),
    // a conditional read or write is one Blobs call like any other (counted as a get, a set or a create)
    ...(store.getVersioned && store.setIfVersion
      ? {
          getVersioned: counted('get', (key: string) => store.getVersioned!(key)) as JsonStore['getVersioned'],
          setIfVersion: (key: string, value: unknown, version: string | null) =>
            counted(version ? 'set' : 'create', (_key: string) => store.setIfVersion!(key, value, version))(key),
        }
      : {}),
  };
  return {
    store: wrapped,
    count,
    reset() {
      Object.assign(count, { calls: 0, rounds: 0, byKind: {}, keys: [] });
    },
  };
}
