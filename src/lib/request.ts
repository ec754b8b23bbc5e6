import { fail } from './api.ts';

export type ReadInput =
  | { ok: true; input: Record<string, unknown>; /** a plain HTML form post: answer with a redirect or a page */ fromHtmlForm: boolean }
  | { ok: false; response: Response };

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * Reads what a caller sent, however it was sent: a GET query string, an HTML form post (urlencoded or multipart)
 * or a JSON body, as one plain object for the zod schema. Functions use it so a form without JavaScript and a
 * script's fetch reach the same validation. Bodies over `maxBytes` are refused before they are read.
 */
export async function readInput(req: Request, maxBytes = 16_384): Promise<ReadInput> {
  if (req.method === 'GET' || req.method === 'HEAD') {
    return { ok: true, input: Object.fromEntries(new URL(req.url).searchParams), fromHtmlForm: false };
  }
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return { ok: false, response: fail('payload_too_large', 413, 'That request is too large.') };
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const text = await req.text();
  if (new TextEncoder().encode(text).length > maxBytes) {
    return { ok: false, response: fail('payload_too_large', 413, 'That request is too large.') };
  }
  if (type === 'application/json') {
    try {
      const body: unknown = JSON.parse(text);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object');
      return { ok: true, input: body as Record<string, unknown>, fromHtmlForm: false };
    } catch {
      return { ok: false, response: fail('validation_error', 422, 'The request body is not a JSON object.') };
    }
  }
  if (FORM_TYPES.includes(type)) {
    const form = await new Response(text, { headers: { 'content-type': req.headers.get('content-type')! } }).formData();
    const input: Record<string, unknown> = {};
    for (const [key, value] of form) if (typeof value === 'string') input[key] = value;
    // A script may post a form body too; only a browser's own form submission wants a page back.
    const accept = req.headers.get('accept') ?? '';
    return { ok: true, input, fromHtmlForm: !accept.includes('application/json') };
  }
  return { ok: false, response: fail('unsupported_media_type', 415, 'Send a form or JSON.') };
}
