import { describe, expect, it } from 'vitest';
import { campaignWindow, formatDateRange, todayInMassachusetts } from '../../src/lib/campaigns.ts';

const january = { starts: '2027-01-01', ends: '2027-01-31', recurs: 'yearly' as const };

describe('campaignWindow', () => {
  it('shows National Mentoring Month as coming up in November', () => {
    expect(campaignWindow(january, '2026-11-23')).toEqual({
      starts: '2027-01-01',
      ends: '2027-01-31',
      status: 'upcoming',
    });
  });
  it('is active during January', () => {
    expect(campaignWindow(january, '2027-01-15').status).toBe('active');
  });
  it('rolls a yearly campaign forward once it has ended, so editors never re-date it', () => {
    expect(campaignWindow(january, '2028-03-01')).toEqual({
      starts: '2029-01-01',
      ends: '2029-01-31',
      status: 'upcoming',
    });
  });
  it('ends a one-off campaign after its last day and keeps an open-ended one running', () => {
    expect(campaignWindow({ starts: '2026-01-01', ends: '2026-06-30' }, '2026-07-01').status).toBe('ended');
    expect(campaignWindow({ starts: '2026-11-01' }, '2030-01-01').status).toBe('active');
  });
});

describe('dates', () => {
  it('uses the Massachusetts calendar day, not UTC', () => {
    expect(todayInMassachusetts(new Date('2027-01-01T03:00:00Z'))).toBe('2026-12-31');
  });
  it('writes ranges for people', () => {
    expect(formatDateRange('2027-01-01', '2027-01-31')).toBe('January 1, 2027 to January 31, 2027');
    expect(formatDateRange('2026-11-01', null)).toBe('From November 1, 2026');
  });
});
