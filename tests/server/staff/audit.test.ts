// The staff audit log: each action with who, what and when, listed by day, newest first, kept a year by the daily
// privacy purge (which also clears the staff store's spent sign-in links and signed-out sessions).
import { describe, expect, it } from 'vitest';
import { storeNames } from '../../../src/lib/store-keys.ts';
import { purgePersonalData, type PurgeStores } from '../../../src/server/privacy-purge.ts';
import { listStaffActions, recordStaffAction } from '../../../src/server/staff/audit.ts';
import { revokeSession, staffKeys } from '../../../src/server/staff/records.ts';
import type { JsonStore } from '../../../src/server/store.ts';
import { freshMailAndStoreEachTest } from '../../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../../helpers/letters.ts';

let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('staff-audit', (fresh) => ({ clock, store } = fresh));
const DAY = 86_400_000;

/** The purge as the daily job runs it, with the staff store being this test's. */
const purge = () => {
  const stores = Object.fromEntries(Object.keys(storeNames).map((k) => [k, store])) as PurgeStores;
  return purgePersonalData(stores, clock.now(), { letters: 90, taRequests: 180 });
};

describe('the staff audit log', () => {
  it('keeps who did what to what, and when', async () => {
    const deps = { store, now: clock.now };
    await recordStaffAction(deps, { email: 'ana@example.org', action: 'approve-program', target: 'big-brothers' });
    expect(await listStaffActions(deps, { days: 1 })).toEqual([
      { at: '2026-11-23T15:00:00.000Z', email: 'ana@example.org', action: 'approve-program', target: 'big-brothers' },
    ]);
  });

  it('lists the last days asked for, newest first, and skips a corrupt entry', async () => {
    const deps = { store, now: clock.now };
    await recordStaffAction(deps, { email: 'ana@example.org', action: 'sign-in' });
    clock.advance(DAY);
    await recordStaffAction(deps, { email: 'lee@example.org', action: 'sign-in' });
    clock.advance(DAY);
    await recordStaffAction(deps, { email: 'ana@example.org', action: 'sign-out', detail: 'from the alerts page' });
    await store.set('audit/2026-11-25/garbage', { nope: true });
    const twoDays = await listStaffActions(deps, { days: 2 });
    expect(twoDays.map((e) => `${e.at.slice(0, 10)} ${e.email} ${e.action}`)).toEqual([
      '2026-11-25 ana@example.org sign-out',
      '2026-11-24 lee@example.org sign-in',
    ]);
    expect(await listStaffActions(deps, { days: 3 })).toHaveLength(3);
  });

  it('is deleted by the daily privacy purge after a year, and not before', async () => {
    const deps = { store, now: clock.now };
    await recordStaffAction(deps, { email: 'ana@example.org', action: 'sign-in' });
    clock.advance(364 * DAY);
    await recordStaffAction(deps, { email: 'ana@example.org', action: 'sign-out' });
    await purge();
    expect(await store.keys('audit/')).toHaveLength(2);
    clock.advance(2 * DAY);
    await purge();
    expect((await listStaffActions(deps, { days: 400 })).map((e) => e.action)).toEqual(['sign-out']);
  });

  it('lets the purge clear spent sign-in links, used-link markers and signed-out sessions', async () => {
    const at = clock.now().toISOString();
    await store.set(staffKeys.link('h'), { email: 'a@b.org', next: '/staff/', createdAt: at, expiresAt: at });
    await store.set(staffKeys.used('h'), { at });
    await revokeSession(store, 'session-1', clock.now().getTime() + 12 * 3_600_000);
    clock.advance(DAY / 2);
    await purge();
    expect(await store.keys('link/')).toHaveLength(1);
    clock.advance(DAY);
    await purge();
    expect([...(await store.keys('link/')), ...(await store.keys('used/')), ...(await store.keys('revoked/'))]).toEqual(
      [],
    );
  });
});
