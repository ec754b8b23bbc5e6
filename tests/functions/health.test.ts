import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../functions/health.mts';
import { startLocalBlobs, type LocalBlobs } from '../helpers/blobs.ts';

describe('GET /api/health', () => {
  let blobs: LocalBlobs;
  beforeAll(async () => {
    blobs = await startLocalBlobs();
  });
  afterAll(() => blobs.stop());

  it('says email goes to the outbox when no Resend key is set', async () => {
    const res = await handle(new Request('http://x/api/health'), { env: {}, store: () => blobs.store('health') });
    expect(await res.json()).toEqual({ data: { store: 'netlify-blobs', mailer: 'outbox', context: 'dev' } });
  });

  it('reports a storage outage as 502 without internals', async () => {
    const res = await handle(new Request('http://x/api/health'), {
      env: {},
      store: () => ({ ...blobs.store('health'), get: () => Promise.reject(new Error('ECONNREFUSED 10.0.0.1')) }),
    });
    expect(res.status).toBe(502);
    expect(JSON.stringify(await res.json())).not.toContain('ECONNREFUSED');
  });

  it('rejects other methods', async () => {
    const res = await handle(new Request('http://x/api/health', { method: 'POST' }), { env: {}, store: () => blobs.store('h') });
    expect(res.status).toBe(405);
  });
});
