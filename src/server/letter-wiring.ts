/** The live dependencies of the letter functions: Netlify Blobs, Resend or the outbox, the real clock. */
import type { AppConfig } from './config.ts';
import { createMailer } from './mailer.ts';
import { openStore } from './store.ts';
import { createThrottle, type Throttle } from './throttle.ts';
import type { LetterDeps } from './letter-records.ts';
import { storeNames } from '../lib/store-keys.ts';

/** One throttle per function instance (and rate): Resend allows 2 requests per second unless it raised the limit. */
const throttles = new Map<number, Throttle>();

export function liveLetterDeps(config: AppConfig): LetterDeps {
  let throttle = throttles.get(config.sendPerSecond);
  if (!throttle) throttles.set(config.sendPerSecond, (throttle = createThrottle(config.sendPerSecond)));
  const stores = { store: openStore(storeNames.letters), limits: openStore(storeNames.limits) };
  return { ...stores, mailer: createMailer(config.mailer), config, throttle, now: () => new Date() };
}
