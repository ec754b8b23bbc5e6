/** The live dependencies of the alert sign-up functions: Netlify Blobs, Resend or the outbox, the real clock. */
import type { AlertSignupDeps } from './alert-signups.ts';
import type { AppConfig } from './config.ts';
import { createMailer } from './mailer.ts';
import { openStore } from './store.ts';
import { storeNames } from '../lib/store-keys.ts';

/**
 * Sign-up ids and unsubscribe links are derived from RATE_LIMIT_SALT: with the public local default, anyone could
 * forge an unsubscribe link, so readConfig refuses a deployed site without it (for every flow, not only this one).
 */
export function liveAlertSignupDeps(config: AppConfig): AlertSignupDeps {
  const mailer = createMailer(config.mailer);
  const stores = { store: openStore(storeNames.alertSignups), limits: openStore(storeNames.limits) };
  return { ...stores, mailer, config, now: () => new Date() };
}
