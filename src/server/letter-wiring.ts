/** The live dependencies of the letter functions: Netlify Blobs, Resend or the outbox, the real clock. */
import type { AppConfig } from './config.ts';
import { createMailer } from './mailer.ts';
import { openStore } from './store.ts';
import { createThrottle } from './throttle.ts';
import type { LetterDeps } from './letters.ts';

/** One throttle per function instance: Resend allows 2 requests per second by default. */
const throttle = createThrottle(2);

export function liveLetterDeps(config: AppConfig): LetterDeps {
  return { store: openStore('letters'), mailer: createMailer(process.env), config, throttle, now: () => new Date() };
}
