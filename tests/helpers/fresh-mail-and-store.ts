// The fixture most function tests share: one local Blobs server per test file, and for each test a fresh fake Resend,
// a fresh store (named `<prefix>-<n>`, so no test sees another's data) and a test clock.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { JsonStore } from '../../src/server/store.ts';
import { startLocalBlobs, type LocalBlobs } from './blobs.ts';
import { startFakeResend, type FakeResend } from './fake-resend.ts';
import { testClock, type Clock } from './letters.ts';

export type Fresh = { fake: FakeResend; store: JsonStore; clock: Clock };

/** Registers the hooks; `use` is handed each test's fresh fake, store and clock before the test runs. */
export function freshMailAndStoreEachTest(prefix: string, use: (fresh: Fresh) => void): void {
  let blobs: LocalBlobs;
  let fake: FakeResend | undefined;
  let n = 0;
  beforeAll(async () => {
    blobs = await startLocalBlobs();
  });
  afterAll(() => blobs.stop());
  beforeEach(async () => {
    fake = await startFakeResend();
    use({ fake, store: blobs.store(`${prefix}-${++n}`), clock: testClock() });
  });
  afterEach(() => fake?.close());
}
