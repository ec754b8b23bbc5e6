/**
 * A local stand-in for the Resend API (POST /emails) on 127.0.0.1. It checks what it receives the way Resend does
 * (API key, required fields, Idempotency-Key replays) and can be told to fail: answer 429 or 5xx for a number of
 * calls, or be down. `delivered` holds each email accepted once, so tests can assert exactly-once delivery.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export type ReceivedEmail = {
  from: string;
  to: string[];
  cc?: string[];
  reply_to?: string[];
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  tags?: { name: string; value: string }[];
};
type Fault = { status: number; name: string; count: number; retryAfter?: number };

export type FakeResend = {
  url: string;
  apiKey: string;
  /** every email accepted, once per idempotency key */
  delivered: { id: string; idempotencyKey: string | null; email: ReceivedEmail }[];
  /** every request that reached the server, including replays and failures */
  requests: { idempotencyKey: string | null; status: number }[];
  /** the next `count` calls fail with this status */
  failNext(count: number, status?: number, retryAfter?: number): void;
  /** each call fails with this probability (0..1), for load tests */
  failRandomly(share: number, status?: number): void;
  /** Resend is healthy again: drop every pending fault */
  recover(): void;
  close(): Promise<void>;
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, no) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => ok(body));
    req.on('error', no);
  });
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

const asList = (v: unknown): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v as string]);

export async function startFakeResend(apiKey = 're_test_key'): Promise<FakeResend> {
  const delivered: FakeResend['delivered'] = [];
  const requests: FakeResend['requests'] = [];
  const byKey = new Map<string, { id: string; body: string }>();
  const faults: Fault[] = [];
  let random: { share: number; status: number } | null = null;
  let nextId = 1;

  const server = createServer(async (req, res) => {
    const idempotencyKey = (req.headers['idempotency-key'] as string | undefined) ?? null;
    const respond = (status: number, body: unknown, headers?: Record<string, string>) => {
      requests.push({ idempotencyKey, status });
      reply(res, status, body, headers);
    };
    const body = await readBody(req);
    if (req.method !== 'POST' || req.url !== '/emails') return respond(404, { statusCode: 404, name: 'not_found', message: 'Not found' });
    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      return respond(401, { statusCode: 401, name: 'invalid_api_key', message: 'API key is invalid' });
    }
    const fault = faults[0];
    if (fault) {
      if (--fault.count <= 0) faults.shift();
      return respond(fault.status, { statusCode: fault.status, name: fault.status === 429 ? 'rate_limit_exceeded' : 'internal_server_error', message: 'fault injected' },
        fault.retryAfter ? { 'retry-after': String(fault.retryAfter) } : {});
    }
    if (random && Math.random() < random.share) {
      return respond(random.status, { statusCode: random.status, name: random.status === 429 ? 'rate_limit_exceeded' : 'internal_server_error', message: 'random fault' });
    }
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return respond(422, { statusCode: 422, name: 'validation_error', message: 'Invalid JSON' });
    }
    for (const field of ['from', 'to', 'subject']) {
      if (!payload[field]) return respond(422, { statusCode: 422, name: 'missing_required_field', message: `Missing \`${field}\` field.` });
    }
    if (!payload.html && !payload.text) return respond(422, { statusCode: 422, name: 'missing_required_field', message: 'Missing `html` or `text` field.' });
    if (idempotencyKey) {
      const seen = byKey.get(idempotencyKey);
      if (seen && seen.body !== body) {
        return respond(409, { statusCode: 409, name: 'invalid_idempotent_request', message: 'Same idempotency key used with a different request payload.' });
      }
      if (seen) return respond(200, { id: seen.id });
    }
    const id = `fake-${nextId++}`;
    if (idempotencyKey) byKey.set(idempotencyKey, { id, body });
    delivered.push({
      id,
      idempotencyKey,
      email: { ...(payload as unknown as ReceivedEmail), to: asList(payload.to)!, cc: asList(payload.cc), reply_to: asList(payload.reply_to) },
    });
    return respond(200, { id });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    delivered,
    requests,
    failNext(count, status = 429, retryAfter) {
      faults.push({ status, name: '', count, retryAfter });
    },
    failRandomly(share, status = 429) {
      random = share > 0 ? { share, status } : null;
    },
    recover() {
      faults.length = 0;
      random = null;
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
