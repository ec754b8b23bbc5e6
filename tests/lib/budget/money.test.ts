import { describe, expect, it } from 'vitest';
import { formatUsd, formatUsdShort } from '../../../src/lib/budget/money.ts';

describe('formatUsd', () => {
  it('writes whole dollars with thousands separators, as a budget does', () => {
    expect(formatUsd(1_800_000)).toBe('$1,800,000');
    expect(formatUsd(930_600)).toBe('$930,600');
    expect(formatUsd(0)).toBe('$0');
  });

  it('rounds cents to the nearest dollar', () => {
    expect(formatUsd(999.5)).toBe('$1,000');
    expect(formatUsd(1234.49)).toBe('$1,234');
  });
});

describe('formatUsdShort', () => {
  it('writes millions and thousands for a chart axis, without trailing zeros', () => {
    expect(formatUsdShort(1_500_000)).toBe('$1.5M');
    expect(formatUsdShort(2_000_000)).toBe('$2M');
    expect(formatUsdShort(1_125_000)).toBe('$1.13M');
    expect(formatUsdShort(500_000)).toBe('$500K');
    expect(formatUsdShort(287_500)).toBe('$287.5K');
    expect(formatUsdShort(1_000_000)).toBe('$1M');
    expect(formatUsdShort(1_000)).toBe('$1K');
  });

  it('writes amounts under a thousand as they are', () => {
    expect(formatUsdShort(0)).toBe('$0');
    expect(formatUsdShort(999)).toBe('$999');
  });
});
