/** The live dependencies of the alert sign-up functions: Netlify Blobs, Resend or the outbox, the real clock. */
import type { AlertSignupDeps } from './alert-signups.ts';
import type { AppConfig } from './config.ts';
import { createMailer } from './mailer.ts';
import { openStore } from './store.ts';
import { storeNames } from '../lib/store-keys.ts';

/**
 * Sign-up ids and unsubscribe links are derived from RATE_LIMIT_SALT: with the public local default, anyone could
 * forge an unsubscribe link, so a deployed site refuses sign-ups until it is set (a deployment error, logged).
 */
export function liveAlertSignupDeps(config: AppConfig): AlertSignupDeps {
  if (!config.local && !process.env.RATE_LIMIT_SALT) throw new Error('RATE_LIMIT_SALT must be set for alert sign-ups');
  return { store: openStore(storeNames.alertSignups), limits: openStore(storeNames.limits), mailer: createMailer(process.env), config, now: () => new Date() };
}
