// POST /api/resend-webhook: Resend's delivery events (Standard Webhooks signatures, checked with the SDK's
// webhooks.verify and RESEND_WEBHOOK_SECRET). A bad signature gets 401; an event id already seen is ignored; bounces
// and complaints suppress the address; a legislator's bounce tells staff; each email's status is kept.
import type { Config } from '@netlify/functions';
import { Resend } from 'resend';
import { fail, methodNotAllowed, ok } from '../src/lib/api.ts';
import { readConfig, type AppConfig } from '../src/server/config.ts';
import { loadLocationData } from '../src/server/find-data.ts';
import { applyDeliveryEvent, deliveryEventSchema, type EventDeps } from '../src/server/mail-engine/events.ts';
import { mailKeys, openMailStore } from '../src/server/mail-engine/index.ts';

export type WebhookDeps = EventDeps & { config: EventDeps['config'] & Pick<AppConfig, 'webhookSecret'> };

const MAX_BODY_CHARS = 256_000;

export async function handle(req: Request, deps: WebhookDeps): Promise<Response> {
  if (req.method !== 'POST') return methodNotAllowed(['POST']);
  const secret = deps.config.webhookSecret;
  if (!secret) {
    console.error('resend-webhook: RESEND_WEBHOOK_SECRET is not set; events are refused');
    return fail('internal_error', 500, 'This endpoint is not configured.');
  }
  const payload = await req.text();
  if (payload.length > MAX_BODY_CHARS) return fail('payload_too_large', 413, 'Too large.');
  const header = (name: string) => req.headers.get(`svix-${name}`) ?? req.headers.get(`webhook-${name}`) ?? '';
  const id = header('id');
  let verified: unknown;
  try {
    // the SDK's check: HMAC of id.timestamp.payload with the secret, and a timestamp within five minutes
    verified = new Resend('re_verify_only').webhooks.verify({
      payload,
      headers: { id, timestamp: header('timestamp'), signature: header('signature') },
      webhookSecret: secret,
    });
  } catch {
    return fail('unauthorized', 401, 'The signature does not match.');
  }
  const parsed = deliveryEventSchema.safeParse(verified);
  if (!parsed.success || !/^[\w.-]{1,100}$/.test(id)) return fail('validation_error', 422, 'Not a delivery event.');
  const event = parsed.data;
  const seen = mailKeys.webhookEvent(id);
  if (await deps.store.get(seen)) return ok({ status: 'duplicate' });
  const outcome = await applyDeliveryEvent(event, deps);
  // marked after it was applied: a crash before this lets Resend's retry apply it again, which changes nothing
  await deps.store.set(seen, { type: event.type, at: deps.now().toISOString() });
  return ok({ status: 'processed', ...outcome });
}

/** Every sitting legislator's address, for "a legislator's address bounced". */
export function legislatorAddresses(): EventDeps['legislators'] {
  return new Map(
    [...loadLocationData().legislators.values()].map((l) => [l.email.toLowerCase(), { name: l.name, slug: l.slug }]),
  );
}

export default async (req: Request) => {
  try {
    const config = readConfig(process.env);
    return await handle(req, {
      store: openMailStore(),
      config,
      now: () => new Date(),
      legislators: legislatorAddresses(),
    });
  } catch (error) {
    console.error('resend-webhook: unexpected error', error);
    return fail('internal_error', 500, 'Something went wrong on our side.');
  }
};

export const config: Config = { path: '/api/resend-webhook', method: ['POST'] };
