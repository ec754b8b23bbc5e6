import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConfig } from '../../src/server/config.ts';
import {
  createMailer,
  emailDocument,
  fromHeader,
  outboxMailer,
  resendMailer,
  type OutgoingEmail,
} from '../../src/server/mailer.ts';
import { startFakeResend, type FakeResend } from '../helpers/fake-resend.ts';

const email: OutgoingEmail = {
  from: 'Campaign <letters@example.org>',
  to: ['rep@mahouse.gov'],
  replyTo: 'constituent@example.com',
  subject: 'Please support 7061-9634',
  text: 'Dear Representative,',
  html: '<p>Dear Representative,</p>',
};

describe('Resend mailer (real SDK against a local fake API)', () => {
  let fake: FakeResend;
  beforeAll(async () => {
    fake = await startFakeResend();
  });
  afterAll(() => fake.close());

  it('sends once per idempotency key, even when called twice', async () => {
    const mailer = resendMailer(fake.apiKey, fake.url);
    const first = await mailer.send(email, 'letter-1');
    const second = await mailer.send(email, 'letter-1');
    expect(first).toEqual({ ok: true, id: expect.any(String) });
    expect(second).toEqual(first);
    expect(fake.delivered.filter((d) => d.idempotencyKey === 'letter-1')).toHaveLength(1);
    expect(fake.delivered[0]!.email.reply_to).toEqual(['constituent@example.com']);
  });

  it('reports a rate limit as retryable, with the wait Resend asked for', async () => {
    fake.failNext(1, 429, 2);
    const result = await resendMailer(fake.apiKey, fake.url).send(email, 'letter-2');
    expect(result).toEqual({ ok: false, retryable: true, status: 429, code: 'rate_limit_exceeded', retryAfter: 2 });
  });

  it('reports an outage as retryable and a rejected message as final', async () => {
    fake.failNext(1, 503);
    expect(await resendMailer(fake.apiKey, fake.url).send(email, 'letter-3')).toMatchObject({
      ok: false,
      retryable: true,
      status: 503,
    });
    const rejected = await resendMailer(fake.apiKey, fake.url).send({ ...email, subject: '' }, 'letter-4');
    expect(rejected).toMatchObject({ ok: false, retryable: false, status: 422 });
  });

  it('treats reset and refused connections as retryable, and sends once when Resend is back', async () => {
    const mailer = resendMailer(fake.apiKey, fake.url);
    await fake.goDown('reset');
    expect(await mailer.send(email, 'letter-6')).toMatchObject({ ok: false, retryable: true, status: null });
    await fake.goDown('refuse');
    expect(await mailer.send(email, 'letter-6')).toMatchObject({ ok: false, retryable: true, status: null });
    await fake.recover();
    expect(await mailer.send(email, 'letter-6')).toEqual({ ok: true, id: expect.any(String) });
    expect(fake.delivered.filter((d) => d.idempotencyKey === 'letter-6')).toHaveLength(1);
  });

  it('treats an unreachable API as retryable', async () => {
    const result = await resendMailer(fake.apiKey, 'http://127.0.0.1:9').send(email, 'letter-5');
    expect(result).toMatchObject({ ok: false, retryable: true, status: null });
  });
});

describe('outbox mailer (local runs)', () => {
  it('writes one readable file per idempotency key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'outbox-'));
    try {
      const mailer = outboxMailer(dir);
      const a = await mailer.send(email, 'k1');
      const again = await mailer.send({ ...email, subject: 'changed' }, 'k1');
      await mailer.send(email, 'k2');
      expect(again).toEqual(a);
      const files = await readdir(dir);
      expect(files).toHaveLength(2);
      const saved = JSON.parse(
        await readFile(join(dir, files.find((f) => a.ok && a.id.endsWith(f.slice(0, -5)))!), 'utf8'),
      );
      expect(saved).toMatchObject({
        to: ['rep@mahouse.gov'],
        subject: 'Please support 7061-9634',
        replyTo: 'constituent@example.com',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('createMailer', () => {
  it('uses Resend when a key is set, the outbox locally, and refuses to fake sending on a deployed site', () => {
    const settings = (env: Record<string, string>) => checkConfig(env).config.mailer;
    expect(createMailer(settings({ RESEND_API_KEY: 're_x' })).kind).toBe('resend');
    expect(createMailer(settings({})).kind).toBe('outbox');
    expect(createMailer(settings({ CONTEXT: 'dev' })).kind).toBe('outbox');
    expect(createMailer(settings({ CONTEXT: 'production' })).kind).toBe('unconfigured');
  });
});

describe('fromHeader', () => {
  it('names the campaign, or the person sending through us, whose name cannot break out of the quotes', () => {
    expect(fromHeader('Take Action for Mentoring', 'no-reply@example.org')).toBe(
      '"Take Action for Mentoring" <no-reply@example.org>',
    );
    expect(fromHeader('Take Action', 'a@example.org', 'Ana "x" <evil@example.com>\u202e')).toBe(
      '"Ana x evil@example.com via Take Action" <a@example.org>',
    );
  });
});

describe('emailDocument', () => {
  it('wraps the body in a document in the reader’s language', () => {
    expect(emailDocument('en', '<p>Hello</p>')).toBe(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>\n<p>Hello</p>\n</body></html>',
    );
    expect(emailDocument('pt', '<p>Olá</p>')).toContain('<html lang="pt-BR">');
  });
});
