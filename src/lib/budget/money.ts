/** Whole dollars as people read them in a budget ("$1,800,000"). */
export function formatUsd(amount: number): string {
  return `$${Math.round(amount).toLocaleString('en-US')}`;
}

/** Short dollars for chart axes ("$1.5M", "$500K", "$0"). */
export function formatUsdShort(amount: number): string {
  if (amount >= 1_000_000) return `$${Number((amount / 1_000_000).toFixed(2))}M`;
  if (amount >= 1_000) return `$${Number((amount / 1_000).toFixed(1))}K`;
  return `$${amount}`;
}
