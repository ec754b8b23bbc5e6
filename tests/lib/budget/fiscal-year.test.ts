import { describe, expect, it } from 'vitest';
import { fiscalYearOn, fiscalYearSpan, fiscalYearsBetween } from '../../../src/lib/budget/fiscal-year.ts';
import { formatUsd, formatUsdShort } from '../../../src/lib/budget/money.ts';

describe('fiscal years', () => {
  it('puts a day in the fiscal year that runs July to June', () => {
    expect(fiscalYearOn('2026-11-23')).toBe('FY2027');
    expect(fiscalYearOn('2027-06-30')).toBe('FY2027');
    expect(fiscalYearOn('2027-07-01')).toBe('FY2028');
  });
  it('spans July 1 to June 30', () => {
    expect(fiscalYearSpan('FY2028')).toEqual({ starts: '2027-07-01', ends: '2028-06-30' });
  });
  it('lists the years between two, inclusive', () => {
    expect(fiscalYearsBetween('FY2025', 'FY2027')).toEqual(['FY2025', 'FY2026', 'FY2027']);
  });
});

describe('money', () => {
  it('writes dollars as a budget does, and short for axes', () => {
    expect(formatUsd(1800000)).toBe('$1,800,000');
    expect(formatUsd(930600)).toBe('$930,600');
    expect([0, 500_000, 1_000_000, 1_500_000].map(formatUsdShort)).toEqual(['$0', '$500K', '$1M', '$1.5M']);
  });
});
