import { describe, expect, it } from 'vitest';
import {
  confirmedState,
  isLapsed,
  isUnsubscribeToken,
  pendingOptIn,
  subscriberId,
  unsubscribeToken,
} from '../../src/server/opt-in.ts';

const now = new Date('2026-11-23T15:00:00Z');
const week = 7 * 24 * 3600_000;

describe('double opt-in tokens', () => {
  it('gives one id per person and list, however the address is spelled, and other ids per list and secret', () => {
    expect(subscriberId('s', 'alerts', ' Ana@Example.COM')).toBe(subscriberId('s', 'alerts', 'ana@example.com'));
    expect(subscriberId('s', 'alerts', 'ana@example.com')).not.toBe(subscriberId('s', 'pledges', 'ana@example.com'));
    expect(subscriberId('s', 'alerts', 'ana@example.com')).not.toBe(subscriberId('t', 'alerts', 'ana@example.com'));
  });

  // the link itself (secret, hash, expiry) is the one mechanism of every flow: tests/server/confirmations.test.ts
  it('a pending sign-up lapses after its time, holding no token; a confirmed one never lapses', () => {
    const state = pendingOptIn(now, week);
    expect(state).toMatchObject({ status: 'pending', confirmTokenHash: null });
    expect(isLapsed(state, now)).toBe(false);
    expect(isLapsed(state, new Date(now.getTime() + week + 1))).toBe(true);
    const confirmed = confirmedState(state, now);
    expect(confirmed).toMatchObject({ status: 'confirmed', expiresAt: null, confirmedAt: now.toISOString() });
    expect(isLapsed(confirmed, new Date(now.getTime() + 10 * week))).toBe(false);
  });

  it('unsubscribe tokens are stable per subscriber and cannot be reused for another', () => {
    const t = unsubscribeToken('secret', 'alerts', 'a'.repeat(32));
    expect(unsubscribeToken('secret', 'alerts', 'a'.repeat(32))).toBe(t);
    expect(isUnsubscribeToken('secret', 'alerts', 'a'.repeat(32), t)).toBe(true);
    expect(isUnsubscribeToken('secret', 'alerts', 'b'.repeat(32), t)).toBe(false);
    expect(isUnsubscribeToken('other', 'alerts', 'a'.repeat(32), t)).toBe(false);
  });
});
