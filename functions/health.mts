// GET /api/health: says which storage and mail transport this deployment uses, so staff and the README's local run
// can see at a glance whether email is really sent or written to the outbox; and, with a 503, which settings this
// deployment is missing or has wrong (by name, never their values). No secrets, no personal data.
import type { Config } from '@netlify/functions';
import { ok, methodNotAllowed, fail } from '../src/lib/api.ts';
import { checkConfig } from '../src/server/config.ts';
import { createMailer } from '../src/server/mailer.ts';
import { openStore, type JsonStore } from '../src/server/store.ts';

export type HealthDeps = { env: Record<string, string | undefined>; store: () => JsonStore };

export async function handle(req: Request, deps: HealthDeps): Promise<Response> {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const { config, problems } = checkConfig(deps.env);
  if (problems.length > 0) {
    const names = problems.map((p) => p.variable);
    const fields = Object.fromEntries(problems.map((p) => [p.variable, [p.message]]));
    return fail('not_configured', 503, `This deployment needs these settings fixed: ${names.join(', ')}.`, fields);
  }
  const mailer = createMailer(config.mailer);
  try {
    await deps.store().get('health-check');
  } catch {
    return fail('upstream_unavailable', 502, 'Storage is not reachable.');
  }
  return ok({ store: 'netlify-blobs', mailer: mailer.kind, context: config.context });
}

export default (req: Request) => handle(req, { env: process.env, store: () => openStore('health') });

export const config: Config = { path: '/api/health', method: ['GET'] };
