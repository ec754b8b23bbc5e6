/**
 * Sends email through Resend, or writes it to an on-disk outbox when no RESEND_API_KEY is set (local runs).
 * Every send carries an idempotency key: Resend keeps one email per key for 24 hours, and the outbox keeps one file
 * per key, so a retry after a timeout never delivers twice.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Resend } from 'resend';
import type { AppConfig } from './config.ts';

export type OutgoingEmail = {
  from: string;
  to: string[];
  cc?: string[];
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  tags?: { name: string; value: string }[];
};

export type SendResult =
  | { ok: true; id: string }
  | {
      ok: false;
      /** true when trying again later may succeed (rate limit, outage, timeout); false for a rejected message */
      retryable: boolean;
      status: number | null;
      code: string;
      /** seconds the provider asked us to wait, when it said */
      retryAfter?: number;
    };

export type Mailer = {
  kind: 'resend' | 'outbox' | 'unconfigured';
  send(email: OutgoingEmail, idempotencyKey: string): Promise<SendResult>;
};

/** How long one call to Resend may take before we treat it as failed and leave the message queued. */
const SEND_TIMEOUT_MS = 8000;

/** Resend error names after which the same message may go through later. */
const RETRYABLE = new Set(['rate_limit_exceeded', 'application_error', 'internal_server_error', 'concurrent_idempotent_requests', 'daily_quota_exceeded']);

/** Resend as the SDK ships it; RESEND_BASE_URL points it at a local fake API in tests. */
export function resendMailer(apiKey: string, baseUrl?: string): Mailer {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    kind: 'resend',
    async send(email, idempotencyKey) {
      const { data, error, headers } = await resend.emails.send(
        {
          from: email.from,
          to: email.to,
          ...(email.cc?.length ? { cc: email.cc } : {}),
          ...(email.replyTo ? { replyTo: email.replyTo } : {}),
          subject: email.subject,
          text: email.text,
          html: email.html,
          ...(email.headers ? { headers: email.headers } : {}),
          ...(email.tags ? { tags: email.tags } : {}),
        },
        { idempotencyKey, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) } as { idempotencyKey: string },
      );
      if (data) return { ok: true, id: data.id };
      const status = error?.statusCode ?? null;
      const retryAfter = Number(headers?.['retry-after']);
      return {
        ok: false,
        retryable: status === null || status === 429 || status >= 500 || RETRYABLE.has(error?.name ?? ''),
        status,
        code: error?.name ?? 'unknown',
        ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}),
      };
    },
  };
}

/** An idempotency key as a file-name-safe token: hashed, so keys never become paths. */
function keyToken(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32);
}

/** Writes each email as a JSON file in a folder: what a local run "sends". One file per idempotency key. */
export function outboxMailer(dir: string): Mailer {
  return {
    kind: 'outbox',
    async send(email, idempotencyKey) {
      await mkdir(dir, { recursive: true });
      const token = keyToken(idempotencyKey);
      const file = join(dir, `${token}.json`);
      const id = `outbox-${token}`;
      const record = { id, idempotencyKey, createdAt: new Date().toISOString(), ...email };
      try {
        await writeFile(file, JSON.stringify(record, null, 2) + '\n', { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        // Already "sent" under this key: answer as Resend does, with the first email's id.
        const existing = JSON.parse(await readFile(file, 'utf8')) as { id: string };
        return { ok: true, id: existing.id };
      }
      return { ok: true, id };
    },
  };
}

/** A deployed site without a Resend key must not pretend to send: messages stay queued until it is configured. */
function unconfiguredMailer(): Mailer {
  return {
    kind: 'unconfigured',
    async send() {
      return { ok: false, retryable: true, status: null, code: 'mailer_not_configured' };
    },
  };
}

/** Picks the mailer for these settings (`config.mailer`, from src/server/config.ts). */
export function createMailer(settings: AppConfig['mailer']): Mailer {
  if (settings.resendApiKey) return resendMailer(settings.resendApiKey, settings.resendBaseUrl);
  if (settings.deployed) return unconfiguredMailer();
  return outboxMailer(resolve(settings.outboxDir));
}
