/** The live dependencies of the staff functions: Netlify Blobs, Resend or the outbox, the real clock. */
import { storeNames } from '../../lib/store-keys.ts';
import type { AppConfig } from '../config.ts';
import type { FunctionContext } from '../form-flow.ts';
import { engineMailer, liveEngineDeps } from '../mail-engine/index.ts';
import { openStore } from '../store.ts';
import type { StaffDeps } from './guard.ts';
import { openStaffStore } from './records.ts';
import type { SignInDeps } from './sign-in.ts';

/** What every staff function runs with (guard.ts documents each). */
export function liveStaffDeps(config: AppConfig, context: FunctionContext = {}): StaffDeps {
  return { config, store: openStaffStore(), now: () => new Date(), clientIp: context.ip };
}

/**
 * The sign-in page's: the limiter's store, the mail engine (one account-wide pace, retries; DESIGN.md 15), and
 * Netlify's waitUntil to send after replying.
 */
export function liveSignInDeps(config: AppConfig, context: FunctionContext = {}): SignInDeps {
  const defer = context.waitUntil ? (work: Promise<unknown>) => context.waitUntil?.(work) : undefined;
  return {
    ...liveStaffDeps(config, context),
    limits: openStore(storeNames.limits),
    // urgent: someone is waiting for the link, so it goes ahead of a surge's backlog
    mailer: engineMailer(liveEngineDeps(config), 'staff-sign-in', 'staff', { urgent: true }),
    ...(defer ? { defer } : {}),
  };
}
