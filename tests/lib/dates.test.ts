import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates.ts';

describe('formatDate', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('writes a calendar day as people read it', () => {
    expect(formatDate('2026-11-23')).toBe('November 23, 2026');
    expect(formatDate('2027-01-01')).toBe('January 1, 2027');
  });

  it('gives the same day whatever time zone builds the site', () => {
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York']) {
      process.env.TZ = tz;
      expect(formatDate('2027-01-01'), tz).toBe('January 1, 2027');
    }
  });
});
