import type { z } from 'zod';
import type { ApiErrorCode } from './schemas/api-error.ts';
import { withSecurityHeaders } from './security-headers.ts';

const jsonHeaders = withSecurityHeaders({
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
});

/** A successful API reply, `{ data }`: the one shape clients read. */
export function ok<T>(data: T, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ data }), { status, headers: { ...jsonHeaders, ...headers } });
}

/**
 * A failing API reply, `{ error: { code, message, fields? } }`. The message is ours, never an internal error's text.
 */
export function fail(
  code: ApiErrorCode,
  status: number,
  message: string,
  fields?: Record<string, string[]>,
  headers: Record<string, string> = {},
): Response {
  const error = fields ? { code, message, fields } : { code, message };
  return new Response(JSON.stringify({ error }), { status, headers: { ...jsonHeaders, ...headers } });
}

/** Turns a zod error into per-field messages keyed by dotted path ("address.zip"), for forms to show beside inputs. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** The 422 reply for input that failed its schema. */
export function validationFailed(error: z.ZodError, message = 'Some answers need fixing.'): Response {
  return fail('validation_error', 422, message, fieldErrors(error));
}

/** The 405 reply, naming the methods the endpoint does take. */
export function methodNotAllowed(allowed: string[]): Response {
  return fail('method_not_allowed', 405, `Use ${allowed.join(' or ')}.`, undefined, { allow: allowed.join(', ') });
}

/**
 * A 303 See Other: after a form is handled, the browser loads this address with GET. With `base` (the request),
 * the location is absolute.
 */
export function seeOther(location: string, base?: Request): Response {
  const href = base ? new URL(location, base.url).href : location;
  return new Response(null, { status: 303, headers: { location: href, 'cache-control': 'no-store' } });
}
