/** The live dependencies of the alert sign-up functions: Netlify Blobs, Resend or the outbox, the real clock. */
import type { AlertSignupDeps } from './alert-signups.ts';
import type { AppConfig } from './config.ts';
import { createMailer } from './mailer.ts';
import { openStore } from './store.ts';

export function liveAlertSignupDeps(config: AppConfig): AlertSignupDeps {
  return { store: openStore('alert-signups'), mailer: createMailer(process.env), config, now: () => new Date() };
}
