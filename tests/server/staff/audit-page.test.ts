// The audit log page: the newest entries first, at most the page's limit, escaped; a corrupt entry is skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditKeys, recordStaffAction } from '../../../src/server/staff/audit.ts';
import { auditBody, newestStaffActions } from '../../../src/server/staff/audit-page.ts';
import { startLocalBlobs, type LocalBlobs } from '../../helpers/blobs.ts';
import { testClock } from '../../helpers/letters.ts';

let blobs: LocalBlobs;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(() => blobs.stop());

describe('the audit log page', () => {
  it('shows the newest entries first, across days, at most the limit', async () => {
    const store = blobs.store('audit-page');
    const clock = testClock('2026-11-28T10:00:00Z');
    for (const action of ['sign-in', 'approve-program', 'send-alert']) {
      await recordStaffAction({ store, now: clock.now }, { email: 'ana@example.org', action, target: '<b>x</b>' });
      clock.advance(86_400_000);
    }
    await store.set(auditKeys.entry(clock.now()), { not: 'an entry' });
    const entries = await newestStaffActions(store, 3);
    expect(entries.map((e) => e.action)).toEqual(['send-alert', 'approve-program']);
    const page = auditBody({ entries }).value;
    expect(page).toContain('<td>2026-11-30 10:00:00</td><td>ana@example.org</td><td>send-alert</td>');
    expect(page).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(auditBody({ entries: [] }).value).toContain('No staff action yet.');
  });
});
