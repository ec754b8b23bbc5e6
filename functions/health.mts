// GET /api/health: says which storage and mail transport this deployment uses, so staff and the README's local run
// can see at a glance whether email is really sent or written to the outbox. No secrets, no personal data.
import type { Config } from '@netlify/functions';
import { ok, methodNotAllowed, fail } from '../src/lib/api.ts';
import { createMailer, type MailerEnv } from '../src/server/mailer.ts';
import { openStore, type JsonStore } from '../src/server/store.ts';

export type HealthDeps = { env: MailerEnv; store: () => JsonStore };

export async function handle(req: Request, deps: HealthDeps): Promise<Response> {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const mailer = createMailer(deps.env);
  try {
    await deps.store().get('health-check');
  } catch {
    return fail('upstream_unavailable', 502, 'Storage is not reachable.');
  }
  return ok({ store: 'netlify-blobs', mailer: mailer.kind, context: deps.env.CONTEXT ?? 'dev' });
}

export default (req: Request) => handle(req, { env: process.env, store: () => openStore('health') });

export const config: Config = { path: '/api/health', method: ['GET'] };
