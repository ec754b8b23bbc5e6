/**
 * Sends email through Resend, or writes it to an on-disk outbox when no RESEND_API_KEY is set (local runs).
 * Every send carries an idempotency key: Resend keeps one email per key for 24 hours, and the outbox keeps one file
 * per key, so a retry after a timeout never delivers twice.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Resend } from 'resend';
import { displayName } from '../lib/letters.ts';
import { htmlLang, type Locale } from '../i18n/locales.ts';
import type { AppConfig } from './config.ts';

/**
 * The From header of every email we send: the campaign's name and address, or "<person> via <name>" for what a
 * person sends through us (their name cleaned of quotes, brackets and invisible characters: it cannot forge a header).
 */
export function fromHeader(senderName: string, address: string, onBehalfOf?: string): string {
  const name = onBehalfOf === undefined ? senderName : `${displayName(onBehalfOf)} via ${senderName}`;
  return `"${name}" <${address}>`;
}

/** An email's HTML document around its body, in the reader's language. */
export function emailDocument(locale: Locale, body: string): string {
  return `<!doctype html><html lang="${htmlLang(locale)}"><head><meta charset="utf-8"></head><body>
${body}
</body></html>`;
}

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

/** One email's outcome inside a batch call that was accepted as a whole. */
export type BatchItemResult = { ok: true; id: string } | { ok: false; message: string };

/**
 * A batch call (up to 100 emails) under one idempotency key: accepted (each email's id, or why that one email was
 * refused), or failed as a whole, nothing sent.
 */
export type BatchResult = { ok: true; results: BatchItemResult[] } | Extract<SendResult, { ok: false }>;

/** Resend's batch endpoint takes at most this many emails per call. */
export const MAX_BATCH = 100;

export type Mailer = {
  kind: 'resend' | 'outbox' | 'unconfigured';
  /** `expiresAt`: the email is useless after it (a sign-in link): a queue drops it then; a direct send ignores it */
  send(email: OutgoingEmail, idempotencyKey: string, options?: { expiresAt?: Date }): Promise<SendResult>;
  /** Sends up to MAX_BATCH emails in one call; a retry with the same key and emails never sends twice. */
  sendBatch(emails: OutgoingEmail[], idempotencyKey: string): Promise<BatchResult>;
};

/** How long one call to Resend may take before we treat it as failed and leave the message queued. */
const SEND_TIMEOUT_MS = 8000;

/** Resend error names after which the same message may go through later. */
const RETRYABLE = new Set([
  'rate_limit_exceeded',
  'application_error',
  'internal_server_error',
  'concurrent_idempotent_requests',
  'daily_quota_exceeded',
]);

/** The SDK's shape of one email from ours. */
function toResend(email: OutgoingEmail) {
  return {
    from: email.from,
    to: email.to,
    ...(email.cc?.length ? { cc: email.cc } : {}),
    ...(email.replyTo ? { replyTo: email.replyTo } : {}),
    subject: email.subject,
    text: email.text,
    html: email.html,
    ...(email.headers ? { headers: email.headers } : {}),
    ...(email.tags ? { tags: email.tags } : {}),
  };
}

type ResendError = { statusCode?: number | null; name?: string } | null;

/** A failed call as our result: whether a retry may help, and how long the provider asked us to wait. */
function failure(error: ResendError, headers: Record<string, string> | null): Extract<SendResult, { ok: false }> {
  const status = error?.statusCode ?? null;
  const retryAfter = Number(headers?.['retry-after']);
  return {
    ok: false,
    retryable: status === null || status === 429 || status >= 500 || RETRYABLE.has(error?.name ?? ''),
    status,
    code: error?.name ?? 'unknown',
    ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}),
  };
}

/** Resend as the SDK ships it; RESEND_BASE_URL points it at a local fake API in tests. */
export function resendMailer(apiKey: string, baseUrl?: string): Mailer {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    kind: 'resend',
    async send(email, idempotencyKey) {
      const { data, error, headers } = await resend.emails.send(toResend(email), {
        idempotencyKey,
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      } as { idempotencyKey: string });
      if (data) return { ok: true, id: data.id };
      return failure(error, headers);
    },
    async sendBatch(emails, idempotencyKey) {
      // permissive: one refused address does not hold back the other 99; refused ones are listed by index
      const { data, error, headers } = await resend.batch.send(emails.map(toResend), {
        idempotencyKey,
        batchValidation: 'permissive',
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      } as { idempotencyKey: string; batchValidation: 'permissive' });
      if (!data) return failure(error, headers);
      const errors = new Map((data.errors ?? []).map((e) => [e.index, e.message]));
      const ids = [...data.data];
      const results = emails.map((_, i): BatchItemResult => {
        const refused = errors.get(i);
        if (refused !== undefined) return { ok: false, message: refused };
        const next = ids.shift();
        return next ? { ok: true, id: next.id } : { ok: false, message: 'no id in the reply' };
      });
      return { ok: true, results };
    },
  };
}

/** An idempotency key as a file-name-safe token: hashed, so keys never become paths. */
function keyToken(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32);
}

/** Writes each email as a JSON file in a folder: what a local run "sends". One file per idempotency key. */
export function outboxMailer(dir: string): Mailer {
  const send = async (email: OutgoingEmail, idempotencyKey: string): Promise<SendResult> => {
    await mkdir(dir, { recursive: true });
    const token = keyToken(idempotencyKey);
    const file = join(dir, `${token}.json`);
    const id = `outbox-${token}`;
    const record = { id, idempotencyKey, createdAt: new Date().toISOString(), ...email };
    try {
      await writeFile(file, `${JSON.stringify(record, null, 2)}\n`, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Already "sent" under this key: answer as Resend does, with the first email's id.
      const existing = JSON.parse(await readFile(file, 'utf8')) as { id: string };
      return { ok: true, id: existing.id };
    }
    return { ok: true, id };
  };
  return {
    kind: 'outbox',
    send,
    // one file per email of the batch, each under the batch key and its place in it: a retry rewrites nothing
    async sendBatch(emails, idempotencyKey) {
      const results: BatchItemResult[] = [];
      for (const [i, email] of emails.entries()) {
        const sent = await send(email, `${idempotencyKey}#${i}`);
        results.push(sent.ok ? sent : { ok: false, message: sent.code });
      }
      return { ok: true, results };
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
    async sendBatch() {
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
