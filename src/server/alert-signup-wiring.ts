/** The live dependencies of the alert sign-up functions: Netlify Blobs, Resend or the outbox, the real clock. */
import type { AlertSignupDeps } from './alert-signups.ts';
import type { AppConfig } from './config.ts';
import { engineMailer, liveEngineDeps } from './mail-engine/index.ts';
import { openStore } from './store.ts';
import { storeNames } from '../lib/store-keys.ts';

/**
 * Sign-up ids and unsubscribe links are derived from RATE_LIMIT_SALT: with the public local default, anyone could
 * forge an unsubscribe link, so readConfig refuses a deployed site without it (for every flow, not only this one).
 */
export function liveAlertSignupDeps(config: AppConfig): AlertSignupDeps {
  // confirmations go through the one mail engine: enqueued, tried once without waiting, then sent by its sender
  const mailer = engineMailer(liveEngineDeps(config), 'confirmation', 'subscriber');
  const stores = { store: openStore(storeNames.alertSignups), limits: openStore(storeNames.limits) };
  return { ...stores, mailer, config, now: () => new Date() };
}
