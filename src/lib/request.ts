import { fail } from './api.ts';

export type ReadInput =
  | {
      ok: true;
      input: Record<string, unknown> /** a plain HTML form post: answer with a redirect or a page */;
      fromHtmlForm: boolean;
    }
  | { ok: false; response: Response };

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];
const tooLarge = () => ({ ok: false as const, response: fail('payload_too_large', 413, 'That request is too large.') });

/**
 * Reads the body with a byte limit, whatever Content-Length claims (or omits): a public endpoint must not buffer an
 * arbitrarily large upload. Returns null when the limit is passed.
 */
async function readLimited(req: Request, maxBytes: number): Promise<string | null> {
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // not awaited: on a cloned request's body, cancelling one branch settles only once the other is cancelled too
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** Form fields as one object; a field sent more than once (checkboxes) becomes a list, in the order sent. */
function fieldsOf(entries: Iterable<[string, FormDataEntryValue]>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (typeof value !== 'string') continue;
    const seen = input[key];
    input[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return input;
}

/**
 * Reads what a caller sent, however it was sent: a GET query string, an HTML form post (urlencoded or multipart)
 * or a JSON body, as one plain object for the zod schema. Functions use it so a form without JavaScript and a
 * script's fetch reach the same validation. Bodies over `maxBytes` are refused.
 */
export async function readInput(req: Request, maxBytes = 16_384): Promise<ReadInput> {
  if (req.method === 'GET' || req.method === 'HEAD') {
    return { ok: true, input: fieldsOf(new URL(req.url).searchParams), fromHtmlForm: false };
  }
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return tooLarge();
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !FORM_TYPES.includes(type)) {
    return { ok: false, response: fail('unsupported_media_type', 415, 'Send a form or JSON.') };
  }
  const text = await readLimited(req, maxBytes);
  if (text === null) return tooLarge();
  if (type === 'application/json') {
    try {
      const body: unknown = JSON.parse(text);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object');
      return { ok: true, input: body as Record<string, unknown>, fromHtmlForm: false };
    } catch {
      return { ok: false, response: fail('validation_error', 422, 'The request body is not a JSON object.') };
    }
  }
  let form: FormData;
  try {
    form = await new Response(text, { headers: { 'content-type': req.headers.get('content-type')! } }).formData();
  } catch {
    return { ok: false, response: fail('validation_error', 422, 'The form could not be read.') };
  }
  // A script may post a form body too; only a browser's own form submission wants a page back.
  const accept = req.headers.get('accept') ?? '';
  return { ok: true, input: fieldsOf(form), fromHtmlForm: !accept.includes('application/json') };
}

/** Whether the client asked for JSON (a script's fetch) rather than a page (a browser's form post or link). */
export function wantsJson(req: Request): boolean {
  const accept = req.headers.get('accept') ?? '';
  const type = req.headers.get('content-type') ?? '';
  return type.includes('application/json') || (accept.includes('application/json') && !accept.includes('text/html'));
}
