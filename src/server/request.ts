/**
 * Reading requests from the public web safely: size limits, accepted content types, same-site checks, and whether
 * the reply should be a page (plain HTML form) or JSON (our script).
 */
import { createHash } from 'node:crypto';
import { fail } from '../lib/api.ts';

export type ParsedBody = { kind: 'form' | 'json'; data: Record<string, unknown> };

/** True for a plain HTML form post, which expects a page (redirect) back rather than JSON. */
export function isFormPost(req: Request): boolean {
  const type = req.headers.get('content-type') ?? '';
  return type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data');
}

/**
 * Reads a JSON or form body of at most maxBytes. Returns the fields, or the error Response to send (413, 415, 422).
 * The limit is enforced on the bytes actually read, not only on Content-Length.
 */
export async function readBody(req: Request, maxBytes: number): Promise<ParsedBody | Response> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return fail('payload_too_large', 413, `Send at most ${Math.floor(maxBytes / 1000)} KB.`);
  const type = req.headers.get('content-type') ?? '';
  const isJson = type.startsWith('application/json');
  const isUrlEncoded = type.startsWith('application/x-www-form-urlencoded');
  if (!isJson && !isUrlEncoded) return fail('unsupported_media_type', 415, 'Send JSON or a form.');

  const reader = req.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return fail('payload_too_large', 413, `Send at most ${Math.floor(maxBytes / 1000)} KB.`);
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
  if (isUrlEncoded) {
    const data: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(text)) data[key] = value;
    return { kind: 'form', data };
  }
  try {
    const data = JSON.parse(text) as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return fail('validation_error', 422, 'Send a JSON object.');
    }
    return { kind: 'json', data: data as Record<string, unknown> };
  } catch {
    return fail('validation_error', 422, 'The request body is not valid JSON.');
  }
}

/**
 * Refuses cross-site posts (CSRF): browsers mark them with Origin and Sec-Fetch-Site. A request without either
 * header is not from a browser page and cannot ride on anyone's session, so it is allowed.
 */
export function isCrossSite(req: Request, allowedOrigins: string[]): boolean {
  if (req.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = req.headers.get('origin');
  if (!origin || origin === 'null') return origin === 'null';
  const own = new URL(req.url).origin;
  return origin !== own && !allowedOrigins.includes(origin);
}

/**
 * A key for per-visitor limits that never stores the IP address itself: a hash with a daily-rotating salt would be
 * stronger, but limits must survive midnight, so the hash is salted with a deployment secret when one is set.
 */
export function clientKey(ip: string | undefined, salt: string): string {
  return createHash('sha256').update(`${salt}\n${ip ?? 'unknown'}`).digest('hex').slice(0, 24);
}

/** The client's IP as Netlify reports it (context.ip), or from the header its edge adds. */
export function clientIp(req: Request, contextIp?: string): string | undefined {
  return contextIp ?? req.headers.get('x-nf-client-connection-ip') ?? undefined;
}

/** A 303 See Other to a path on this site: how a function answers a plain HTML form. */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { location: path, 'cache-control': 'no-store' } });
}
