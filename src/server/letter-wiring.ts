/** The live dependencies of the letter functions: Netlify Blobs, Resend or the outbox, the real clock. */
import type { AppConfig } from './config.ts';
import { createMailer } from './mailer.ts';
import { openMailStore } from './mail-engine/index.ts';
import { openStore } from './store.ts';
import type { LetterDeps } from './letter-records.ts';
import { storeNames } from '../lib/store-keys.ts';

export function liveLetterDeps(config: AppConfig): LetterDeps {
  const stores = { store: openStore(storeNames.letters), limits: openStore(storeNames.limits), mail: openMailStore() };
  return { ...stores, mailer: createMailer(config.mailer), config, now: () => new Date() };
}
