/**
 * A local stand-in for the Resend API (POST /emails) on 127.0.0.1. It checks what it receives the way Resend does
 * (API key, required fields, addresses, Idempotency-Key replays), and our own rule that every send carries an
 * idempotency key, and it can be told to fail: answer 429 or 5xx for a number of calls or a share of them, or be
 * down (every call 5xx, connections reset, or refused) until it recovers. `delivered` holds each email accepted
 * once, so tests can assert exactly-once delivery; `rejected` holds what it refused as malformed.
 * POST /emails/batch takes at most 100 emails under one Idempotency-Key (strict or permissive validation, as Resend's
 * `x-batch-validation` header says). With `requestsPerSecond`, it enforces Resend's account-wide pace: more calls than
 * that within one wall-clock second answer 429 rate_limit_exceeded, whoever makes them.
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
/** how an outage looks from outside: every call answers this status, or the connection is reset, or refused */
export type Outage = number | 'reset' | 'refuse';

export type FakeResend = {
  url: string;
  apiKey: string;
  /** every email accepted, once per idempotency key (a batch's emails share its key; `batchIndex` tells them apart) */
  delivered: { id: string; idempotencyKey: string | null; batchIndex?: number; email: ReceivedEmail }[];
  /** every request that reached the server, including replays and failures */
  requests: { idempotencyKey: string | null; status: number; path: string; emails: number; replay?: boolean }[];
  /** calls refused with 429 because the account-wide pace was exceeded */
  rateLimited: number;
  /** the account-wide pace (calls per wall-clock second), or null for none */
  limitRate(perSecond: number | null): void;
  /** requests refused as malformed (bad address, no idempotency key ...): a test expects none */
  rejected: { idempotencyKey: string | null; status: number; message: string }[];
  /** the next `count` calls fail with this status */
  failNext(count: number, status?: number, retryAfter?: number): void;
  /** each call fails with this probability (0..1), for load tests */
  failRandomly(share: number, status?: number): void;
  /** an outage until recover(): every call answers `how` (a 5xx status), or connections are reset or refused */
  goDown(how: Outage): Promise<void>;
  /** Resend is healthy again: drop every pending fault, end any outage */
  recover(): Promise<void>;
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

const asList = (v: unknown): string[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? v : [v as string];
const EMAIL = /^[^\s@<>",]+@[^\s@<>",]+\.[^\s@<>",]+$/;
/** Resend takes `addr` or `Name <addr>` (the name may be quoted) */
const isSender = (from: string) =>
  EMAIL.test(from) || /^(?:"[^"\r\n]*"|[^"<>\r\n]*) <[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>$/.test(from);

/** What is wrong with one email, as Resend would say it, or null. */
function problemWith(payload: Record<string, unknown>): { name: string; message: string } | null {
  for (const field of ['from', 'to', 'subject']) {
    if (!payload[field]) return { name: 'missing_required_field', message: `Missing \`${field}\` field.` };
  }
  if (!payload.html && !payload.text)
    return { name: 'missing_required_field', message: 'Missing `html` or `text` field.' };
  if (typeof payload.from !== 'string' || !isSender(payload.from)) {
    return { name: 'invalid_from_address', message: `Invalid \`from\` field: ${String(payload.from)}` };
  }
  for (const field of ['to', 'cc', 'reply_to']) {
    const list = asList(payload[field]);
    if (list && !list.every((a) => typeof a === 'string' && EMAIL.test(a))) {
      return { name: 'validation_error', message: `Invalid \`${field}\` field.` };
    }
  }
  return null;
}

const received = (payload: Record<string, unknown>): ReceivedEmail => ({
  ...(payload as unknown as ReceivedEmail),
  to: asList(payload.to)!,
  cc: asList(payload.cc),
  reply_to: asList(payload.reply_to),
});

export async function startFakeResend(
  apiKey = 're_test_key',
  options: { requestsPerSecond?: number } = {},
): Promise<FakeResend> {
  const delivered: FakeResend['delivered'] = [];
  const requests: FakeResend['requests'] = [];
  const byKey = new Map<string, { id: string; body: string }>();
  const faults: Fault[] = [];
  let random: { share: number; status: number } | null = null;
  let outage: Outage | null = null;
  const rejected: FakeResend['rejected'] = [];
  let nextId = 1;
  let perSecond = options.requestsPerSecond ?? null;
  let window = { second: -1, count: 0 };
  let rateLimited = 0;
  const byBatchKey = new Map<string, { body: string; reply: unknown }>();

  const server = createServer(async (req, res) => {
    const idempotencyKey = (req.headers['idempotency-key'] as string | undefined) ?? null;
    const path = req.url ?? '';
    let emails = 0;
    let replay = false;
    const respond = (status: number, body: unknown, headers?: Record<string, string>) => {
      requests.push({ idempotencyKey, status, path, emails, ...(replay ? { replay } : {}) });
      reply(res, status, body, headers);
    };
    if (outage === 'reset') return void req.socket.destroy();
    const body = await readBody(req);
    if (typeof outage === 'number')
      return respond(outage, { statusCode: outage, name: 'internal_server_error', message: 'outage injected' });
    const reject = (name: string, message: string) => {
      rejected.push({ idempotencyKey, status: 422, message });
      return respond(422, { statusCode: 422, name, message });
    };
    if (req.method !== 'POST' || (req.url !== '/emails' && req.url !== '/emails/batch')) {
      return respond(404, { statusCode: 404, name: 'not_found', message: 'Not found' });
    }
    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      return respond(401, { statusCode: 401, name: 'invalid_api_key', message: 'API key is invalid' });
    }
    if (perSecond !== null) {
      const second = Math.floor(Date.now() / 1000);
      if (window.second !== second) window = { second, count: 0 };
      if (++window.count > perSecond) {
        rateLimited++;
        const message = `Too many requests. You can only make ${perSecond} requests per second.`;
        return respond(429, { statusCode: 429, name: 'rate_limit_exceeded', message }, { 'retry-after': '1' });
      }
    }
    const fault = faults[0];
    if (fault) {
      if (--fault.count <= 0) faults.shift();
      return respond(
        fault.status,
        {
          statusCode: fault.status,
          name: fault.status === 429 ? 'rate_limit_exceeded' : 'internal_server_error',
          message: 'fault injected',
        },
        fault.retryAfter ? { 'retry-after': String(fault.retryAfter) } : {},
      );
    }
    if (random && Math.random() < random.share) {
      return respond(random.status, {
        statusCode: random.status,
        name: random.status === 429 ? 'rate_limit_exceeded' : 'internal_server_error',
        message: 'random fault',
      });
    }
    let parsedBody: unknown;
    try {
      parsedBody = JSON.parse(body);
    } catch {
      return reject('validation_error', 'Invalid JSON');
    }
    if (req.url === '/emails/batch') {
      if (!Array.isArray(parsedBody) || parsedBody.length === 0 || parsedBody.length > 100) {
        return reject('validation_error', 'A batch holds 1 to 100 emails.');
      }
      const list = parsedBody as Record<string, unknown>[];
      emails = list.length;
      if (!idempotencyKey) return reject('validation_error', 'No Idempotency-Key header: every send must carry one.');
      const seen = byBatchKey.get(idempotencyKey);
      if (seen && seen.body !== body) {
        const message = 'Same idempotency key used with a different request payload.';
        return respond(409, { statusCode: 409, name: 'invalid_idempotent_request', message });
      }
      if (seen) {
        replay = true;
        return respond(200, seen.reply);
      }
      const permissive = req.headers['x-batch-validation'] === 'permissive';
      const problems = list.map((p, index) => ({ index, problem: problemWith(p) })).filter((x) => x.problem);
      if (problems.length > 0 && !permissive) return reject(problems[0]!.problem!.name, problems[0]!.problem!.message);
      const bad = new Set(problems.map((x) => x.index));
      const data: { id: string }[] = [];
      list.forEach((payload, index) => {
        if (bad.has(index)) return;
        const id = `fake-${nextId++}`;
        data.push({ id });
        delivered.push({ id, idempotencyKey, batchIndex: index, email: received(payload) });
      });
      const replyBody = {
        data,
        ...(permissive ? { errors: problems.map((x) => ({ index: x.index, message: x.problem!.message })) } : {}),
      };
      byBatchKey.set(idempotencyKey, { body, reply: replyBody });
      return respond(200, replyBody);
    }
    const payload = parsedBody as Record<string, unknown>;
    emails = 1;
    const problem = problemWith(payload);
    if (problem) return reject(problem.name, problem.message);
    // not Resend's rule, ours: a send without a key could be doubled by a retry
    if (!idempotencyKey) return reject('validation_error', 'No Idempotency-Key header: every send must carry one.');
    if (idempotencyKey) {
      const seen = byKey.get(idempotencyKey);
      if (seen && seen.body !== body) {
        return respond(409, {
          statusCode: 409,
          name: 'invalid_idempotent_request',
          message: 'Same idempotency key used with a different request payload.',
        });
      }
      if (seen) return respond(200, { id: seen.id });
    }
    const id = `fake-${nextId++}`;
    if (idempotencyKey) byKey.set(idempotencyKey, { id, body });
    delivered.push({ id, idempotencyKey, email: received(payload) });
    return respond(200, { id });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  const listening = () => new Promise<void>((ok) => (server.listening ? ok() : server.listen(port, '127.0.0.1', ok)));
  const closed = () =>
    new Promise<void>((ok) => {
      if (!server.listening) return ok();
      server.close(() => ok());
      server.closeAllConnections();
    });
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    delivered,
    requests,
    rejected,
    get rateLimited() {
      return rateLimited;
    },
    limitRate(n) {
      perSecond = n;
    },
    async goDown(how) {
      outage = how;
      if (how === 'refuse') await closed();
    },
    async recover() {
      faults.length = 0;
      random = null;
      outage = null;
      await listening();
    },
    failNext(count, status = 429, retryAfter) {
      faults.push({ status, name: '', count, retryAfter });
    },
    failRandomly(share, status = 429) {
      random = share > 0 ? { share, status } : null;
    },
    close: closed,
  };
}
