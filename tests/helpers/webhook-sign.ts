// Signs a test payload the way Resend (through Svix) signs its webhooks, the Standard Webhooks scheme the SDK's
// webhooks.verify checks: base64 HMAC-SHA256 of "<id>.<timestamp>.<payload>" with the secret's decoded bytes.
import { createHmac, randomBytes } from 'node:crypto';

/** A fresh secret in Resend's form: whsec_ and base64. */
export function webhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/** The headers Resend sends with a payload. */
export function signWebhook(secret: string, id: string, payload: string, timestamp = Math.floor(Date.now() / 1000)) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${payload}`).digest('base64');
  return { 'svix-id': id, 'svix-timestamp': String(timestamp), 'svix-signature': `v1,${signature}` };
}
