/**
 * Reads a request body with a size limit, whatever Content-Length claims: a form endpoint open to the public must
 * not buffer an arbitrarily large upload.
 */
export type BodyResult =
  | { ok: true; kind: 'json' | 'form'; text: string }
  | { ok: false; reason: 'too_large' | 'unsupported_type' };

/** Reads a JSON or urlencoded form body of at most maxBytes. */
export async function readBody(req: Request, maxBytes: number): Promise<BodyResult> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const kind = type === 'application/json' ? 'json' : type === 'application/x-www-form-urlencoded' ? 'form' : null;
  if (!kind) return { ok: false, reason: 'unsupported_type' };
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: 'too_large' };
  if (!req.body) return { ok: true, kind, text: '' };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: 'too_large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, kind, text: new TextDecoder().decode(bytes) };
}
