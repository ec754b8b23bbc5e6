import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeCallCounts } from '../../src/server/store.ts';
import { startLocalBlobs, type LocalBlobs } from '../helpers/blobs.ts';

describe('JSON store on a local Netlify Blobs server', () => {
  let blobs: LocalBlobs;
  beforeAll(async () => {
    blobs = await startLocalBlobs();
  });
  afterAll(() => blobs.stop());

  it('stores and reads records', async () => {
    const store = blobs.store('records');
    await store.set('a/1', { n: 1 });
    expect(await store.get('a/1')).toEqual({ n: 1 });
    expect(await store.get('missing')).toBeNull();
  });

  it('creates a record only once', async () => {
    const store = blobs.store('records');
    expect(await store.create('once', { v: 'first' })).toBe(true);
    expect(await store.create('once', { v: 'second' })).toBe(false);
    expect(await store.get('once')).toEqual({ v: 'first' });
  });

  it('counts every call it makes, by kind (what the surge benchmark reports)', async () => {
    const store = blobs.store('counted');
    const before = storeCallCounts();
    await store.set('k', {});
    await store.create('k', {});
    await store.get('k');
    await store.keys('');
    await store.delete('k');
    const after = storeCallCounts();
    for (const kind of ['get', 'set', 'create', 'delete', 'list'] as const) expect(after[kind] - before[kind]).toBe(1);
  });

  it('lists keys under a prefix, in order', async () => {
    const store = blobs.store('listing');
    await Promise.all(['c/2', 'c/1', 'd/1'].map((k) => store.set(k, {})));
    expect(await store.keys('c/')).toEqual(['c/1', 'c/2']);
    await store.delete('c/1');
    expect(await store.keys('c/')).toEqual(['c/2']);
  });
});
