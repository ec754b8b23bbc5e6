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

  it('names each setting a deployed site is missing or has wrong, with a 503, never their values', async () => {
    const env = {
      CONTEXT: 'production',
      MAIL_FROM: 'Sender <not-an-address>',
      RESEND_API_KEY: 're_secret_value',
      STAFF_EMAIL: 'staff@example.org',
      ADMIN_TOKEN: 'staff-secret-0123456789',
      STAFF_EMAILS: 'ana@example.org',
      STAFF_SESSION_SECRET: 'a-long-random-staff-session-secret-0123456789',
    };
    const res = await handle(new Request('http://x/api/health'), { env, store: () => blobs.store('health') });
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.error.code).toBe('not_configured');
    expect(Object.keys(body.error.fields)).toEqual(['MAIL_FROM', 'RATE_LIMIT_SALT']);
    expect(body.error.message).toContain('MAIL_FROM, RATE_LIMIT_SALT');
    const text = JSON.stringify(body);
    for (const value of ['not-an-address', 're_secret_value', 'staff-secret', 'staff-session-secret'])
      expect(text).not.toContain(value);
  });

  it('says the MAIL_FROM the README shows is fine', async () => {
    const env = {
      CONTEXT: 'production',
      MAIL_FROM: 'Take Action for Mentoring <no-reply@massmentors.org>',
      RESEND_API_KEY: 're_x',
      STAFF_EMAIL: 'staff@example.org',
      ADMIN_TOKEN: 'staff-secret-0123456789',
      RATE_LIMIT_SALT: 'a-long-random-deployment-secret',
      STAFF_EMAILS: 'ana@example.org',
      STAFF_SESSION_SECRET: 'a-long-random-staff-session-secret-0123456789',
    };
    const res = await handle(new Request('http://x/api/health'), { env, store: () => blobs.store('health') });
    expect(await res.json()).toEqual({ data: { store: 'netlify-blobs', mailer: 'resend', context: 'production' } });
  });

  it('rejects other methods', async () => {
    const res = await handle(new Request('http://x/api/health', { method: 'POST' }), {
      env: {},
      store: () => blobs.store('h'),
    });
    expect(res.status).toBe(405);
  });
});
