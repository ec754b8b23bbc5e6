// The key layouts the jobs read back: a pace marker's window from the end of its key (legislator ids contain "/"),
// a limit slot's window start, and a tally key's state.
import { describe, expect, it } from 'vitest';
import { letterKeys, limitKeys, parseTallyKey, pendingState, pledgeKeys } from '../../src/lib/store-keys.ts';

describe('store keys', () => {
  it('reads a pace marker’s window from the end, whatever the legislator id holds', () => {
    const key = letterKeys.pace('ocd-person/1234-abcd', 1_795_000_000_000, 'letter1-house');
    expect(key).toBe('pace/ocd-person/1234-abcd/1795000000000/letter1-house');
    expect(letterKeys.bucketOfPace(key)).toBe(1_795_000_000_000);
  });

  it('reads a limit slot’s window start, and NaN for the layouts before it', () => {
    expect(limitKeys.windowStartOf(limitKeys.slot('letters-ip', 'abc', 1_795_000_000_000, 3))).toBe(1_795_000_000_000);
    expect(limitKeys.windowStartOf('limit/abc/498000/pledge1')).toBeNaN();
  });

  it('reads back what a tally key records, and nothing from other keys', () => {
    const expires = new Date('2026-12-01T00:00:00Z');
    const key = pledgeKeys.tally('moc', 'id1', pendingState(expires), 'h1', 's1');
    expect(parseTallyKey(key)).toEqual({
      campaign: 'moc',
      id: 'id1',
      confirmed: false,
      expiresAt: expires.getTime(),
      house: 'h1',
      senate: 's1',
    });
    expect(parseTallyKey(pledgeKeys.pledge('moc', 'id1'))).toBeNull();
  });
});
